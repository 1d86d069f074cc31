"""The secretariat's newsroom: the news items (drafts and published), editing, publishing and
taking off, and writing a draft from a meeting's record."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from loetrat.clinics.enums import ClinicStatus
from loetrat.clinics.selectors import clinic_get_for
from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.listing import Column, build_listing
from loetrat.meetings.enums import MeetingStatus
from loetrat.meetings.selectors import meeting_get_for

from ..enums import NewsStatus
from ..forms import NewsForm
from ..selectors import news_get_for, news_of_clinic, news_of_meeting, newsroom_items
from ..services.news import (
    news_create_from_clinic,
    news_create_from_meeting,
    news_draft_for_clinic,
    news_draft_for_meeting,
    news_publish,
    news_unpublish,
    news_update,
)

MANAGE_NEWS = "publishing.manage_news"
NEWS_COLUMNS = [
    Column("title", gettext_lazy("Headline"), ("title_th",)),
    Column("meeting", gettext_lazy("About"), ("meeting__starts_at",)),
    Column("status", gettext_lazy("Status"), ("status",)),
    Column("published", gettext_lazy("Published"), ("published_at",)),
    Column("updated", gettext_lazy("Last changed"), ("updated_at",)),
]


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_safe
def news_list(request):
    status = request.GET.get("status", "")
    listing = build_listing(
        request, newsroom_items(status=status), NEWS_COLUMNS, default_sort="-updated"
    )
    return render(
        request,
        "publishing/newsroom/list.html",
        {"listing": listing, "status": status, "statuses": NewsStatus.choices},
    )


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_http_methods(["GET", "POST"])
def news_edit(request, pk):
    news = news_get_for(request.user, pk)
    initial = {name: getattr(news, name) for name in NewsForm.base_fields}
    form = NewsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        publishing = "publish" in request.POST and news.status != NewsStatus.PUBLISHED
        try:
            news = news_update(news=news, actor=request.user, **form.cleaned_data)
            if publishing:
                news = news_publish(news=news, actor=request.user)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            if publishing:
                messages.success(request, _("The news item was saved and published."))
            else:
                messages.success(request, _("The news item was saved."))
            return redirect("publishing:news_edit", news.pk)
    return render(
        request,
        "publishing/newsroom/edit.html",
        {"news": news, "form": form, "published": news.status == NewsStatus.PUBLISHED},
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_POST
def news_publish_view(request, pk):
    news = news_get_for(request.user, pk)
    try:
        news_publish(news=news, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The news item is published."))
    return redirect("publishing:news_edit", news.pk)


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_POST
def news_unpublish_view(request, pk):
    news = news_get_for(request.user, pk)
    try:
        news_unpublish(news=news, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The news item was taken off the public pages."))
    return redirect("publishing:news_edit", news.pk)


def _from_record(request, *, existing, create, draft, context):
    """GET shows the draft written from a meeting or a session; POST saves it to edit."""
    if existing is not None:
        messages.info(request, _("A news item was already written from this record."))
        return redirect("publishing:news_edit", existing.pk)
    error = None
    if request.method == "POST":
        try:
            news = create()
        except DomainError as exc:
            error = exc.message
        else:
            messages.success(request, _("A draft news item was written from the record."))
            return redirect("publishing:news_edit", news.pk)
    return render(
        request,
        "publishing/newsroom/from_record.html",
        {**context, "draft": draft() if not error else None, "error": error},
        status=409 if error else 200,
    )


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_http_methods(["GET", "POST"])
def news_from_meeting(request, meeting_id):
    meeting = meeting_get_for(request.user, meeting_id)
    held = meeting.status in (MeetingStatus.HELD, MeetingStatus.CERTIFIED)
    return _from_record(
        request,
        existing=news_of_meeting(meeting),
        create=lambda: news_create_from_meeting(meeting=meeting, actor=request.user),
        draft=lambda: news_draft_for_meeting(meeting) if held else None,
        context={
            "heading": _("Write a news item from a meeting"),
            "source_label": f"{meeting.committee.name} {meeting.number}",
            "source_url": reverse("meetings:meeting", args=[meeting.pk]),
            "source_date": meeting.starts_at,
            "not_ready": _("Meeting %(number)s has not been held; there is nothing to report yet.")
            % {"number": meeting.number},
        },
    )


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_http_methods(["GET", "POST"])
def news_from_clinic(request, clinic_id):
    clinic = clinic_get_for(request.user, clinic_id)
    held = clinic.status in (ClinicStatus.HELD, ClinicStatus.CLOSED)
    return _from_record(
        request,
        existing=news_of_clinic(clinic),
        create=lambda: news_create_from_clinic(clinic=clinic, actor=request.user),
        draft=lambda: news_draft_for_clinic(clinic) if held else None,
        context={
            "heading": _("Write a news item from a consulting session"),
            "source_label": clinic.organization.name,
            "source_url": reverse("clinics:detail", args=[clinic.pk]),
            "source_date": clinic.scheduled_at,
            "not_ready": _("The session has not been held; there is nothing to report yet."),
        },
    )

"""The secretariat's news pages (list, edit, publish, create from a meeting) and the minutes of a
meeting (generate a draft, edit it until certification, download the PDF)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.listing import Column, build_listing

from .enums import MeetingStatus, NewsStatus
from .models import Meeting, NewsItem
from .services import (
    minutes_generate_draft,
    minutes_pdf,
    minutes_update,
    news_create_from_meeting,
    news_draft_for_meeting,
    news_publish,
    news_unpublish,
    news_update,
)

MANAGE_NEWS = "meetings.manage_news"
MANAGE_MEETINGS = "meetings.manage_meetings"
NEWS_COLUMNS = [
    Column("title", gettext_lazy("Headline"), ("title_th",)),
    Column("meeting", gettext_lazy("Meeting"), ("meeting__starts_at",)),
    Column("status", gettext_lazy("Status"), ("status",)),
    Column("published", gettext_lazy("Published"), ("published_at",)),
    Column("updated", gettext_lazy("Last changed"), ("updated_at",)),
]


class NewsForm(forms.Form):
    title_th = forms.CharField(label=gettext_lazy("Headline (Thai)"), max_length=300)
    title_en = forms.CharField(
        label=gettext_lazy("Headline (English)"), max_length=300, required=False
    )
    body_th = forms.CharField(
        label=gettext_lazy("Text (Thai)"),
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=gettext_lazy("A blank line starts a new paragraph."),
    )
    body_en = forms.CharField(
        label=gettext_lazy("Text (English)"),
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
    )
    slug = forms.SlugField(
        label=gettext_lazy("Web address"),
        max_length=120,
        help_text=gettext_lazy(
            "Letters, digits and hyphens; the page will be /news/<address>/. It cannot change "
            "once the item is published."
        ),
    )


class MinutesForm(forms.Form):
    minutes_th = forms.CharField(
        label=gettext_lazy("Minutes (Thai)"),
        widget=forms.Textarea(attrs={"rows": 30}),
        required=False,
        help_text=gettext_lazy(
            "Leave empty to print the minutes generated from the meeting record. Lines before "
            "the first blank line are the title; lines starting with ระเบียบวาระที่, มติที่ประชุม, "
            "ผู้มาประชุม and the like are set as headings."
        ),
    )


def _news(pk) -> NewsItem:
    return get_object_or_404(NewsItem.objects.select_related("meeting__committee"), pk=pk)


def _meeting(pk) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)


@permission_required(MANAGE_NEWS, raise_exception=True)
def news_list(request):
    queryset = NewsItem.objects.select_related("meeting__committee")
    status = request.GET.get("status", "")
    if status in NewsStatus.values:
        queryset = queryset.filter(status=status)
    listing = build_listing(request, queryset, NEWS_COLUMNS, default_sort="-updated")
    return render(
        request,
        "meetings/news/list.html",
        {"listing": listing, "status": status, "statuses": NewsStatus.choices},
    )


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_http_methods(["GET", "POST"])
def news_edit(request, pk):
    news = _news(pk)
    initial = {name: getattr(news, name) for name in NewsForm.base_fields}
    form = NewsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            news = news_update(news=news, actor=request.user, **form.cleaned_data)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The news item was saved."))
            return redirect("meetings:news_edit", news.pk)
    return render(
        request,
        "meetings/news/edit.html",
        {"news": news, "form": form, "published": news.status == NewsStatus.PUBLISHED},
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_POST
def news_publish_view(request, pk):
    news = _news(pk)
    try:
        news_publish(news=news, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The news item is published."))
    return redirect("meetings:news_edit", news.pk)


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_POST
def news_unpublish_view(request, pk):
    news = _news(pk)
    try:
        news_unpublish(news=news, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The news item was taken off the public pages."))
    return redirect("meetings:news_edit", news.pk)


@permission_required(MANAGE_NEWS, raise_exception=True)
@require_http_methods(["GET", "POST"])
def news_from_meeting(request, meeting_id):
    """GET shows the generated draft; POST saves it as a draft news item to edit."""
    meeting = _meeting(meeting_id)
    existing = NewsItem.objects.filter(meeting=meeting).order_by("pk").first()
    if existing is not None:
        messages.info(request, _("This meeting already has a news item."))
        return redirect("meetings:news_edit", existing.pk)
    error = None
    if request.method == "POST":
        try:
            news = news_create_from_meeting(meeting=meeting, actor=request.user)
        except DomainError as exc:
            error = exc.message
        else:
            messages.success(request, _("A draft news item was written from the meeting."))
            return redirect("meetings:news_edit", news.pk)
    held = meeting.status in (MeetingStatus.HELD, MeetingStatus.CERTIFIED)
    return render(
        request,
        "meetings/news/from_meeting.html",
        {
            "meeting": meeting,
            "draft": news_draft_for_meeting(meeting) if held else None,
            "error": error,
        },
        status=409 if error else 200,
    )


@permission_required(MANAGE_MEETINGS, raise_exception=True)
@require_http_methods(["GET", "POST"])
def minutes_edit(request, meeting_id):
    meeting = _meeting(meeting_id)
    certified = meeting.status == MeetingStatus.CERTIFIED
    form = MinutesForm(request.POST or None, initial={"minutes_th": meeting.minutes_th})
    if request.method == "POST" and form.is_valid():
        try:
            minutes_update(
                meeting=meeting, text_th=form.cleaned_data["minutes_th"], actor=request.user
            )
        except DomainError as exc:
            add_service_error(form, exc, aliases={"text_th": "minutes_th"})
        else:
            messages.success(request, _("The minutes were saved."))
            return redirect("meetings:minutes", meeting.pk)
    return render(
        request,
        "meetings/news/minutes.html",
        {"meeting": meeting, "form": form, "certified": certified},
        status=409 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE_MEETINGS, raise_exception=True)
@require_POST
def minutes_generate(request, meeting_id):
    meeting = _meeting(meeting_id)
    try:
        minutes_generate_draft(meeting=meeting, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("A draft was written from the meeting record; edit it below."))
    return redirect("meetings:minutes", meeting.pk)


@permission_required("meetings.view_committee", raise_exception=True)
def minutes_download(request, meeting_id):
    meeting = _meeting(meeting_id)
    response = HttpResponse(minutes_pdf(meeting), content_type="application/pdf")
    filename = f"minutes-{meeting.committee.code}-{meeting.sequence}-{meeting.year_be}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

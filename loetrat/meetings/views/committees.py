"""Committees: the list, one committee (its names, current term, terms and meetings), creating
and editing a committee, and scheduling its meetings."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.listing import Column, build_listing

from ..enums import CommitteeRole
from ..forms import CommitteeForm, MeetingScheduleForm
from ..selectors import (
    committee_get_for,
    committee_meetings,
    committee_terms,
    committees_visible_to,
    current_term,
    term_seats,
    with_names_of_their_day,
)
from ..services import committee_create, committee_update, meeting_schedule

VIEW = "meetings.view_committee"
MANAGE = "meetings.manage_meetings"

COLUMNS = [
    Column("name", gettext_lazy("Committee"), ("name_th",)),
    Column("kind", gettext_lazy("Type"), ("kind", "name_th")),
    Column("members", gettext_lazy("Members serving"), ("member_count",)),
    Column("term", gettext_lazy("Term ends"), ("term_ends", "name_th")),
    Column("meetings", gettext_lazy("Meetings"), ("meeting_count",)),
]


@permission_required(VIEW, raise_exception=True)
@require_safe
def committee_list(request):
    listing = build_listing(
        request, committees_visible_to(request.user), COLUMNS, default_sort="kind"
    )
    return render(
        request,
        "meetings/committees/list.html",
        {"listing": listing, "page_obj": listing.page_obj},
    )


@permission_required(VIEW, raise_exception=True)
@require_safe
def committee_detail(request, code):
    """The committee's details and former names, the seats of its current term, its terms and
    its meetings (each under the committee's name of its day)."""
    committee = committee_get_for(request.user, code)
    term = current_term(committee)
    return render(
        request,
        "meetings/committees/detail.html",
        {
            "committee": committee,
            "former_names": committee.former_names.all(),
            "term": term,
            "seats": term_seats(term) if term else [],
            "terms": committee_terms(committee),
            "meetings": with_names_of_their_day(committee_meetings(committee), committee),
            "manage": request.user.has_perm(MANAGE),
        },
    )


def _secretariat_code(user) -> str:
    """The code of the person's secretariat organisation, offered for a new committee."""
    membership = user.memberships.select_related("organization").order_by("pk").first()
    return membership.organization.code if membership else ""


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def committee_create_view(request):
    form = CommitteeForm(
        request.POST or None, initial={"secretariat": _secretariat_code(request.user)}
    )
    if request.method == "POST" and form.is_valid():
        try:
            committee = committee_create(
                actor=request.user, code=form.cleaned_data["code"], **form.details()
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _("%(name)s is created. Start its first term to appoint its members.")
                % {"name": committee.name_th},
            )
            return redirect("meetings:term_start", committee.code)
    return render(
        request,
        "meetings/committees/form.html",
        {"form": form, "committee": None},
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def committee_edit_view(request, code):
    committee = committee_get_for(request.user, code)
    form = CommitteeForm(
        request.POST or None, committee=committee, initial=CommitteeForm.initial_for(committee)
    )
    if request.method == "POST" and form.is_valid():
        try:
            committee_update(
                committee=committee,
                actor=request.user,
                effective_on=form.cleaned_data["effective_on"],
                reason=form.cleaned_data["reason"],
                **form.details(),
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The committee's details are saved."))
            return redirect("meetings:committee", committee.code)
    return render(
        request,
        "meetings/committees/form.html",
        {"form": form, "committee": committee},
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def meeting_schedule_view(request, code):
    committee = committee_get_for(request.user, code)
    chair = committee.members.serving().filter(role=CommitteeRole.CHAIR).order_by("pk").first()
    form = MeetingScheduleForm(request.POST or None, committee=committee, initial={"chair": chair})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            meeting = meeting_schedule(
                committee=committee,
                starts_at=data["starts_at"],
                mode=data["mode"],
                place_th=data["place_th"],
                chair=data["chair"],
                sequence=data["sequence"],
                actor=request.user,
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc, aliases={"starts_at": "day"})
        else:
            messages.success(
                request,
                _("Meeting %(number)s of %(committee)s is scheduled.")
                % {"number": meeting.number, "committee": committee.name},
            )
            return redirect("meetings:meeting", meeting.pk)
    return render(
        request,
        "meetings/committees/schedule.html",
        {"committee": committee, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )

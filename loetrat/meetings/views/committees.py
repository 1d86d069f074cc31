"""Committees: the list, one committee (members, appointing, its meetings) and scheduling."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.listing import Column, build_listing

from ..enums import CommitteeRole
from ..forms import MeetingScheduleForm, MemberAppointForm
from ..selectors import (
    committee_get_for,
    committee_meetings,
    committee_members,
    committees_visible_to,
)
from ..services import meeting_schedule, member_appoint

VIEW = "meetings.view_committee"
MANAGE = "meetings.manage_meetings"

COLUMNS = [
    Column("name", gettext_lazy("Committee"), ("name_th",)),
    Column("kind", gettext_lazy("Type"), ("kind", "name_th")),
    Column("members", gettext_lazy("Members serving"), ("member_count",)),
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
@require_http_methods(["GET", "POST"])
def committee_detail(request, code):
    """The committee's members and meetings; the secretariat appoints members here (POST)."""
    committee = committee_get_for(request.user, code)
    manage = request.user.has_perm(MANAGE)
    form = MemberAppointForm(initial={"role": CommitteeRole.MEMBER}) if manage else None
    status = 200
    if request.method == "POST":
        if not manage:
            raise PermissionDenied
        form = MemberAppointForm(request.POST)
        if form.is_valid():
            try:
                member = member_appoint(
                    committee=committee, actor=request.user, **form.cleaned_data
                )
            except (DomainError, ValidationError) as exc:
                add_service_error(form, exc)
            else:
                messages.success(
                    request,
                    _("%(name)s was appointed %(role)s.")
                    % {"name": member.name_th, "role": member.get_role_display()},
                )
                return redirect("meetings:committee", committee.code)
        status = 400
    return render(
        request,
        "meetings/committees/detail.html",
        {
            "committee": committee,
            "members": committee_members(committee),
            "meetings": committee_meetings(committee),
            "form": form,
            "manage": manage,
        },
        status=status,
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def meeting_schedule_view(request, code):
    committee = committee_get_for(request.user, code)
    chair = committee.members.serving().filter(role=CommitteeRole.CHAIR).first()
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

"""Scheduling meetings, attendance and quorum, the agenda, resolutions and certification.

A meeting's number (ครั้งที่ N/ปี) comes from the committee's count of meetings in that
Buddhist-Era year, taken under a lock on the committee row, so two people scheduling at once
never get the same number, and a cancelled meeting keeps its number."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.thai.dates import be_year, format_datetime
from loetrat.core.thai.numbering import format_meeting_number
from loetrat.core.transitions import StateMachine, transition

from ..enums import (
    MEETING_TRANSITIONS,
    AgendaSection,
    AttendanceStatus,
    MeetingAction,
    MeetingStatus,
)
from ..models import AgendaItem, AgendaLink, Attendance, Committee, Meeting, Resolution
from ..selectors.quorum import quorum_state
from .actions import action_create
from .eligibility import check_correction, check_proposable

MEETING_MACHINE = StateMachine(
    model=Meeting,
    transitions=MEETING_TRANSITIONS,
    audit_prefix="meetings.meeting",
    related=("committee",),
    audit_verbs={
        MeetingAction.HOLD: "held",
        MeetingAction.CERTIFY: "certified",
        MeetingAction.POSTPONE: "postponed",
        MeetingAction.CANCEL: "cancelled",
    },
    organization_of=lambda meeting: meeting.committee.secretariat_id,
    refusal=lambda meeting, action: _refusal(meeting, action),
)


def _refusal(meeting: Meeting, action: str) -> ConflictError:
    if action == MeetingAction.CERTIFY:
        return ConflictError(
            _("Only a meeting that was held can have its minutes certified."),
            code="meeting_not_held",
        )
    return ConflictError(
        _(
            "Meeting %(number)s is %(status)s; only a scheduled meeting can be postponed or "
            "cancelled."
        )
        % {"number": meeting.number, "status": meeting.get_status_display().lower()},
        code="meeting_not_scheduled",
    )


def require_open(meeting: Meeting) -> None:
    if meeting.status == MeetingStatus.CERTIFIED:
        raise ConflictError(
            _("The minutes of meeting %(number)s are certified; it can no longer change.")
            % {"number": meeting.number},
            code="meeting_certified",
        )
    if meeting.status == MeetingStatus.CANCELLED:
        raise ConflictError(
            _("Meeting %(number)s was cancelled.") % {"number": meeting.number},
            code="meeting_cancelled",
        )


def require_started(meeting: Meeting, *, doing: str) -> None:
    """Nothing that records what happened at a meeting (attendance, a resolution, certifying
    its minutes, news of it) can be recorded before the meeting begins."""
    if timezone.now() < meeting.starts_at:
        raise ConflictError(
            _("Meeting %(number)s begins on %(when)s; you can %(doing)s only once it has begun.")
            % {
                "number": meeting.number,
                "when": format_datetime(meeting.starts_at),
                "doing": doing,
            },
            code="meeting_not_started",
        )


@transaction.atomic
def meeting_schedule(
    *,
    committee: Committee,
    starts_at,
    mode: str,
    actor,
    place_th: str = "",
    chair=None,
    sequence: int | None = None,
) -> Meeting:
    """Schedule the committee's next meeting of that B.E. year and give it its number. A
    `sequence` continues a year begun on paper (the first meeting recorded here after
    meetings 1 to 7 were held is number 8); numbers only go forward, so none is ever reused."""
    Committee.objects.select_for_update().get(pk=committee.pk)
    year = be_year(timezone.localtime(starts_at).year)
    last = Meeting.objects.filter(committee=committee, year_be=year).aggregate(n=Max("sequence"))
    following = (last["n"] or 0) + 1
    if sequence is not None and sequence < following:
        raise ConflictError(
            _(
                "Number %(number)s is already used or passed: the next meeting of %(year)s is "
                "number %(next)s. Leave the number empty to get it."
            )
            % {"number": format_meeting_number(sequence, year), "year": year, "next": following},
            code="number_taken",
            field="sequence",
        )
    meeting = Meeting(
        committee=committee,
        year_be=year,
        sequence=sequence or following,
        starts_at=starts_at,
        mode=mode,
        place_th=place_th,
        chair=chair,
    )
    meeting.full_clean()
    meeting.save()
    audit_record(
        actor=actor,
        action="meetings.meeting.scheduled",
        target=meeting,
        organization_id=committee.secretariat_id,
        after={"number": meeting.number, "starts_at": starts_at, "mode": mode},
    )
    _carry_overdue_actions(meeting, actor)
    return meeting


def _carry_overdue_actions(meeting: Meeting, actor) -> None:
    """Put the committee's overdue follow-up actions on the new meeting's agenda."""
    from .actions import overdue_actions

    overdue = list(overdue_actions(committee=meeting.committee, on=meeting.day))
    if overdue:
        agenda_item_add(
            meeting=meeting,
            section=AgendaSection.CONTINUING,
            title_th=f"ติดตามข้อสั่งการที่เลยกำหนด ({len(overdue)} เรื่อง)",
            actor=actor,
            links=overdue,
        )


@transaction.atomic
def attendance_record(
    *, meeting: Meeting, member, status: str, actor, proxy_name_th: str = "", note: str = ""
) -> Attendance:
    """Record (or correct) whether a member attended, once the meeting has begun."""
    require_open(meeting)
    require_started(meeting, doing=_("record the attendance"))
    if member.committee_id != meeting.committee_id:
        raise DomainError(_("That person is not a member of this committee."), code="not_member")
    attendance, _created = Attendance.objects.update_or_create(
        meeting=meeting,
        member=member,
        defaults={"status": status, "proxy_name_th": proxy_name_th, "note": note},
    )
    audit_record(
        actor=actor,
        action="meetings.attendance.recorded",
        target=meeting,
        organization_id=meeting.committee.secretariat_id,
        after={"member": member.name_th, "status": status},
    )
    return attendance


@transaction.atomic
def agenda_item_add(
    *,
    meeting: Meeting,
    section: int,
    title_th: str,
    actor,
    links=(),
    check_links: bool = True,
    **fields,
) -> AgendaItem:
    """Add an item at the end of its part of the agenda (`section`, 1 to 6), linked to the
    objects it concerns. Linked objects must be fit to go before the committee (see
    `check_proposable`); `check_links=False` is for recording meetings of the past, whose items
    concern what is long in effect. An item added after the agenda was sent goes after the
    items sent, whose numbers never change."""
    meeting = (
        Meeting.objects.select_for_update(of=("self",))
        .select_related("committee")
        .get(pk=meeting.pk)
    )
    require_open(meeting)
    if check_links:
        for target in links:
            check_proposable(target, meeting)
    if section not in AgendaSection.values:
        raise DomainError(
            _("Choose one of the six parts of the agenda."), code="invalid_section", field="section"
        )
    last = meeting.agenda_items.filter(section=section).aggregate(n=Max("number"))["n"] or 0
    item = AgendaItem(
        meeting=meeting, section=section, number=last + 1, title_th=title_th, **fields
    )
    item.full_clean()
    item.save()
    for target in links:
        AgendaLink.objects.create(
            agenda_item=item,
            content_type=ContentType.objects.get_for_model(target),
            object_id=target.pk,
        )
    audit_record(
        actor=actor,
        action="meetings.agenda.added",
        target=item,
        organization_id=meeting.committee.secretariat_id,
        after={"number": item.label, "section": section, "title_th": title_th},
    )
    return item


def _resolution_put_for_correction(agenda_item: AgendaItem) -> Resolution | None:
    """The earlier resolution an item was put on the agenda to correct, if any."""
    link = agenda_item.links.filter(
        content_type=ContentType.objects.get_for_model(Resolution)
    ).first()
    return Resolution.objects.filter(pk=link.object_id).first() if link else None


@dataclass(frozen=True)
class ActionInput:
    """A follow-up action given with a resolution."""

    title_th: str
    owner: object  # the responsible Organization
    due_on: datetime.date


@dataclass(frozen=True)
class AttendanceInput:
    member_id: int
    status: str
    proxy_name_th: str = ""
    note: str = ""


def _at_row(exc: DomainError, prefix: str) -> DomainError:
    """The refusal of one row of a list, located in it (`actions.2.title_th`)."""
    exc.field = f"{prefix}.{exc.field}" if exc.field else prefix
    return exc


@transaction.atomic
def attendance_record_many(*, meeting: Meeting, rows, actor) -> list[Attendance]:
    """Record the attendance of several members at once (AttendanceInput rows): all or none.
    A row naming someone who is not a member, or a proxy without a name, is refused where it
    stands (`rows.<n>.member_id`, `rows.<n>.proxy_name_th`)."""
    members = {member.pk: member for member in meeting.committee.members.all()}
    recorded = []
    for index, row in enumerate(rows):
        member = members.get(row.member_id)
        if member is None:
            raise DomainError(
                _("That person is not a member of this committee."),
                code="not_member",
                field=f"rows.{index}.member_id",
            )
        proxy = (row.proxy_name_th or "").strip()
        if row.status == AttendanceStatus.PROXY and not proxy:
            raise DomainError(
                _("Name the person attending by proxy."),
                code="proxy_name_required",
                field=f"rows.{index}.proxy_name_th",
            )
        recorded.append(
            attendance_record(
                meeting=meeting,
                member=member,
                status=row.status,
                proxy_name_th=proxy if row.status == AttendanceStatus.PROXY else "",
                note=row.note,
                actor=actor,
            )
        )
    return recorded


@transaction.atomic
def resolution_record(
    *,
    agenda_item: AgendaItem,
    outcome: str,
    text_th: str,
    actor,
    text_en: str = "",
    forward_to_cabinet: bool = False,
    corrects: Resolution | None = None,
    actions=(),
) -> Resolution:
    """Record the meeting's decision on one item, with the follow-up actions it gives
    (ActionInput rows), all or none. Refused without quorum, twice for one item, and once the
    minutes are certified; each refusal says why (an action's, at `actions.<n>.<field>`)."""
    meeting = Meeting.objects.select_for_update().get(pk=agenda_item.meeting_id)
    require_open(meeting)
    require_started(meeting, doing=_("record its resolutions"))
    if Resolution.objects.filter(agenda_item=agenda_item).exists():
        raise ConflictError(
            _("Item %(position)s already has a resolution; record a correction on a later item.")
            % {"position": agenda_item.label},
            code="resolution_exists",
        )
    quorum = quorum_state(meeting)
    if not quorum.has_quorum:
        raise ConflictError(
            _(
                "No quorum: %(present)s of %(members)s members attended and %(required)s are "
                "needed. Record the attendance first."
            )
            % {"present": quorum.present, "members": quorum.members, "required": quorum.required},
            code="no_quorum",
        )
    if not text_th.strip():
        raise DomainError(_("Write the resolution."), code="text_required", field="text_th")
    corrects = corrects or _resolution_put_for_correction(agenda_item)
    if corrects is not None:
        check_correction(corrects, meeting)
    resolution = Resolution.objects.create(
        agenda_item=agenda_item,
        outcome=outcome,
        text_th=text_th,
        text_en=text_en,
        forward_to_cabinet=forward_to_cabinet,
        corrects=corrects,
        recorded_by=actor,
    )
    if meeting.status == MeetingStatus.SCHEDULED:
        transition(MEETING_MACHINE, meeting, action=MeetingAction.HOLD, actor=actor)
    audit_record(
        actor=actor,
        action="meetings.resolution.recorded",
        target=resolution,
        organization_id=meeting.committee.secretariat_id,
        after={"outcome": outcome, "forward_to_cabinet": forward_to_cabinet},
    )
    for index, action in enumerate(actions):
        try:
            action_create(
                resolution=resolution,
                title_th=action.title_th,
                owner=action.owner,
                due_on=action.due_on,
                actor=actor,
            )
        except DomainError as exc:
            raise _at_row(exc, f"actions.{index}") from None
    return resolution


@transaction.atomic
def meeting_certify(*, meeting: Meeting, actor) -> Meeting:
    """Certify the minutes: the meeting becomes read-only, its resolutions final, and every
    approving resolution approves the objects its item is linked to (see approvals). The
    returned meeting's `.approvals` lists what took effect."""
    from .approvals import approve_linked_objects

    def authorize(locked):
        require_open(locked)
        require_started(locked, doing=_("certify its minutes"))

    meeting = transition(
        MEETING_MACHINE,
        meeting,
        action=MeetingAction.CERTIFY,
        actor=actor,
        authorize=authorize,
        changes=lambda _locked: {
            "certified_at": timezone.now(),
            "certified_by": actor if getattr(actor, "is_authenticated", False) else None,
        },
    )
    meeting.approvals = [
        approval
        for resolution in Resolution.objects.filter(agenda_item__meeting=meeting)
        for approval in approve_linked_objects(resolution=resolution, actor=actor)
    ]
    return meeting

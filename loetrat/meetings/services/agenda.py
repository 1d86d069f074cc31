"""The order of a meeting's agenda: items move within their part or to another part (and are
numbered again, 4.1, 4.2 …) until the agenda is sent to the members; sending fixes the order and
records when it was sent."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.thai.dates import format_datetime
from loetrat.core.transitions import StateMachine, transition

from ..enums import AGENDA_TRANSITIONS, AgendaAction, AgendaSection, AgendaStatus, MeetingStatus
from ..models import AgendaItem, Meeting
from .meetings import require_open

# Numbers set while items are renumbered, above any real one, so that no two items of a part
# share a number at any moment (the database checks it row by row).
_PARKED = 1000


def _sent_refusal(meeting: Meeting, _action: str) -> ConflictError:
    return ConflictError(
        _("The agenda of meeting %(number)s was sent on %(when)s; its order can no longer change.")
        % {
            "number": meeting.number,
            "when": format_datetime(meeting.agenda_sent_at) if meeting.agenda_sent_at else "—",
        },
        code="agenda_sent",
    )


AGENDA_MACHINE = StateMachine(
    model=Meeting,
    transitions=AGENDA_TRANSITIONS,
    audit_prefix="meetings.agenda",
    field="agenda_status",
    related=("committee",),
    audit_verbs={AgendaAction.SEND: "sent"},
    organization_of=lambda meeting: meeting.committee.secretariat_id,
    refusal=_sent_refusal,
)


def _require_scheduled(meeting: Meeting) -> None:
    require_open(meeting)
    if meeting.status != MeetingStatus.SCHEDULED:
        raise ConflictError(
            _("Meeting %(number)s has been held; its agenda can no longer change order.")
            % {"number": meeting.number},
            code="meeting_held",
        )


def _renumber(items: list[AgendaItem], section: int) -> None:
    """Give `items` (all of one part, in their new order) the numbers 1, 2, 3 …"""
    for index, item in enumerate(items, start=1):
        item.section, item.number = section, _PARKED + index + 1
    AgendaItem.objects.bulk_update(items, ["section", "number"])
    for index, item in enumerate(items, start=1):
        item.number = index
    AgendaItem.objects.bulk_update(items, ["number"])


@transaction.atomic
def agenda_item_move(
    *, item: AgendaItem, section: int, actor, number: int | None = None
) -> AgendaItem:
    """Put an item at place `number` of part `section` (at its end when `number` is None or
    beyond it); the items of the parts it leaves and joins are numbered again. Refused once
    the agenda was sent or the meeting was held."""
    meeting = Meeting.objects.select_for_update(of=("self",)).get(pk=item.meeting_id)
    _require_scheduled(meeting)
    if meeting.agenda_status == AgendaStatus.SENT:
        raise _sent_refusal(meeting, AgendaAction.SEND)
    if section not in AgendaSection.values:
        raise DomainError(
            _("Choose one of the six parts of the agenda."), code="invalid_section", field="section"
        )
    item = AgendaItem.objects.get(pk=item.pk)
    before = {"number": item.label}
    source = item.section
    siblings = list(
        meeting.agenda_items.filter(section=section).exclude(pk=item.pk).order_by("number")
    )
    place = len(siblings) if number is None else min(max(int(number), 1) - 1, len(siblings))
    target = [*siblings[:place], item, *siblings[place:]]
    if source == section and [i.pk for i in target] == [
        i.pk for i in meeting.agenda_items.filter(section=section).order_by("number")
    ]:
        return item
    if source != section:
        AgendaItem.objects.filter(pk=item.pk).update(number=_PARKED)  # out of the way
        rest = list(meeting.agenda_items.filter(section=source).exclude(pk=item.pk))
        rest.sort(key=lambda i: i.number)
        _renumber(rest, source)
    _renumber(target, section)
    audit_record(
        actor=actor,
        action="meetings.agenda.moved",
        target=item,
        organization_id=meeting.committee.secretariat_id if meeting.committee_id else None,
        before=before,
        after={"number": item.label, "title_th": item.title_th},
    )
    return item


def agenda_send(*, meeting: Meeting, actor) -> Meeting:
    """Send the agenda: its order is fixed from now on and the time it was sent is kept. Only
    a scheduled meeting with at least one item has an agenda to send."""

    def check(locked, _new_state):
        _require_scheduled(locked)
        if not locked.agenda_items.exists():
            raise DomainError(
                _("The agenda is empty; add its items before sending it."), code="agenda_empty"
            )

    return transition(
        AGENDA_MACHINE,
        meeting,
        action=AgendaAction.SEND,
        actor=actor,
        check=check,
        changes=lambda _locked: {
            "agenda_sent_at": timezone.now(),
            "agenda_sent_by": actor if getattr(actor, "is_authenticated", False) else None,
        },
    )

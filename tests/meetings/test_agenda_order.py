"""The agenda in its six parts: items numbered within their part, moved up, down and to another
part until the agenda is sent; sending fixes the order and records when. And postponing or
cancelling a meeting with its reason, keeping its number."""

import datetime

import pytest
from django.utils import timezone

from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.models import AuditEvent
from loetrat.meetings.enums import AgendaSection, AgendaStatus, MeetingStatus
from loetrat.meetings.services import (
    agenda_item_add,
    agenda_item_move,
    agenda_send,
    meeting_cancel,
    meeting_postpone,
    meeting_schedule,
)
from tests.factories.meetings import attend, resolve

pytestmark = pytest.mark.django_db
S = AgendaSection


def _future(days=30, hour=9):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=30, second=0, microsecond=0)


@pytest.fixture
def upcoming(committee, secretariat_admin):
    """A meeting a month from now, in the same B.E. year when possible."""
    return meeting_schedule(
        committee=committee, starts_at=_future(), mode="online", actor=secretariat_admin
    )


def _add(meeting, actor, section, title):
    return agenda_item_add(meeting=meeting, section=section, title_th=title, actor=actor)


def _labels(meeting):
    items = meeting.agenda_items.order_by("section", "number")
    return [(item.label, item.title_th) for item in items]


def test_items_move_within_and_between_parts(upcoming, secretariat_admin):
    a = _add(upcoming, secretariat_admin, S.CONSIDERATION, "ก")
    _add(upcoming, secretariat_admin, S.CONSIDERATION, "ข")
    c = _add(upcoming, secretariat_admin, S.CONSIDERATION, "ค")
    _add(upcoming, secretariat_admin, S.INFORMATION, "ง")
    agenda_item_move(item=c, section=S.CONSIDERATION, number=1, actor=secretariat_admin)
    assert _labels(upcoming) == [("4.1", "ค"), ("4.2", "ก"), ("4.3", "ข"), ("5.1", "ง")]
    agenda_item_move(item=a, section=S.INFORMATION, actor=secretariat_admin)
    assert _labels(upcoming) == [("4.1", "ค"), ("4.2", "ข"), ("5.1", "ง"), ("5.2", "ก")]
    agenda_item_move(item=a, section=S.ANNOUNCEMENTS, number=9, actor=secretariat_admin)
    assert _labels(upcoming) == [("1.1", "ก"), ("4.1", "ค"), ("4.2", "ข"), ("5.1", "ง")]
    moved = AuditEvent.objects.filter(action="meetings.agenda.moved").order_by("pk")
    assert [(e.before["number"], e.after["number"]) for e in moved] == [
        ("4.3", "4.1"),
        ("4.2", "5.2"),
        ("5.2", "1.1"),
    ]
    with pytest.raises(DomainError) as bad:
        agenda_item_move(item=a, section=9, actor=secretariat_admin)
    assert bad.value.code == "invalid_section"


def test_a_move_to_the_same_place_changes_nothing(upcoming, secretariat_admin):
    item = _add(upcoming, secretariat_admin, S.OTHER, "ก")
    agenda_item_move(item=item, section=S.OTHER, number=1, actor=secretariat_admin)
    assert not AuditEvent.objects.filter(action="meetings.agenda.moved").exists()


def test_sending_fixes_the_order_and_records_when(upcoming, secretariat_admin):
    with pytest.raises(DomainError) as empty:
        agenda_send(meeting=upcoming, actor=secretariat_admin)
    assert empty.value.code == "agenda_empty"
    first = _add(upcoming, secretariat_admin, S.CONSIDERATION, "ก")
    _add(upcoming, secretariat_admin, S.CONSIDERATION, "ข")
    sent = agenda_send(meeting=upcoming, actor=secretariat_admin)
    assert sent.agenda_status == AgendaStatus.SENT and sent.agenda_sent_at is not None
    assert sent.agenda_sent_by == secretariat_admin
    assert AuditEvent.objects.filter(action="meetings.agenda.sent").count() == 1
    with pytest.raises(ConflictError) as fixed:
        agenda_item_move(item=first, section=S.CONSIDERATION, number=2, actor=secretariat_admin)
    assert fixed.value.code == "agenda_sent"
    with pytest.raises(ConflictError) as again:
        agenda_send(meeting=upcoming, actor=secretariat_admin)
    assert again.value.code == "agenda_sent"
    late = _add(upcoming, secretariat_admin, S.CONSIDERATION, "ค")  # goes after those sent
    assert late.label == "4.3" and _labels(upcoming)[:2] == [("4.1", "ก"), ("4.2", "ข")]


def test_a_held_meeting_cannot_reorder_or_send(committee, secretariat_admin):
    from tests.factories.meetings import make_meeting

    meeting = make_meeting(committee, secretariat_admin)
    item = _add(meeting, secretariat_admin, S.CONSIDERATION, "ก")
    attend(meeting, secretariat_admin, present=5)
    resolve(item, secretariat_admin)
    with pytest.raises(ConflictError) as held:
        agenda_item_move(item=item, section=S.OTHER, actor=secretariat_admin)
    assert held.value.code == "meeting_held"
    with pytest.raises(ConflictError):
        agenda_send(meeting=meeting, actor=secretariat_admin)


def test_postponing_moves_the_date_and_keeps_the_number(upcoming, secretariat_admin):
    number, old_start = upcoming.number, upcoming.starts_at
    new_start = old_start + datetime.timedelta(hours=3)
    moved = meeting_postpone(
        meeting=upcoming, starts_at=new_start, reason="ประธานติดภารกิจ", actor=secretariat_admin
    )
    assert moved.status == MeetingStatus.SCHEDULED and moved.number == number
    assert moved.starts_at == new_start and moved.postponed_from == old_start
    assert moved.postponement_reason == "ประธานติดภารกิจ"
    event = AuditEvent.objects.get(action="meetings.meeting.postponed")
    assert event.reason == "ประธานติดภารกิจ" and "starts_at" in event.after


def test_postponing_is_refused_without_reason_into_the_past_or_another_year(
    upcoming, secretariat_admin
):
    with pytest.raises(DomainError) as no_reason:
        meeting_postpone(
            meeting=upcoming, starts_at=_future(40), reason="", actor=secretariat_admin
        )
    assert no_reason.value.field == "reason"
    with pytest.raises(DomainError) as past:
        meeting_postpone(
            meeting=upcoming,
            starts_at=timezone.now() - datetime.timedelta(days=1),
            reason="เหตุ",
            actor=secretariat_admin,
        )
    assert past.value.code == "starts_in_past"
    next_year = upcoming.starts_at.replace(year=upcoming.starts_at.year + 1)
    with pytest.raises(ConflictError) as other_year:
        meeting_postpone(
            meeting=upcoming, starts_at=next_year, reason="เหตุ", actor=secretariat_admin
        )
    assert other_year.value.code == "other_year" and other_year.value.field == "starts_at"


def test_cancelling_keeps_the_number_and_closes_the_meeting(upcoming, secretariat_admin, committee):
    cancelled = meeting_cancel(meeting=upcoming, reason="ไม่มีเรื่องเสนอ", actor=secretariat_admin)
    assert cancelled.status == MeetingStatus.CANCELLED
    assert cancelled.cancellation_reason == "ไม่มีเรื่องเสนอ"
    with pytest.raises(ConflictError) as twice:
        meeting_cancel(meeting=upcoming, reason="อีกครั้ง", actor=secretariat_admin)
    assert twice.value.code == "meeting_not_scheduled"
    with pytest.raises(ConflictError):
        meeting_postpone(
            meeting=upcoming, starts_at=_future(40), reason="เหตุ", actor=secretariat_admin
        )
    with pytest.raises(ConflictError) as closed:
        _add(upcoming, secretariat_admin, S.OTHER, "ก")
    assert closed.value.code == "meeting_cancelled"
    following = meeting_schedule(
        committee=committee,
        starts_at=upcoming.starts_at + datetime.timedelta(days=1),
        mode="online",
        actor=secretariat_admin,
    )
    assert following.sequence == upcoming.sequence + 1

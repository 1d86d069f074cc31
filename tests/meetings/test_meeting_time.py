"""Nothing recorded of a meeting is dated before it: attendance, resolutions, certification and
news wait for the meeting to begin, actions are due after it, and certifying records who and
when. The rule lives in the services, so pages and the API refuse alike."""

import datetime

import pytest
from django.utils import timezone

from loetrat.core.errors import ConflictError, DomainError
from loetrat.meetings.enums import AgendaSection, AttendanceStatus, ResolutionOutcome
from loetrat.meetings.services import (
    ActionInput,
    agenda_item_add,
    attendance_record,
    meeting_certify,
    resolution_record,
)
from loetrat.publishing.services.news import news_create_from_meeting
from tests.factories.meetings import attend, make_meeting, resolve


@pytest.fixture
def upcoming(committee, secretariat_admin):
    return make_meeting(
        committee, secretariat_admin, day=timezone.now() + datetime.timedelta(days=20)
    )


def test_nothing_is_recorded_of_a_meeting_before_it_begins(upcoming, secretariat_admin):
    member = upcoming.committee.members.first()
    with pytest.raises(ConflictError) as attendance:
        attendance_record(
            meeting=upcoming,
            member=member,
            status=AttendanceStatus.PRESENT,
            actor=secretariat_admin,
        )
    assert attendance.value.code == "meeting_not_started"
    item = agenda_item_add(
        meeting=upcoming,
        section=AgendaSection.CONSIDERATION,
        title_th="เรื่อง",
        actor=secretariat_admin,
    )
    with pytest.raises(ConflictError) as resolution:
        resolution_record(
            agenda_item=item,
            outcome=ResolutionOutcome.APPROVED,
            text_th="เห็นชอบ",
            actor=secretariat_admin,
        )
    assert resolution.value.code == "meeting_not_started"
    for attempt in (
        lambda: meeting_certify(meeting=upcoming, actor=secretariat_admin),
        lambda: news_create_from_meeting(meeting=upcoming, actor=secretariat_admin),
    ):
        with pytest.raises(ConflictError) as refused:
            attempt()
        assert refused.value.code == "meeting_not_started"
    upcoming.refresh_from_db()
    assert upcoming.status == "scheduled" and upcoming.certified_at is None


def test_the_api_refuses_attendance_before_the_meeting(upcoming, secretariat_client):
    member = upcoming.committee.members.first()
    response = secretariat_client.post(
        f"/api/v1/meetings/meetings/{upcoming.pk}/attendance",
        {"rows": [{"member_id": member.pk, "status": "present"}]},
        content_type="application/json",
    )
    assert response.status_code == 409 and response.json()["code"] == "meeting_not_started"


def test_actions_are_due_after_the_meeting(committee, secretariat_admin, agency):
    meeting = make_meeting(committee, secretariat_admin)  # 15 June 2566
    [item] = [
        agenda_item_add(
            meeting=meeting,
            section=AgendaSection.CONSIDERATION,
            title_th="เรื่อง",
            actor=secretariat_admin,
        )
    ]
    attend(meeting, secretariat_admin, present=5)
    for due in (datetime.date(2023, 6, 1), datetime.date(2023, 6, 15)):
        with pytest.raises(DomainError) as refused:
            resolution_record(
                agenda_item=item,
                outcome=ResolutionOutcome.APPROVED,
                text_th="เห็นชอบ",
                actions=[ActionInput(title_th="รายงาน", owner=agency, due_on=due)],
                actor=secretariat_admin,
            )
        assert refused.value.code == "due_before_meeting"
        assert refused.value.field == "actions.0.due_on"
    resolution_record(
        agenda_item=item,
        outcome=ResolutionOutcome.APPROVED,
        text_th="เห็นชอบ",
        actions=[ActionInput(title_th="รายงาน", owner=agency, due_on=datetime.date(2023, 6, 16))],
        actor=secretariat_admin,
    )


def test_certifying_records_who_and_when_after_the_meeting(committee, secretariat_admin):
    meeting = make_meeting(committee, secretariat_admin)
    attend(meeting, secretariat_admin, present=5)
    resolve(
        agenda_item_add(
            meeting=meeting,
            section=AgendaSection.CONSIDERATION,
            title_th="เรื่อง",
            actor=secretariat_admin,
        ),
        secretariat_admin,
    )
    certified = meeting_certify(meeting=meeting, actor=secretariat_admin)
    assert certified.certified_by == secretariat_admin
    assert certified.certified_at >= certified.starts_at

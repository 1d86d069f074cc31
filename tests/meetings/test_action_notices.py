"""Notices of follow-up actions: the responsible body's coordinators and heads hear of an
action given to it, and are reminded once a day while it is overdue."""

import datetime

import pytest

from loetrat.core.models import Notice
from loetrat.meetings.enums import ActionStatus
from loetrat.meetings.services import action_create, action_progress
from loetrat.meetings.tasks import remind_overdue_actions
from tests.factories.held_meetings import make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def action(committee, secretariat_admin, agency, coordinator, agency_head):
    meeting = make_meeting(committee, secretariat_admin, items=1)
    return action_create(
        resolution=meeting.agenda_items.get().resolution,
        title_th="รายงานผลการดำเนินการ",
        owner=agency,
        due_on=datetime.date(2022, 10, 31),
        actor=secretariat_admin,
    )


def test_the_responsible_bodys_coordinators_and_heads_are_told(
    action, coordinator, agency_head, secretariat_admin
):
    notices = Notice.objects.filter(kind="meetings.action.assigned")
    assert {notice.recipient for notice in notices} == {coordinator, agency_head}
    notice = notices.first()
    assert notice.url == f"/meetings/actions/{action.pk}/" and notice.actor == secretariat_admin
    assert notice.params["meeting"] == "7/2565" and notice.params["due_on"] == "2022-10-31"


def test_an_overdue_action_is_reminded_once_a_day_until_done(action, secretariat_admin):
    assert remind_overdue_actions(on=datetime.date(2022, 10, 31)) == 0  # due today: not overdue
    assert remind_overdue_actions(on=datetime.date(2022, 11, 1)) == 2
    assert remind_overdue_actions(on=datetime.date(2022, 11, 1)) == 0
    action_progress(
        action=action, note_th="เสร็จแล้ว", status=ActionStatus.DONE, actor=secretariat_admin
    )
    Notice.objects.filter(kind="meetings.action.overdue").delete()
    assert remind_overdue_actions(on=datetime.date(2022, 11, 2)) == 0

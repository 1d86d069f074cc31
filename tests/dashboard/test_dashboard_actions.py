"""Overdue follow-up actions on the dashboards: all of them for the secretariat, their own for an
agency, in a number of queries that does not grow with the actions."""

import datetime

import pytest
from django.urls import reverse

from loetrat.meetings.services import action_create
from tests.factories.meetings import (
    add_items,
    attend,
    make_committee,
    make_meeting,
    resolve,
)

DASHBOARD = reverse("dashboard:home")
PAST = datetime.date(2023, 7, 1)
FUTURE = datetime.date(2099, 1, 1)


@pytest.fixture
def resolution(secretariat_admin, opdc):
    meeting = make_meeting(make_committee(secretariat_admin, opdc), secretariat_admin)
    item = add_items(meeting, secretariat_admin, 1)[0]
    attend(meeting, secretariat_admin, present=5)
    return resolve(item, secretariat_admin)


def _action(resolution, owner, actor, due_on=PAST, title="รายงานผลการดำเนินการ"):
    return action_create(
        resolution=resolution, title_th=title, owner=owner, due_on=due_on, actor=actor
    )


def _panel(response):
    return next(panel for panel in response.context["panels"] if panel.key == "actions")


def test_secretariat_sees_every_overdue_action(
    secretariat_client, secretariat_admin, resolution, agency, other_agency
):
    mine = _action(resolution, agency, secretariat_admin)
    theirs = _action(resolution, other_agency, secretariat_admin)
    _action(resolution, agency, secretariat_admin, due_on=FUTURE, title="ยังไม่ถึงกำหนด")
    response = secretariat_client.get(DASHBOARD)
    panel = _panel(response)
    assert [a.pk for a in panel.context["overdue"]] == [mine.pk, theirs.pk]
    assert (panel.context["overdue_count"], panel.context["open_count"]) == (2, 3)
    assert reverse("meetings:action", args=[mine.pk]) in response.text


def test_an_agency_sees_only_its_own(
    coordinator_client, secretariat_admin, resolution, agency, other_agency
):
    mine = _action(resolution, agency, secretariat_admin)
    _action(resolution, other_agency, secretariat_admin)
    panel = _panel(coordinator_client.get(DASHBOARD))
    assert [a.pk for a in panel.context["overdue"]] == [mine.pk]
    assert panel.context["overdue_count"] == 1


def test_nothing_overdue_says_so(coordinator_client):
    coordinator_client.cookies["loetrat_language"] = "en"
    assert "No follow-up action is overdue." in coordinator_client.get(DASHBOARD).text


def test_queries_do_not_grow_with_actions(
    secretariat_client, secretariat_admin, resolution, agency, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _action(resolution, agency, secretariat_admin)
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(DASHBOARD)
    for number in range(6):
        _action(resolution, agency, secretariat_admin, title=f"เรื่อง {number}")
    with django_assert_max_num_queries(len(few)):
        secretariat_client.get(DASHBOARD)

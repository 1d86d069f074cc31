"""Follow-up actions: the secretariat's list with filters, an agency's own actions, reporting
progress, the resolution page that lists them."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from loetrat.meetings.enums import ActionStatus
from loetrat.meetings.services import action_create
from tests.factories.meetings import (
    add_items,
    attend,
    make_meeting,
    resolve,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def resolution(secretariat_admin, committee):
    meeting = make_meeting(committee, secretariat_admin)
    [item] = add_items(meeting, secretariat_admin, 1)
    attend(meeting, secretariat_admin, 5)
    return resolve(item, secretariat_admin)


def _give(resolution, actor, owner, days, title="งาน"):
    return action_create(
        resolution=resolution,
        title_th=title,
        owner=owner,
        due_on=timezone.localdate() + datetime.timedelta(days=days),
        actor=actor,
    )


@pytest.fixture
def actions(resolution, secretariat_admin, agency, other_agency):
    return [
        _give(resolution, secretariat_admin, agency, -5, "งานค้างของกรมสรรพากร"),
        _give(resolution, secretariat_admin, agency, 30, "งานใหม่ของกรมสรรพากร"),
        _give(resolution, secretariat_admin, other_agency, -1, "งานค้างของกรมการปกครอง"),
    ]


def test_secretariat_sees_all_and_filters(secretariat_client, actions):
    url = reverse("meetings:actions")
    html = secretariat_client.get(url).content.decode()
    assert all(action.title_th in html for action in actions)
    overdue = secretariat_client.get(url, {"state": "overdue"}).content.decode()
    assert "งานใหม่ของกรมสรรพากร" not in overdue and "งานค้างของกรมการปกครอง" in overdue
    owner = secretariat_client.get(url, {"owner": "MOI-DOPA"}).content.decode()
    assert "งานค้างของกรมสรรพากร" not in owner and "งานค้างของกรมการปกครอง" in owner


def test_agency_sees_only_its_own(coordinator_client, agency_head_client, actions):
    for client in (coordinator_client, agency_head_client):
        html = client.get(reverse("meetings:actions")).content.decode()
        assert "งานค้างของกรมสรรพากร" in html and "งานค้างของกรมการปกครอง" not in html
        assert client.get(reverse("meetings:action", args=[actions[2].pk])).status_code == 404


def test_people_without_a_role_are_refused(no_role_client, anonymous_client, actions):
    assert no_role_client.get(reverse("meetings:actions")).status_code == 403
    assert anonymous_client.get(reverse("meetings:actions")).status_code == 302


def test_owner_reports_progress(coordinator_client, actions):
    url = reverse("meetings:action", args=[actions[0].pk])
    page = coordinator_client.get(url).content.decode()
    assert 'value="cancelled"' not in page  # only the secretariat cancels
    blank = coordinator_client.post(url, {"note_th": "", "status": "done"})
    assert blank.status_code == 400
    done = coordinator_client.post(url, {"note_th": "ดำเนินการแล้ว", "status": "done"})
    assert done.status_code == 302
    actions[0].refresh_from_db()
    assert actions[0].status == ActionStatus.DONE and actions[0].completed_on
    assert "ดำเนินการแล้ว" in coordinator_client.get(url).content.decode()


def test_resolution_page_lists_actions_and_progress(
    committee_client, coordinator_client, resolution, actions
):
    coordinator_client.post(
        reverse("meetings:action", args=[actions[0].pk]),
        {"note_th": "เริ่มแล้ว", "status": "in_progress"},
    )
    response = committee_client.get(reverse("meetings:resolution", args=[resolution.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "งานค้างของกรมสรรพากร" in html and "เริ่มแล้ว" in html and "MOI-DOPA" in html
    assert (
        coordinator_client.get(reverse("meetings:resolution", args=[resolution.pk])).status_code
        == 403
    )
    assert committee_client.get(reverse("meetings:resolution", args=[999])).status_code == 404


def test_action_list_queries_do_not_grow(secretariat_client, secretariat_admin, resolution, agency):
    for n in range(5):
        _give(resolution, secretariat_admin, agency, n - 2)
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(reverse("meetings:actions"))
    for n in range(45):
        _give(resolution, secretariat_admin, agency, n - 20)
    with CaptureQueriesContext(connection) as many:
        response = secretariat_client.get(reverse("meetings:actions"))
    assert len(re.findall(r'href="/meetings/actions/\d+/"', response.content.decode())) == 50
    assert len(many) == len(few)

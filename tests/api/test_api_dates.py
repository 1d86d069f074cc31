"""Dates sent to the API go through the same parser and years as the pages: Buddhist-Era and
Gregorian years told apart by range, two-digit Buddhist-Era years, Thai digits; a year outside
the calendar is a 422, never a server error or a date moved by centuries."""

import pytest

from loetrat.meetings.models import FollowUpAction
from tests.factories.meetings import attend, make_meeting

API = "/api/v1/meetings/"


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


@pytest.mark.parametrize("starts_at", ["9000-01-01T09:00:00", "0300-01-01T09:00:00"])
def test_a_meeting_outside_the_calendar_is_refused(secretariat_client, committee, starts_at):
    response = post(
        secretariat_client,
        API + "committees/goodgov/meetings",
        {"starts_at": starts_at, "mode": "online"},
    )
    assert response.status_code == 422 and response.json()["code"] == "validation_error"
    assert response.json()["details"][0]["field"].endswith("starts_at")


@pytest.mark.parametrize(
    ("starts_at", "stored"),
    [
        ("2568-03-10T09:30:00+07:00", "2025-03-10T09:30:00+07:00"),
        ("2025-03-10T09:30:00+07:00", "2025-03-10T09:30:00+07:00"),
        ("๒๕๖๘-๐๓-๑๐T๐๙:๓๐:๐๐+๐๗:๐๐", "2025-03-10T09:30:00+07:00"),
    ],
)
def test_a_meeting_time_may_have_a_buddhist_era_year(
    secretariat_client, committee, starts_at, stored
):
    response = post(
        secretariat_client,
        API + "committees/goodgov/meetings",
        {"starts_at": starts_at, "mode": "online"},
    )
    assert response.status_code == 201, response.content
    assert response.json()["starts_at"] == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2566-10-01", "2023-10-01"), ("1/10/66", "2023-10-01"), ("๑/๑๐/๒๕๖๖", "2023-10-01")],
)
def test_due_dates_read_like_the_pages(
    secretariat_admin, secretariat_client, committee, agency, typed, stored
):
    meeting = make_meeting(committee, secretariat_admin)
    attend(meeting, secretariat_admin, present=5)
    item = post(
        secretariat_client,
        API + f"meetings/{meeting.pk}/agenda",
        {"section": 6, "title_th": "x"},
    ).json()
    body = {
        "outcome": "approved",
        "text_th": "เห็นชอบ",
        "actions": [{"title_th": "รายงาน", "owner_code": agency.code, "due_on": typed}],
    }
    response = post(secretariat_client, API + f"agenda/{item['id']}/resolution", body)
    assert response.status_code == 201, response.json()
    assert str(FollowUpAction.objects.get().due_on) == stored


def test_a_paper_approval_date_may_be_buddhist_era(secretariat_admin_client, draft):
    response = post(
        secretariat_admin_client,
        "/api/v1/frameworks/TEST-FW/versions/2566/paper-approval",
        {"approving_resolution": "มติ 7/2565", "meeting_day": "27/9/2565"},
    )
    assert response.status_code == 200 and response.json()["approval"]["decided_on"] == "2022-09-27"

"""/api/v1/meetings: a year begun on paper, proposals of a criteria version and of a correction,
and the version's approval as the frameworks API shows it."""

import datetime

import pytest

from tests.factories.meetings import (
    BANGKOK,
    add_items,
    attend,
    draft_version,
    make_meeting,
    resolve,
)

API = "/api/v1/meetings/"
pytestmark = pytest.mark.django_db


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


def test_schedule_continues_a_year_begun_on_paper(secretariat_client, committee):
    data = {"starts_at": "2023-09-20T09:30:00+07:00", "mode": "online", "sequence": 8}
    first = post(secretariat_client, API + "committees/goodgov/meetings", data)
    assert first.status_code == 201 and first.json()["number"] == "8/2566"
    again = post(secretariat_client, API + "committees/goodgov/meetings", data)
    assert again.status_code == 409 and again.json()["code"] == "number_taken"
    bad = post(secretariat_client, API + "committees/goodgov/meetings", {**data, "sequence": 0})
    assert bad.status_code == 422


def test_propose_a_version_and_see_it_approved(secretariat_client, secretariat_admin, committee):
    version = draft_version(secretariat_admin)
    meeting = make_meeting(committee, secretariat_admin)
    proposal = {"kind": "frameworks.frameworkversion", "object_id": version.pk, "title_th": "เกณฑ์"}
    created = post(secretariat_client, API + f"meetings/{meeting.pk}/proposals", proposal)
    assert created.status_code == 201 and created.json()["label"] == "4.1"
    assert created.json()["links"][0]["label"] == "TEST-FW 2567"
    twice = post(secretariat_client, API + f"meetings/{meeting.pk}/proposals", proposal)
    assert twice.status_code == 409 and twice.json()["code"] == "already_on_agenda"
    unknown = post(
        secretariat_client,
        API + f"meetings/{meeting.pk}/proposals",
        {**proposal, "kind": "organizations.organization"},
    )
    assert unknown.status_code == 404

    attend(meeting, secretariat_admin, present=5)
    resolve(meeting.agenda_items.get(), secretariat_admin)
    assert post(secretariat_client, API + f"meetings/{meeting.pk}/certify", {}).status_code == 200
    approved = secretariat_client.get(f"/api/v1/frameworks/TEST-FW/versions/{version.label}")
    assert approved.json()["status"] == "approved"
    approval = approved.json()["approval"]
    resolution = meeting.agenda_items.get().resolution
    assert approval["source_kind"] == "meetings.resolution"
    assert approval["source_id"] == resolution.pk
    assert approval["url"] == f"/meetings/resolutions/{resolution.pk}/"


def test_propose_a_correction(secretariat_client, secretariat_admin, committee):
    first = make_meeting(committee, secretariat_admin)
    attend(first, secretariat_admin, present=5)
    original = resolve(add_items(first, secretariat_admin, 1)[0], secretariat_admin)
    proposal = {"kind": "meetings.resolution", "object_id": original.pk, "title_th": "แก้ไขมติ"}
    second = make_meeting(
        committee, secretariat_admin, day=datetime.datetime(2023, 7, 1, 9, 0, tzinfo=BANGKOK)
    )
    early = post(secretariat_client, API + f"meetings/{second.pk}/proposals", proposal)
    assert early.status_code == 409 and early.json()["code"] == "resolution_not_final"
    post(secretariat_client, API + f"meetings/{first.pk}/certify", {})
    created = post(secretariat_client, API + f"meetings/{second.pk}/proposals", proposal)
    assert created.status_code == 201
    attend(second, secretariat_admin, present=5)
    recorded = post(
        secretariat_client,
        API + f"agenda/{created.json()['id']}/resolution",
        {"outcome": "approved", "text_th": "แก้ไขมติ", "actions": []},
    )
    assert recorded.status_code == 201 and recorded.json()["corrects_id"] == original.pk

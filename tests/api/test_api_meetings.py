"""/api/v1/meetings: reading committees and meetings, scheduling, attendance, the agenda,
resolutions (and their refusals), certification with the approval gate, and follow-up actions."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.meetings.enums import ActionStatus, CommitteeRole
from loetrat.meetings.services import action_create, meeting_certify
from tests.factories.approvals import approve
from tests.factories.meetings import (
    add_items,
    attend,
    draft_version,
    make_meeting,
    resolve,
)

API = "/api/v1/meetings/"
pytestmark = pytest.mark.django_db


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


@pytest.fixture
def meeting(committee, secretariat_admin):
    return make_meeting(committee, secretariat_admin)


def test_committees_and_meetings_are_read_by_secretariat_and_members(
    secretariat_client, committee_client, meeting
):
    for client in (secretariat_client, committee_client):
        listed = client.get(API + "committees").json()
        assert listed["count"] == 1 and listed["items"][0]["code"] == "goodgov"
        detail = client.get(API + "committees/goodgov").json()
        assert [m["role"] for m in detail["members"]][0] == CommitteeRole.CHAIR
        meetings = client.get(API + "committees/goodgov/meetings").json()
        assert meetings["items"][0]["number"] == "1/2566"
        page = client.get(API + f"meetings/{meeting.pk}").json()
        assert page["quorum"] == {"members": 5, "required": 3, "present": 0, "has_quorum": False}
        assert len(page["attendance"]) == 6


@pytest.mark.parametrize("persona", ["coordinator_client", "assessor_client", "anonymous_client"])
def test_others_are_refused(request, persona, meeting):
    client = request.getfixturevalue(persona)
    assert client.get(API + "committees").status_code in (401, 403)
    assert client.get(API + f"meetings/{meeting.pk}").status_code in (401, 403)


def test_committee_members_cannot_write(committee_client, meeting):
    response = post(committee_client, API + f"meetings/{meeting.pk}/certify")
    assert response.status_code == 403 and response.json()["code"] == "forbidden"
    response = post(
        committee_client,
        API + "committees/goodgov/meetings",
        {"starts_at": "2023-07-01T09:00:00", "mode": "online"},
    )
    assert response.status_code == 403


def test_missing_objects_are_404(secretariat_client, committee):
    assert secretariat_client.get(API + "committees/nope").json()["code"] == "not_found"
    assert secretariat_client.get(API + "meetings/999").status_code == 404
    assert secretariat_client.get(API + "resolutions/999").status_code == 404


def test_schedule_numbers_the_meeting(secretariat_client, committee):
    chair = committee.members.get(role=CommitteeRole.CHAIR)
    data = {"starts_at": "2023-07-01T09:30:00", "mode": "online", "chair_id": chair.pk}
    first = post(secretariat_client, API + "committees/goodgov/meetings", data)
    second = post(secretariat_client, API + "committees/goodgov/meetings", data)
    assert first.status_code == 201 and first.json()["number"] == "1/2566"
    assert second.json()["number"] == "2/2566" and second.json()["chair"]["id"] == chair.pk
    bad = post(secretariat_client, API + "committees/goodgov/meetings", {**data, "mode": "x"})
    assert bad.status_code == 422 and bad.json()["code"] == "validation_error"
    stranger = post(
        secretariat_client, API + "committees/goodgov/meetings", {**data, "chair_id": 999}
    )
    assert stranger.status_code == 400 and stranger.json()["details"][0]["field"] == "chair_id"


def test_linkable_lists_what_an_agenda_may_concern(
    secretariat_client, committee_client, secretariat_admin
):
    version = draft_version(secretariat_admin)
    kinds = {row["kind"]: row for row in secretariat_client.get(API + "linkable").json()}
    assert set(kinds) == {"frameworks.frameworkversion", "awards.awardcycle"}
    offered = kinds["frameworks.frameworkversion"]["objects"]
    assert [row["object_id"] for row in offered] == [version.pk]
    assert committee_client.get(API + "linkable").status_code == 403


def test_the_whole_meeting_through_the_api(
    secretariat_admin_client, secretariat_admin, meeting, agency
):
    version = draft_version(secretariat_admin)
    item = post(
        secretariat_admin_client,
        API + f"meetings/{meeting.pk}/agenda",
        {
            "section": 4,
            "title_th": "เกณฑ์ 2567",
            "links": [{"kind": "frameworks.frameworkversion", "object_id": version.pk}],
        },
    )
    assert item.status_code == 201, item.json()
    item = item.json()
    assert item["links"][0]["url"] == "/frameworks/TEST-FW/2567/"
    resolution_url = API + f"agenda/{item['id']}/resolution"
    body = {
        "outcome": "approved",
        "text_th": "เห็นชอบเกณฑ์",
        "actions": [{"title_th": "แจ้งส่วนราชการ", "owner_code": "MOF-RD", "due_on": "2023-08-01"}],
    }
    no_quorum = post(secretariat_admin_client, resolution_url, body)
    assert no_quorum.status_code == 409 and no_quorum.json()["code"] == "no_quorum"
    assert (
        "quorum" in no_quorum.json()["message"].lower() or "องค์ประชุม" in no_quorum.json()["message"]
    )

    members = list(meeting.committee.members.order_by("pk"))
    rows = [{"member_id": m.pk, "status": "present"} for m in members[:3]]
    rows.append({"member_id": members[3].pk, "status": "proxy"})
    missing_proxy = post(
        secretariat_admin_client, API + f"meetings/{meeting.pk}/attendance", {"rows": rows}
    )
    assert missing_proxy.status_code == 400
    assert missing_proxy.json()["code"] == "proxy_name_required"
    rows[-1]["proxy_name_th"] = "ผู้แทน"
    attendance = post(
        secretariat_admin_client, API + f"meetings/{meeting.pk}/attendance", {"rows": rows}
    )
    assert attendance.status_code == 200 and attendance.json()["quorum"]["has_quorum"]

    bad_owner = post(
        secretariat_admin_client,
        resolution_url,
        {**body, "actions": [{**body["actions"][0], "owner_code": "NOPE"}]},
    )
    assert bad_owner.status_code == 400 and bad_owner.json()["code"] == "unknown_organization"
    recorded = post(secretariat_admin_client, resolution_url, body)
    assert recorded.status_code == 201, recorded.json()
    assert recorded.json()["actions"][0]["owner_code"] == "MOF-RD"
    twice = post(secretariat_admin_client, resolution_url, body)
    assert twice.status_code == 409 and twice.json()["code"] == "resolution_exists"

    certified = post(secretariat_admin_client, API + f"meetings/{meeting.pk}/certify")
    assert certified.status_code == 200 and certified.json()["status"] == "certified"
    version.refresh_from_db()
    assert version.status == "approved"
    resolution = secretariat_admin_client.get(API + f"resolutions/{recorded.json()['id']}").json()
    assert resolution["final"] and resolution["approvals"][0]["url"] == "/frameworks/TEST-FW/2567/"
    after = post(
        secretariat_admin_client,
        API + f"meetings/{meeting.pk}/agenda",
        {"section": 6, "title_th": "x"},
    )
    assert after.status_code == 409 and after.json()["code"] == "meeting_certified"
    again = post(secretariat_admin_client, API + f"meetings/{meeting.pk}/certify")
    assert again.status_code == 409 and again.json()["code"] == "meeting_certified"


def test_agenda_refuses_what_it_cannot_concern(
    secretariat_client, secretariat_admin, meeting, opdc
):
    approved = approve(draft_version(secretariat_admin), secretariat_admin)
    for kind, object_id in [
        ("frameworks.frameworkversion", 999),  # no such version
        ("frameworks.frameworkversion", approved.pk),  # not a draft
        ("organizations.organization", opdc.pk),  # not offered on an agenda
        ("nothing.atall", 1),
    ]:
        response = post(
            secretariat_client,
            API + f"meetings/{meeting.pk}/agenda",
            {
                "section": 4,
                "title_th": "x",
                "links": [{"kind": kind, "object_id": object_id}],
            },
        )
        assert response.status_code == 400 and response.json()["code"] == "not_linkable", kind
        assert response.json()["details"][0]["field"] == "links.0"
    assert not meeting.agenda_items.exists()
    empty = post(
        secretariat_client, API + f"meetings/{meeting.pk}/agenda", {"section": 6, "title_th": ""}
    )
    assert empty.status_code == 422


@pytest.fixture
def actions(committee, meeting, secretariat_admin, agency, other_agency):
    [item] = add_items(meeting, secretariat_admin, 1)
    attend(meeting, secretariat_admin, 5)
    resolution = resolve(item, secretariat_admin)
    today = datetime.date.today()
    made = [
        action_create(
            resolution=resolution,
            title_th=f"งาน {n}",
            owner=owner,
            due_on=today + datetime.timedelta(days=days),
            actor=secretariat_admin,
        )
        for n, (owner, days) in enumerate([(agency, -3), (agency, 10), (other_agency, -1)])
    ]
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    return made


def test_actions_filters_and_ownership(
    secretariat_client, coordinator_client, committee_client, actions
):
    everything = secretariat_client.get(API + "actions").json()
    assert everything["count"] == 3
    overdue = secretariat_client.get(API + "actions?state=overdue").json()
    assert overdue["count"] == 2 and all(row["overdue"] for row in overdue["items"])
    mine = secretariat_client.get(API + "actions?owner=mof-rd").json()
    assert mine["count"] == 2
    assert secretariat_client.get(API + "actions?state=late").status_code == 400
    own = coordinator_client.get(API + "actions").json()
    assert {row["owner_code"] for row in own["items"]} == {"MOF-RD"}
    assert committee_client.get(API + "actions").json()["count"] == 0


def test_progress_by_the_owner(coordinator_client, secretariat_client, actions):
    mine, _later, theirs = actions
    done = post(
        coordinator_client,
        API + f"actions/{mine.pk}/progress",
        {"note_th": "แจ้งแล้ว", "status": "done"},
    )
    assert done.status_code == 201 and done.json()["status"] == ActionStatus.DONE
    assert done.json()["progress"][0]["note_th"] == "แจ้งแล้ว"
    assert (
        post(
            coordinator_client, API + f"actions/{theirs.pk}/progress", {"note_th": "x"}
        ).status_code
        == 404
    )
    cancel = post(
        coordinator_client,
        API + f"actions/{mine.pk}/progress",
        {"note_th": "x", "status": "cancelled"},
    )
    assert cancel.status_code == 403 and cancel.json()["code"] == "cannot_cancel"
    blank = post(secretariat_client, API + f"actions/{mine.pk}/progress", {"note_th": "  "})
    assert blank.status_code == 400 and blank.json()["code"] == "note_required"


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow(
    secretariat_client, secretariat_admin, committee, meeting, agency
):
    version = draft_version(secretariat_admin)
    items = add_items(meeting, secretariat_admin, 5, links=[version, agency])
    attend(meeting, secretariat_admin, 5)
    for item in items:
        resolve(item, secretariat_admin)
    urls = [API + f"meetings/{meeting.pk}", API + "committees/goodgov/meetings", API + "actions"]
    few = [_count(secretariat_client, url) for url in urls]
    more = add_items(meeting, secretariat_admin, 45, links=[version, agency])
    for item in more:
        resolution = resolve(item, secretariat_admin)
        action_create(
            resolution=resolution,
            title_th="งาน",
            owner=agency,
            due_on=datetime.date(2030, 1, 1),
            actor=secretariat_admin,
        )
    for n in range(2, 7):
        make_meeting(
            committee, secretariat_admin, datetime.datetime(2023, 7, n, 9, tzinfo=datetime.UTC)
        )
    assert [_count(secretariat_client, url) for url in urls] == few

"""/api/v1/clinics: listing (with filters, constant queries), asking, the secretariat's steps,
refusals with codes, 404 for others' clinics."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.clinics.services import clinic_request

API = "/api/v1/clinics"
pytestmark = pytest.mark.django_db


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def ask(organization, actor, topics=("pmqa",)):
    return clinic_request(
        organization=organization, topics=list(topics), question_th="คำถาม", actor=actor
    )


def test_the_whole_way(coordinator_client, secretariat_client):
    created = post(
        coordinator_client,
        API,
        {
            "organization_code": "MOF-RD",
            "topics": ["pmqa", "award_application"],
            "question_th": "ขอคำแนะนำ",
        },
    )
    assert created.status_code == 201, created.content
    clinic_id = created.json()["id"]
    assert created.json()["status"] == "requested"
    url = f"{API}/{clinic_id}"
    refused = post(
        coordinator_client,
        url + "/schedule",
        {"scheduled_at": "2023-01-19T09:30:00", "mode": "online"},
    )
    assert refused.status_code == 403
    early = post(secretariat_client, url + "/record", {"advice_th": "คำแนะนำ"})
    assert early.status_code == 409 and early.json()["code"] == "clinic_transition_refused"
    place = post(
        secretariat_client,
        url + "/schedule",
        {"scheduled_at": "2023-01-19T09:30:00", "mode": "in_person"},
    )
    assert place.status_code == 400 and place.json()["details"][0]["field"] == "place_th"
    scheduled = post(
        secretariat_client,
        url + "/schedule",
        {"scheduled_at": "2023-01-19T09:30:00", "mode": "online"},
    )
    assert scheduled.json()["status"] == "scheduled"
    assert (
        post(secretariat_client, url + "/record", {"advice_th": "คำแนะนำ"}).json()["advice_th"]
        == "คำแนะนำ"
    )
    unknown = post(
        secretariat_client, url + "/follow-ups", {"text_th": "ส่งแผน", "owner_code": "NOPE"}
    )
    assert unknown.status_code == 400 and unknown.json()["code"] == "organization_unknown"
    added = post(
        secretariat_client,
        url + "/follow-ups",
        {"text_th": "ส่งแผน", "owner_code": "MOF-RD", "due_on": "2023-03-01"},
    )
    assert added.status_code == 201
    follow_up = added.json()["follow_ups"][0]
    assert follow_up["owner_code"] == "MOF-RD" and follow_up["done_on"] is None
    still_open = post(secretariat_client, url + "/close")
    assert still_open.status_code == 409 and still_open.json()["code"] == "follow_ups_open"
    post(secretariat_client, url + f"/follow-ups/{follow_up['id']}/done")
    closed = post(secretariat_client, url + "/close", {"reason": "เรียบร้อย"})
    assert closed.json()["status"] == "closed" and closed.json()["reason"] == "เรียบร้อย"
    mine = coordinator_client.get(url).json()
    assert mine["follow_ups"][0]["done_on"] is not None


def test_cancel_needs_a_reason(secretariat_client, agency, coordinator):
    clinic = ask(agency, coordinator)
    url = f"{API}/{clinic.pk}/cancel"
    assert post(secretariat_client, url, {"reason": ""}).status_code == 422
    assert post(secretariat_client, url, {"reason": "เลื่อน"}).json()["status"] == "cancelled"


def test_asking_for_someone_else_is_refused(coordinator_client, other_agency):
    response = post(
        coordinator_client,
        API,
        {"organization_code": "MOI-DOPA", "topics": ["pmqa"], "question_th": "x"},
    )
    assert response.status_code == 403


def test_visibility(
    coordinator_client,
    secretariat_client,
    assessor_client,
    agency,
    other_agency,
    coordinator,
    secretariat,
):
    mine = ask(agency, coordinator)
    theirs = ask(other_agency, secretariat, ("e_administration",))
    assert coordinator_client.get(API).json()["count"] == 1
    assert coordinator_client.get(f"{API}/{theirs.pk}").status_code == 404
    assert coordinator_client.get(f"{API}/{mine.pk}").status_code == 200
    assert secretariat_client.get(API).json()["count"] == 2
    filtered = secretariat_client.get(API, {"topic": "e_administration"}).json()
    assert [row["id"] for row in filtered["items"]] == [theirs.pk]
    assert secretariat_client.get(API, {"organization": "mof-rd"}).json()["count"] == 1
    assert secretariat_client.get(API, {"topic": "astrology"}).status_code == 422
    assert assessor_client.get(API).status_code == 403


def _count(client):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(API, {"limit": 100}).status_code == 200
    return len(ctx.captured_queries)


def test_list_query_count_is_constant(secretariat_client, ministry, agency, secretariat):
    for _ in range(5):
        ask(ministry, secretariat).covered.set([agency])
    few = _count(secretariat_client)
    for _ in range(45):
        ask(ministry, secretariat).covered.set([agency])
    assert _count(secretariat_client) == few

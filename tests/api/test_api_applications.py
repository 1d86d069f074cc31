"""/api/v1/applications/: the same permissions, services and error format as the pages."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from loetrat.accounts.tokens import api_token_create
from loetrat.awards.enums import ApplicationState
from loetrat.organizations.enums import Role
from tests.factories import ApplicationFactory, AwardTypeFactory, MembershipFactory, UserFactory
from tests.factories.applications import PDF_BYTES, RICH_FORM, complete_answers

BASE = "/api/v1/applications/"


def bearer(user):
    _, key = api_token_create(user=user, name="test")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    return client


@pytest.fixture
def award_type(db):
    return AwardTypeFactory(form_schema=RICH_FORM, eligibility={})


@pytest.fixture
def application(award_type, agency, coordinator):
    return ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)


@pytest.fixture
def api_coordinator(coordinator):
    return bearer(coordinator)


@pytest.fixture
def api_head(agency_head):
    return bearer(agency_head)


@pytest.fixture
def api_outsider(other_agency):
    user = UserFactory()
    MembershipFactory(user=user, organization=other_agency, role=Role.AGENCY_COORDINATOR)
    return bearer(user)


def test_list_visible_and_filtered(api_coordinator, api_outsider, secretariat, application):
    items = api_coordinator.get(BASE).json()["items"]
    assert [item["id"] for item in items] == [application.pk]
    assert items[0]["award_type"]["code"] == application.award_type.code
    assert items[0]["organization"]["code"] == "MOF-RD"
    assert api_outsider.get(BASE).json()["items"] == []
    secretariat_api = bearer(secretariat)
    assert secretariat_api.get(BASE, {"organization": "mof-rd"}).json()["count"] == 1
    assert secretariat_api.get(BASE, {"state": "submitted"}).json()["count"] == 0
    assert secretariat_api.get(BASE, {"cycle": application.cycle.year_be}).json()["count"] == 1
    assert secretariat_api.get(BASE, {"type": "nope"}).json()["count"] == 0


def test_list_needs_authentication(client, db):
    response = client.get(BASE)
    assert response.status_code == 401 and response.json()["code"] == "unauthenticated"


def _count_list_queries(client, award_type, agency, coordinator, total):
    from loetrat.awards.models import Application

    for _ in range(total - Application.objects.count()):
        ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(BASE, {"limit": 100})
    assert len(response.json()["items"]) == total
    return len(queries)


def test_list_query_count_is_constant(secretariat, award_type, agency, coordinator):
    client = bearer(secretariat)
    client.get(BASE)  # the token's first use is recorded once
    assert _count_list_queries(client, award_type, agency, coordinator, 5) == _count_list_queries(
        client, award_type, agency, coordinator, 50
    )


def test_detail(api_coordinator, api_outsider, application):
    body = api_coordinator.get(f"{BASE}{application.pk}").json()
    assert body["state"] == "draft" and "summary" in body["data"]
    assert any(problem["field"] == "summary" for problem in body["problems"])
    response = api_outsider.get(f"{BASE}{application.pk}")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_create(api_coordinator, api_head, award_type):
    payload = {"award_type_id": award_type.pk, "organization_code": "MOF-RD", "title_th": "งาน"}
    response = api_coordinator.post(BASE, payload, content_type="application/json")
    assert response.status_code == 201, response.content
    assert response.json()["title_th"] == "งาน"
    response = api_head.post(BASE, payload, content_type="application/json")
    assert response.status_code == 403 and response.json()["code"] == "forbidden"
    response = api_coordinator.post(
        BASE, {**payload, "organization_code": "NOPE"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["details"][0]["field"] == "organization_code"


def test_put_answers_saves_even_bad_input_and_lists_problems(
    api_coordinator, api_head, application
):
    response = api_coordinator.put(
        f"{BASE}{application.pk}/answers",
        {"data": {"budget": "lots", "summary": "ok"}, "title_th": "ใหม่"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["revision"] == 2
    assert any(problem["field"] == "budget" for problem in body["problems"])
    application.refresh_from_db()
    assert application.data["budget"] == "lots" and application.title_th == "ใหม่"
    response = api_head.put(
        f"{BASE}{application.pk}/answers", {"data": {}}, content_type="application/json"
    )
    assert response.status_code == 403


def test_actions_and_refusals(api_coordinator, api_head, application, coordinator):
    send = f"{BASE}{application.pk}/actions/send"
    response = api_coordinator.post(send, {}, content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "incomplete"
    assert {d["field"] for d in response.json()["details"]} >= {"summary"}
    api_coordinator.put(
        f"{BASE}{application.pk}/answers",
        {"data": complete_answers()},
        content_type="application/json",
    )
    assert api_coordinator.post(send, {}, content_type="application/json").status_code == 200
    response = api_coordinator.post(
        f"{BASE}{application.pk}/actions/endorse", {}, content_type="application/json"
    )
    assert response.status_code == 403
    response = api_head.post(
        f"{BASE}{application.pk}/actions/return", {"reason": ""}, content_type="application/json"
    )
    assert response.status_code == 400 and response.json()["code"] == "reason_required"
    response = api_head.post(
        f"{BASE}{application.pk}/actions/endorse", {}, content_type="application/json"
    )
    assert response.json()["state"] == ApplicationState.ENDORSED
    response = api_coordinator.post(
        f"{BASE}{application.pk}/actions/submit", {}, content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["reference"].startswith("LR")
    response = api_coordinator.post(
        f"{BASE}{application.pk}/actions/submit", {}, content_type="application/json"
    )
    assert response.status_code == 409 and response.json()["code"] == "invalid_transition"


def test_attachments_upload_download_remove(api_coordinator, api_outsider, application):
    url = f"{BASE}{application.pk}/attachments"
    response = api_coordinator.post(
        url, {"field_key": "evidence", "file": SimpleUploadedFile("e.pdf", PDF_BYTES)}
    )
    assert response.status_code == 201, response.content
    attachment_id = response.json()["id"]
    response = api_coordinator.post(
        url, {"field_key": "evidence", "file": SimpleUploadedFile("e.pdf", b"MZ\x90")}
    )
    assert response.status_code == 400 and response.json()["code"] == "file_type"
    download = api_coordinator.get(f"{url}/{attachment_id}")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF_BYTES
    assert download["Cache-Control"] == "private, no-store"
    assert api_outsider.get(f"{url}/{attachment_id}").status_code == 404
    assert api_coordinator.delete(f"{url}/{attachment_id}").status_code == 204
    detail = api_coordinator.get(f"{BASE}{application.pk}").json()
    assert detail["data"]["evidence"] == [] and detail["attachments"][0]["removed_at"]


def test_revisions_and_partners(api_coordinator, api_outsider, application, db):
    from tests.factories import OrganizationFactory

    OrganizationFactory(code="MOF-CGD")
    response = api_coordinator.post(
        f"{BASE}{application.pk}/partners",
        {"organization_code": "MOF-CGD", "role": "partner"},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["partners"][0]["role"] == "partner"
    response = api_coordinator.post(
        f"{BASE}{application.pk}/partners",
        {"organization_code": "NONE", "role": "partner"},
        content_type="application/json",
    )
    assert response.status_code == 400 and response.json()["code"] == "unknown_organization"
    assert api_coordinator.delete(f"{BASE}{application.pk}/partners/MOF-CGD").status_code == 204
    revisions = api_coordinator.get(f"{BASE}{application.pk}/revisions").json()
    assert [r["number"] for r in revisions] == [1]
    assert api_outsider.get(f"{BASE}{application.pk}/revisions").status_code == 404

"""Malformed requests get a 4xx in the API's error format, never a server error: offsets beyond
any list, multipart bodies without a boundary, a body that is not the object the operation
takes, very long Thai file names; and anything unforeseen still answers as JSON."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from loetrat.clinics.services import clinic_record, clinic_request, clinic_schedule
from tests.factories import ApplicationFactory, AwardTypeFactory
from tests.factories.applications import PDF_BYTES


@pytest.mark.parametrize("offset", ["99999999999999999999", "-1", str(10**9 + 1)])
def test_an_offset_beyond_any_list_is_a_422(secretariat_client, offset):
    response = secretariat_client.get(f"/api/v1/clinics?offset={offset}")
    assert response.status_code == 422 and response.json()["code"] == "validation_error"


def test_a_multipart_body_without_its_boundary_is_a_400(secretariat_client):
    response = secretariat_client.generic(
        "POST", "/api/v1/applications/1/attachments", b"--x\r\n", content_type="multipart/form-data"
    )
    assert response.status_code == 400 and response.json()["code"] == "malformed_request"


@pytest.fixture
def held_clinic(agency, secretariat):
    clinic = clinic_request(
        organization=agency, topics=["pmqa"], question_th="คำถาม", actor=secretariat
    )
    clinic_schedule(
        clinic=clinic,
        scheduled_at=timezone.now() - datetime.timedelta(days=1),
        mode="online",
        actor=secretariat,
    )
    return clinic_record(clinic=clinic, advice_th="คำแนะนำ", actor=secretariat)


@pytest.mark.parametrize("body", ['"x"', "[]", "42", "null"])
def test_a_body_that_is_not_an_object_changes_nothing(secretariat_client, held_clinic, body):
    response = secretariat_client.post(
        f"/api/v1/clinics/{held_clinic.pk}/close", body, content_type="application/json"
    )
    assert response.status_code == 400 and response.json()["code"] == "malformed_request"
    held_clinic.refresh_from_db()
    assert held_clinic.status == "held"


def test_a_thousand_character_thai_file_name_is_kept_short(coordinator_client, agency, coordinator):
    application = ApplicationFactory(
        award_type=AwardTypeFactory(), organization=agency, created_by=coordinator
    )
    name = "ก" * 1000 + ".pdf"
    response = coordinator_client.post(
        f"/api/v1/applications/{application.pk}/attachments",
        {"field_key": "evidence", "file": SimpleUploadedFile(name, PDF_BYTES)},
    )
    assert response.status_code == 201, response.content
    assert len(response.json()["original_name"]) <= 255


def test_an_unforeseen_error_answers_in_the_api_format(secretariat_client, monkeypatch):
    from loetrat.api.routers import clinics

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(clinics, "clinics_visible_to", broken)
    response = secretariat_client.get("/api/v1/clinics")
    assert response.status_code == 500 and response.json()["code"] == "server_error"
    assert response.json()["request_id"] == response["X-Request-ID"]


def test_a_json_body_above_the_memory_limit_is_a_413(coordinator_client, settings, agency):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    body = {"organization_code": "MOF-RD", "topics": ["pmqa"], "question_th": "ก" * 2_000}
    response = coordinator_client.post("/api/v1/clinics", body, content_type="application/json")
    assert response.status_code == 413 and response.json()["code"] == "request_too_large"

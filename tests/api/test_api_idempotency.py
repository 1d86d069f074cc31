"""A creating request sent again with the same Idempotency-Key answers the first answer and
creates nothing more; the same key for a different request is refused."""

from loetrat.clinics.models import ClinicSession

URL = "/api/v1/clinics"
BODY = {"organization_code": "MOF-RD", "topics": ["pmqa"], "question_th": "ขอคำแนะนำ"}


def post(client, body, key):
    return client.post(URL, body, content_type="application/json", HTTP_IDEMPOTENCY_KEY=key)


def test_a_retried_create_makes_one_object(coordinator_client):
    first = post(coordinator_client, BODY, "k-1")
    again = post(coordinator_client, BODY, "k-1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again["Idempotent-Replay"] == "true"
    assert ClinicSession.objects.count() == 1
    assert post(coordinator_client, BODY, "k-2").status_code == 201  # a new key, a new request
    assert ClinicSession.objects.count() == 2


def test_a_key_used_for_another_request_is_refused(coordinator_client):
    post(coordinator_client, BODY, "k-1")
    other = post(coordinator_client, {**BODY, "question_th": "อีกเรื่อง"}, "k-1")
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    assert ClinicSession.objects.count() == 1


def test_keys_belong_to_who_sent_them(coordinator_client, secretariat_client):
    post(coordinator_client, BODY, "shared")
    assert post(secretariat_client, BODY, "shared").status_code == 201
    assert ClinicSession.objects.count() == 2


def test_a_refused_request_is_replayed_as_refused(coordinator_client):
    bad = {**BODY, "topics": []}
    first = post(coordinator_client, bad, "k-bad")
    assert first.status_code in (400, 422)
    assert post(coordinator_client, bad, "k-bad").json() == first.json()


def _upload(client, application, content, key):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("ผลงาน.pdf", content, content_type="application/pdf")
    return client.post(
        f"/api/v1/applications/{application.pk}/attachments",
        {"field_key": "evidence", "file": upload},
        HTTP_IDEMPOTENCY_KEY=key,
    )


def test_an_upload_larger_than_the_memory_limit_may_carry_a_key(
    coordinator_client, agency, coordinator, settings
):
    """The key's fingerprint reads the spooled file, not the body: Django refuses to hold a body
    above DATA_UPLOAD_MAX_MEMORY_SIZE in memory, which made every such upload a 400."""
    from tests.factories import ApplicationFactory, AwardTypeFactory
    from tests.factories.applications import padded_pdf

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    award_type = AwardTypeFactory(max_file_mb=1)
    application = ApplicationFactory(
        award_type=award_type, organization=agency, created_by=coordinator
    )
    content = padded_pdf(300_000)
    first = _upload(coordinator_client, application, content, "u-1")
    again = _upload(coordinator_client, application, content, "u-1")
    assert first.status_code == again.status_code == 201, first.content
    assert again.json() == first.json() and again["Idempotent-Replay"] == "true"
    assert application.attachments.count() == 1
    other = _upload(coordinator_client, application, padded_pdf(300_001), "u-1")
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_fields_above_the_memory_limit_are_refused_in_the_api_format(coordinator_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    response = post(coordinator_client, {**BODY, "question_th": "ก" * 2_000}, "k-big")
    assert response.status_code == 413 and response.json()["code"] == "request_too_large"

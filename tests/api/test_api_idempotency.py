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

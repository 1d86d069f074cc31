"""GET /api/v1/me/ with each way of authenticating, and refusals as JSON."""

import datetime

import pytest
from django.utils import timezone

from loetrat.accounts.models import ApiToken
from loetrat.accounts.tokens import api_token_create, api_token_revoke

ME = "/api/v1/me/"


def _bearer(key: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_me_with_session(coordinator_client, coordinator, agency):
    response = coordinator_client.get(ME)
    assert response.status_code == 200
    body = response.json()
    assert body["username"] == coordinator.username
    assert body["is_secretariat"] is False
    assert [(m["role"], m["organization"]["code"]) for m in body["memberships"]] == [
        ("agency_coordinator", "MOF-RD")
    ]


def test_me_with_bearer_token(anonymous_client, secretariat):
    token, key = api_token_create(user=secretariat, name="script")
    response = anonymous_client.get(ME, **_bearer(key))
    assert response.status_code == 200
    assert response.json()["username"] == secretariat.username
    assert response.json()["is_secretariat"] is True
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_me_without_authentication_is_401_json(anonymous_client, db):
    response = anonymous_client.get(ME)
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["code"] == "unauthenticated"


def test_unknown_token_is_401(anonymous_client, db):
    response = anonymous_client.get(ME, **_bearer("lt_not-a-real-key"))
    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"


def test_revoked_token_is_refused(anonymous_client, coordinator):
    token, key = api_token_create(user=coordinator, name="x")
    api_token_revoke(token=token, actor=coordinator)
    assert anonymous_client.get(ME, **_bearer(key)).status_code == 401


def test_expired_token_is_refused(anonymous_client, coordinator):
    token, key = api_token_create(
        user=coordinator, name="x", expires_at=timezone.now() + datetime.timedelta(days=1)
    )
    ApiToken.objects.filter(pk=token.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert anonymous_client.get(ME, **_bearer(key)).status_code == 401


def test_token_of_deactivated_person_is_refused(anonymous_client, coordinator):
    _, key = api_token_create(user=coordinator, name="x")
    coordinator.is_active = False
    coordinator.save()
    assert anonymous_client.get(ME, **_bearer(key)).status_code == 401


def test_session_of_deactivated_person_is_refused(coordinator_client, coordinator):
    coordinator.is_active = False
    coordinator.save()
    assert coordinator_client.get(ME).status_code == 401


@pytest.mark.parametrize("header", ["Token abc", "Bearer", "Basic dXNlcjpwYXNz"])
def test_malformed_authorization_header_is_401(anonymous_client, db, header):
    response = anonymous_client.get(ME, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401


def test_token_is_not_accepted_in_the_query_string(anonymous_client, coordinator):
    _, key = api_token_create(user=coordinator, name="x")
    assert anonymous_client.get(ME, {"token": key, "key": key}).status_code == 401

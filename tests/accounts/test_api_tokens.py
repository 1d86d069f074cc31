"""Personal API tokens: the services and the page at /accounts/tokens/."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from loetrat.accounts.models import ApiToken
from loetrat.accounts.tokens import api_token_create, api_token_revoke
from loetrat.core.errors import DomainError, PermissionDeniedError
from loetrat.core.models import AuditEvent

TOKENS_URL = reverse("accounts:api_tokens")


def test_create_returns_key_that_authenticates_and_stores_only_digest(coordinator):
    token, key = api_token_create(user=coordinator, name="KPI import")
    assert key.startswith("lt_")
    assert ApiToken.objects.for_key(key) == token
    assert key not in token.digest
    assert token.prefix == key[3:11]


def test_create_is_audited(coordinator):
    token, _ = api_token_create(user=coordinator, name="KPI import")
    event = AuditEvent.objects.get(action="accounts.api_token.created")
    assert event.actor == coordinator
    assert event.target_id == str(token.pk)
    assert event.after["name"] == "KPI import"


@pytest.mark.parametrize(
    ("name", "expires_in", "code"),
    [("  ", None, "name_required"), ("script", datetime.timedelta(days=-1), "expiry_in_past")],
)
def test_create_refusals(coordinator, name, expires_in, code):
    expires_at = timezone.now() + expires_in if expires_in else None
    with pytest.raises(DomainError) as error:
        api_token_create(user=coordinator, name=name, expires_at=expires_at)
    assert error.value.code == code
    assert not ApiToken.objects.exists()


def test_create_refused_for_person_without_role(no_role_user):
    with pytest.raises(PermissionDeniedError) as error:
        api_token_create(user=no_role_user, name="x")
    assert error.value.code == "forbidden"


def test_revoke_stops_the_key_and_is_audited(coordinator):
    token, key = api_token_create(user=coordinator, name="x")
    api_token_revoke(token=token, actor=coordinator)
    assert ApiToken.objects.for_key(key) is None
    assert AuditEvent.objects.filter(
        action="accounts.api_token.revoked", actor=coordinator
    ).exists()


def test_revoke_twice_is_refused(coordinator):
    token, _ = api_token_create(user=coordinator, name="x")
    api_token_revoke(token=token, actor=coordinator)
    with pytest.raises(DomainError) as error:
        api_token_revoke(token=token, actor=coordinator)
    assert error.value.code == "already_revoked"


def test_revoking_someone_elses_token_is_refused(coordinator, secretariat):
    token, key = api_token_create(user=coordinator, name="x")
    with pytest.raises(PermissionDeniedError) as error:
        api_token_revoke(token=token, actor=secretariat)
    assert error.value.code == "forbidden"
    assert ApiToken.objects.for_key(key) == token


def test_page_shows_new_key_once(coordinator_client, coordinator):
    response = coordinator_client.post(TOKENS_URL, {"name": "KPI import", "expires_on": ""})
    assert response.status_code == 200
    token = ApiToken.objects.get(user=coordinator)
    key = response.context["new_key"]
    assert ApiToken.objects.for_key(key) == token
    assert key in response.text
    again = coordinator_client.get(TOKENS_URL)
    assert key not in again.text
    assert f'data-token="{token.prefix}"' in again.text
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_page_takes_buddhist_era_expiry_as_end_of_that_day(coordinator_client, coordinator):
    next_year = timezone.localdate().year + 1
    coordinator_client.post(TOKENS_URL, {"name": "x", "expires_on": f"31/12/{next_year + 543}"})
    expires = timezone.localtime(ApiToken.objects.get(user=coordinator).expires_at)
    assert (expires.year, expires.month, expires.day, expires.hour) == (next_year, 12, 31, 23)


def test_page_refuses_past_expiry_and_keeps_the_name(coordinator_client):
    response = coordinator_client.post(
        TOKENS_URL, {"name": "my script", "expires_on": "01/01/2560"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["expires_on"]
    assert 'value="my script"' in response.text
    assert not ApiToken.objects.exists()


def test_page_lists_only_own_tokens(coordinator_client, secretariat):
    api_token_create(user=secretariat, name="secretariat-script")
    response = coordinator_client.get(TOKENS_URL)
    assert response.status_code == 200
    assert "secretariat-script" not in response.text


def test_revoke_from_page(coordinator_client, coordinator):
    token, key = api_token_create(user=coordinator, name="x")
    response = coordinator_client.post(reverse("accounts:api_token_revoke", args=[token.pk]))
    assert response.status_code == 302
    assert ApiToken.objects.for_key(key) is None


def test_revoking_another_persons_token_from_page_is_404(coordinator_client, secretariat):
    token, key = api_token_create(user=secretariat, name="x")
    response = coordinator_client.post(reverse("accounts:api_token_revoke", args=[token.pk]))
    assert response.status_code == 404
    assert ApiToken.objects.for_key(key) == token


def test_revoke_needs_post(coordinator_client, coordinator):
    token, _ = api_token_create(user=coordinator, name="x")
    response = coordinator_client.get(reverse("accounts:api_token_revoke", args=[token.pk]))
    assert response.status_code == 405


def test_page_refused_without_role(no_role_client):
    assert no_role_client.get(TOKENS_URL).status_code == 403


def test_page_redirects_anonymous_to_login(anonymous_client):
    response = anonymous_client.get(TOKENS_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_profile_links_to_tokens_for_people_with_a_role(coordinator_client, no_role_client):
    assert TOKENS_URL in coordinator_client.get(reverse("dashboard:profile")).text
    assert TOKENS_URL not in no_role_client.get(reverse("dashboard:profile")).text

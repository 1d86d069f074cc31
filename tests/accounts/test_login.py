"""Signing in: success, the wrong-password message, throttling and sessions."""

import pytest
from django.conf import settings
from django.urls import reverse

from loetrat.accounts.models import LoginFailure
from loetrat.core.models import AuditEvent
from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD

LOGIN_URL = reverse("accounts:login")


@pytest.fixture
def person(db):
    return UserFactory(username="somchai")


def _login(client, username, password, **extra):
    return client.post(LOGIN_URL, {"username": username, "password": password}, **extra)


def _error_codes(response) -> list[str]:
    if response.status_code != 200:
        return []
    return [error.code for error in response.context["form"].non_field_errors().as_data()]


def _shown_errors(response) -> list[str]:
    return [str(message) for message in response.context["form"].non_field_errors()]


def test_login_page_is_public(anonymous_client):
    response = anonymous_client.get(LOGIN_URL)
    assert response.status_code == 200
    assert 'name="password"' in response.text


def test_signed_in_person_visiting_login_goes_to_dashboard(no_role_client):
    response = no_role_client.get(LOGIN_URL)
    assert response.status_code == 302
    assert response.url == reverse("dashboard:home")


def test_correct_password_signs_in_and_redirects_to_dashboard(client, person):
    response = _login(client, "somchai", PASSWORD)
    assert response.status_code == 302
    assert response.url == reverse("dashboard:home")
    assert client.get(reverse("dashboard:home")).context["user"] == person


def test_successful_login_is_audited(client, person):
    _login(client, "somchai", PASSWORD)
    event = AuditEvent.objects.get(action="accounts.user.logged_in")
    assert event.actor == person


def test_login_sets_language_cookie_from_account(client, person):
    person.language = "en"
    person.save()
    response = _login(client, "somchai", PASSWORD)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_wrong_password_shows_message_and_records_failure(client, person):
    response = _login(client, "somchai", "not-the-password")
    assert _error_codes(response) == ["invalid_login"]
    assert all(message in response.text for message in _shown_errors(response))
    assert "_auth_user_id" not in client.session
    assert LoginFailure.objects.filter(username="somchai").count() == 1


def test_login_keeps_the_typed_username_after_failure(client, person):
    response = _login(client, "somchai", "nope")
    assert 'value="somchai"' in response.text


def test_throttled_after_limit_even_with_right_password(client, person, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    for _ in range(3):
        assert _error_codes(_login(client, "somchai", "wrong")) == ["invalid_login"]
    response = _login(client, "somchai", PASSWORD)
    assert _error_codes(response) == ["throttled"]
    assert all(message in response.text for message in _shown_errors(response))
    assert "_auth_user_id" not in client.session


def test_throttling_ignores_username_case(client, person, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    _login(client, "somchai", "wrong")
    _login(client, "SOMCHAI", "wrong")
    assert _error_codes(_login(client, "somchai", PASSWORD)) == ["throttled"]


def test_failures_outside_the_window_do_not_throttle(client, person, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    settings.LOGIN_FAILURE_WINDOW_SECONDS = 0
    _login(client, "somchai", "wrong")
    _login(client, "somchai", "wrong")
    assert _login(client, "somchai", PASSWORD).status_code == 302


def test_one_address_trying_many_accounts_is_throttled(client, db, settings):
    settings.LOGIN_FAILURE_LIMIT = 1
    UserFactory(username="target")
    for index in range(10):
        _login(client, f"guess{index}", "wrong", REMOTE_ADDR="203.0.113.9")
    response = _login(client, "target", PASSWORD, REMOTE_ADDR="203.0.113.9")
    assert _error_codes(response) == ["throttled"]
    assert _login(client, "target", PASSWORD, REMOTE_ADDR="203.0.113.10").status_code == 302


def test_guessing_from_elsewhere_does_not_lock_the_owner_out(client, person, settings):
    settings.LOGIN_FAILURE_LIMIT = 5
    for _ in range(5):
        _login(client, "somchai", "wrong", REMOTE_ADDR="198.51.100.7")
    assert _error_codes(_login(client, "somchai", PASSWORD, REMOTE_ADDR="198.51.100.7")) == [
        "throttled"
    ]
    assert _login(client, "somchai", PASSWORD, REMOTE_ADDR="203.0.113.20").status_code == 302


def test_a_shared_address_is_not_shut_by_its_peoples_typos(client, person, settings):
    settings.LOGIN_FAILURE_LIMIT = 5
    for index in range(15):  # three colleagues behind one address, five typos each
        _login(client, f"colleague{index % 3}", "wrong", REMOTE_ADDR="192.0.2.1")
    assert _login(client, "somchai", PASSWORD, REMOTE_ADDR="192.0.2.1").status_code == 302


def test_guessing_one_account_from_many_addresses_is_throttled(client, person, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    for index in range(8):
        _login(client, "somchai", "wrong", REMOTE_ADDR=f"198.51.100.{index}")
    response = _login(client, "somchai", PASSWORD, REMOTE_ADDR="203.0.113.20")
    assert _error_codes(response) == ["throttled"]


def test_failed_and_throttled_logins_are_audited(client, person, settings):
    from loetrat.core.models import AuditEvent

    settings.LOGIN_FAILURE_LIMIT = 1
    _login(client, "somchai", "wrong")
    _login(client, "somchai", PASSWORD)
    actions = list(AuditEvent.objects.order_by("pk").values_list("action", flat=True))
    assert actions[-2:] == ["accounts.login.failed", "accounts.login.throttled"]


def test_failures_below_limit_are_cleared_after_success(client, person, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    _login(client, "somchai", "wrong")
    _login(client, "somchai", "wrong")
    assert _login(client, "somchai", PASSWORD).status_code == 302
    assert not LoginFailure.objects.filter(username="somchai").exists()


def test_inactive_account_cannot_sign_in(client, person):
    person.is_active = False
    person.save()
    response = _login(client, "somchai", PASSWORD)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_session_ends_with_browser_and_after_working_day(client, person):
    _login(client, "somchai", PASSWORD)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == ""
    assert cookie["expires"] == ""
    assert cookie["httponly"] is True
    assert client.session.get_expire_at_browser_close() is True
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60


def test_session_expiry_slides_but_is_saved_at_most_every_few_minutes(client, person, settings):
    from django.contrib.sessions.models import Session

    settings.SESSION_REFRESH_SECONDS = 300
    _login(client, "somchai", PASSWORD)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.get("/dashboard/")  # first use marks the refresh time
    first_expiry = Session.objects.get(session_key=key).expire_date
    client.get("/dashboard/")
    assert Session.objects.get(session_key=key).expire_date == first_expiry
    settings.SESSION_REFRESH_SECONDS = 0
    client.get("/dashboard/")
    assert Session.objects.get(session_key=key).expire_date > first_expiry


def test_a_plain_page_view_does_not_write_the_session(client, person, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _login(client, "somchai", PASSWORD)
    client.get("/dashboard/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/dashboard/")
    writes = [q["sql"] for q in queries if "django_session" in q["sql"] and "UPDATE" in q["sql"]]
    assert writes == []


def test_logout_ends_the_session(client, person):
    _login(client, "somchai", PASSWORD)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert response.url == reverse("publishing:home")
    assert "_auth_user_id" not in client.session


def test_the_admin_signs_in_only_through_the_throttled_login(client, db, settings):
    settings.LOGIN_FAILURE_LIMIT = 1
    admin_user = UserFactory(username="root", is_staff=True, is_superuser=True)
    admin_user.set_password(PASSWORD)
    admin_user.save()
    page = client.get("/admin/login/?next=/admin/")
    assert page.status_code == 302 and page["Location"] == "/accounts/login/?next=/admin/"
    posted = client.post("/admin/login/", {"username": "root", "password": PASSWORD})
    assert posted.status_code == 302 and "_auth_user_id" not in client.session
    _login(client, "root", "wrong")
    assert _error_codes(_login(client, "root", PASSWORD)) == ["throttled"]

"""The language switch: a cookie for everyone, the account for signed-in people."""

from django.conf import settings
from django.urls import reverse

SWITCH_URL = reverse("accounts:language")


def test_anonymous_switch_sets_cookie_and_returns_to_page(anonymous_client):
    response = anonymous_client.post(SWITCH_URL, {"language": "en", "next": "/accounts/login/"})
    assert response.status_code == 302
    assert response.url == "/accounts/login/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_switched_language_is_used_on_next_page(anonymous_client):
    anonymous_client.post(SWITCH_URL, {"language": "en"})
    page = anonymous_client.get(reverse("accounts:login"))
    assert '<html lang="en">' in page.text


def test_signed_in_switch_saves_on_account(no_role_client, no_role_user):
    no_role_client.post(SWITCH_URL, {"language": "en", "next": "/dashboard/"})
    no_role_user.refresh_from_db()
    assert no_role_user.language == "en"


def test_off_site_next_is_replaced_by_home(anonymous_client):
    response = anonymous_client.post(
        SWITCH_URL, {"language": "en", "next": "https://evil.example.com/"}
    )
    assert response.status_code == 302
    assert response.url == reverse("publishing:home")


def test_scheme_relative_next_is_refused(anonymous_client):
    response = anonymous_client.post(SWITCH_URL, {"language": "en", "next": "//evil.example.com"})
    assert response.url == reverse("publishing:home")


def test_unknown_language_sets_nothing(no_role_client, no_role_user):
    response = no_role_client.post(SWITCH_URL, {"language": "xx"})
    assert response.status_code == 302
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    no_role_user.refresh_from_db()
    assert no_role_user.language == "th"


def test_get_is_not_allowed(anonymous_client):
    assert anonymous_client.get(SWITCH_URL).status_code == 405


def test_the_language_cookie_set_at_login_follows_the_cookie_settings(client, settings, db):
    from tests.factories import UserFactory

    settings.LANGUAGE_COOKIE_SECURE = True
    user = UserFactory(username="en.person", language="en")
    user.set_password("a-long-password-1")
    user.save()
    response = client.post(
        "/accounts/login/", {"username": "en.person", "password": "a-long-password-1"}
    )
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en" and cookie["secure"] is True


def test_thai_is_the_default_whatever_the_browser_asks(anonymous_client):
    page = anonymous_client.get(reverse("accounts:login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="th">' in page.text
    assert page["Content-Language"] == "th"


def test_a_chosen_language_sticks_against_the_browser(anonymous_client):
    anonymous_client.post(SWITCH_URL, {"language": "en"})
    page = anonymous_client.get(reverse("accounts:login"), HTTP_ACCEPT_LANGUAGE="th")
    assert '<html lang="en">' in page.text


def test_the_account_language_is_used_without_the_cookie(no_role_client, no_role_user):
    no_role_user.language = "en"
    no_role_user.save(update_fields=["language"])
    no_role_client.cookies.pop(settings.LANGUAGE_COOKIE_NAME, None)
    page = no_role_client.get("/dashboard/", HTTP_ACCEPT_LANGUAGE="th")
    assert '<html lang="en">' in page.text
    no_role_client.post(SWITCH_URL, {"language": "th"})
    page = no_role_client.get("/dashboard/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="th">' in page.text

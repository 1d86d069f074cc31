"""Password reset by e-mail and password change."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD

NEW_PASSWORD = "a-new-and-long-passphrase-42"


@pytest.fixture
def person(db):
    return UserFactory(username="malee", email="malee@example.go.th")


def _reset_link(message) -> str:
    match = re.search(r"https?://testserver(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def test_reset_page_is_public(anonymous_client):
    assert anonymous_client.get(reverse("accounts:password_reset")).status_code == 200


def test_reset_sends_mail_with_working_link(client, person):
    response = client.post(reverse("accounts:password_reset"), {"email": "malee@example.go.th"})
    assert response.status_code == 302
    assert response.url == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["malee@example.go.th"]
    assert "malee" in message.body

    form_page = client.get(_reset_link(message), follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0]
    done = client.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    assert done.url == reverse("accounts:password_reset_complete")
    person.refresh_from_db()
    assert person.check_password(NEW_PASSWORD)


def test_reset_link_works_only_once(client, person):
    client.post(reverse("accounts:password_reset"), {"email": person.email})
    link = _reset_link(mail.outbox[0])
    set_url = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    again = client.get(link, follow=True)
    assert "new_password1" not in again.text


def test_reset_for_unknown_address_sends_nothing_but_looks_the_same(client, person):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.go.th"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_password_change_requires_login(anonymous_client):
    response = anonymous_client.get(reverse("accounts:password_change"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_password_change_with_old_password(client, person):
    client.force_login(person)
    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert response.url == reverse("accounts:password_change_done")
    person.refresh_from_db()
    assert person.check_password(NEW_PASSWORD)
    assert client.get(reverse("dashboard:profile")).status_code == 200


def test_password_change_refuses_wrong_old_password(client, person):
    client.force_login(person)
    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["old_password"]
    person.refresh_from_db()
    assert person.check_password(PASSWORD)


def test_reset_mails_are_limited_per_inbox_and_per_address(client, person):
    from django.core import mail

    url = reverse("accounts:password_reset")
    for _ in range(3):
        assert client.post(url, {"email": person.email}).status_code == 302
    refused = client.post(url, {"email": person.email})
    assert refused.status_code == 429 and len(mail.outbox) == 3
    assert 'class="form-errors" role="alert"' in refused.text
    for index in range(7):  # the same address asking for other inboxes
        client.post(url, {"email": f"other{index}@example.go.th"})
    assert client.post(url, {"email": "last@example.go.th"}).status_code == 429

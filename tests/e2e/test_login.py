"""Logging in through the real form, as every demo role, and what each one then sees."""

import re

import pytest

from loetrat.organizations.demo import DEMO_PASSWORD

from .helpers import focused, logout, nav_hrefs, snap

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

SECRETARIAT_PANELS = {"awards", "actions", "bodies", "audit", "my_bodies"}
ROLES = {
    # username: (the dashboard panels, whether the secretariat's menu entries are shown)
    "opdc.admin": (SECRETARIAT_PANELS, True),
    "opdc.officer": (SECRETARIAT_PANELS, True),
    "rd.coordinator": ({"coordinator", "actions", "my_bodies"}, False),
    "rd.head": ({"head", "actions", "my_bodies"}, False),
    "assessor": ({"assessor", "my_bodies"}, False),
    "committee": ({"committee", "my_bodies"}, False),
    "evaluator": ({"evaluator", "my_bodies"}, False),
}


def fill_login(page, username: str, password: str) -> None:
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("main form button[type=submit]").click()


@pytest.mark.parametrize("username", list(ROLES))
def test_each_role_logs_in_and_sees_its_dashboard(page, demo, username):
    panels, secretariat = ROLES[username]
    page.goto("/accounts/login/")
    fill_login(page, username, DEMO_PASSWORD)
    page.wait_for_url("**/dashboard/")

    shown = set(page.locator("[data-panel]").evaluate_all("els => els.map(e => e.dataset.panel)"))
    assert shown == panels
    hrefs = nav_hrefs(page)
    assert "/dashboard/" in hrefs
    assert ("/organizations/" in hrefs) is secretariat
    assert ("/audit/" in hrefs) is secretariat
    if username in {"opdc.officer", "rd.coordinator"}:
        snap(page, f"dashboard-{username}")
    if not secretariat:
        assert page.goto("/audit/").status == 403
        assert page.goto("/organizations/").status == 403
        page.goto("/dashboard/")

    logout(page)
    assert page.locator('header a[href="/accounts/login/"]').is_visible()
    page.goto("/dashboard/")
    assert "/accounts/login/" in page.url


def test_wrong_password_shows_the_error_and_keeps_the_username(page, demo):
    page.goto("/accounts/login/")
    snap(page, "login-th")
    fill_login(page, "rd.coordinator", "not-the-password")

    error = page.locator("main form .form-errors[role=alert]")
    assert error.is_visible()
    assert error.inner_text().strip()
    assert page.locator("#id_username").input_value() == "rd.coordinator"
    assert page.locator("#id_password").input_value() == ""
    assert focused(page)["id"] == "id_password"
    assert page.url.endswith("/accounts/login/")
    snap(page, "login-error")


def test_login_form_works_with_the_keyboard_only(page, demo):
    page.goto("/accounts/login/?next=/organizations/")
    # The username field has autofocus; going back from it reaches the skip link, which still
    # leads into the form.
    assert focused(page)["id"] == "id_username"
    for _ in range(4):  # the header's log-in link, language button and brand, then the skip link
        page.keyboard.press("Shift+Tab")
    assert focused(page)["cls"] == "skip-link"
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_username"
    page.keyboard.type("opdc.officer")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_password"
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Tab")
    assert focused(page)["tag"] == "button"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"^[^?]*/organizations/(#main)?$"))
    assert page.locator("main form.filters").is_visible()

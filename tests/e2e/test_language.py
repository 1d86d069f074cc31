"""Anonymous visitors: Thai by default, English with one button, and the choice is remembered."""

import pytest

from .helpers import THAI, snap

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def test_language_switch_is_remembered_across_pages(page, demo):
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "th"
    snap(page, "home-th")

    page.get_by_role("button", name="English").click()
    page.wait_for_url("**/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().startswith("Loetrat")
    assert page.get_by_role("button", name="ภาษาไทย").is_visible()
    snap(page, "home-en")

    page.locator("header").get_by_role("link", name="Log in").click()
    page.wait_for_url("**/accounts/login/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Log in to Loetrat"
    snap(page, "login-en")

    page.get_by_role("button", name="ภาษาไทย").click()
    page.wait_for_url("**/accounts/login/")
    assert page.locator("html").get_attribute("lang") == "th"
    assert page.get_by_role("button", name="English").is_visible()
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "th"


def test_home_and_login_headings_are_in_thai(page, demo):
    page.goto("/")
    assert THAI.search(page.get_by_role("heading", level=1).inner_text())
    page.goto("/accounts/login/")
    assert THAI.search(page.get_by_role("heading", level=1).inner_text())
    assert THAI.search(page.locator("main form button[type=submit]").inner_text())

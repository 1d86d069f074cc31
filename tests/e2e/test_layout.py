"""Keyboard access, phone layout and the strict Content Security Policy on every main page."""

import pytest

from .helpers import PHONE, focused, horizontal_overflow, snap

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

SECRETARIAT_PAGES = [
    "/",
    "/dashboard/",
    "/dashboard/profile/",
    "/organizations/",
    "/organizations/?q=กรม&kind=department&sort=-code&page=2",
    "/organizations/MOF/",
    "/organizations/MOF-RD/",
    "/audit/",
    "/audit/?date_from=01/01/2569",
]


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, demo):
    page.goto("/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["cls"] == "skip-link"
    assert first["href"] == "#main"
    assert page.locator(".skip-link").is_visible()
    snap(page, "skip-link-focused")
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.getElementById('main').contains(document.activeElement)")


def test_focus_is_visible_on_links_and_buttons(page, demo):
    page.goto("/")
    for _ in range(3):
        page.keyboard.press("Tab")
        outline = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
        assert outline[0] != "none"
        assert outline[1] >= 2


@pytest.mark.parametrize("language", ["th", "en"])
def test_phone_pages_do_not_scroll_sideways(page, login_as, language):
    page.set_viewport_size(PHONE)
    page.goto("/")
    if language == "en":
        page.get_by_role("button", name="English").click()
        page.wait_for_url("**/")
    assert horizontal_overflow(page) <= 0
    snap(page, f"phone-home-{language}")

    login_as("opdc.admin")
    for path, name in [
        ("/dashboard/", "dashboard"),
        ("/organizations/", "organizations"),
        ("/organizations/MOF/", "organization-detail"),
        ("/audit/", "audit"),
    ]:
        page.goto(path)
        assert horizontal_overflow(page) <= 0, path
        snap(page, f"phone-{name}-{language}")

    page.goto("/dashboard/")
    nav_link = page.locator("nav.site-nav a[href='/organizations/']")
    assert nav_link.is_visible()
    box = nav_link.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= PHONE["width"]
    assert box["height"] >= 24
    nav_link.click()
    page.wait_for_url("**/organizations/")
    assert page.locator(".site-header__tools button[type=submit]").last.is_visible()


def test_no_content_security_policy_violations(page, login_as):
    login_as("opdc.admin")
    for path in SECRETARIAT_PAGES:
        response = page.goto(path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
    violations = [text for text in page.console_errors if "Content Security Policy" in text]
    assert violations == []
    assert page.console_errors == []

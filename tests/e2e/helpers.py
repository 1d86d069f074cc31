"""Small helpers the journeys share: screenshots to look at, and layout checks."""

import re

from .conftest import ARTIFACTS

SCREENS = ARTIFACTS / "screens"
THAI = re.compile(r"[\u0E01-\u0E5B]")
PHONE = {"width": 390, "height": 844}


def snap(page, name: str, max_height: int = 2400) -> None:
    """Save a screenshot of the page's top `max_height` pixels as
    test-artifacts/screens/<name>.png (git ignores it). Long lists are cut: capturing a 20,000
    pixel phone page costs seconds and shows nothing new."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    width, height = page.evaluate(
        "() => [document.documentElement.clientWidth, document.documentElement.scrollHeight]"
    )
    page.screenshot(
        path=str(SCREENS / f"{name}.png"),
        full_page=True,
        clip={"x": 0, "y": 0, "width": width, "height": min(height, max_height)},
    )


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def focused(page) -> dict:
    """What has the keyboard focus: tag, id, name, class and text."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return {tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'),
                    cls: el.className, text: (el.textContent || '').trim(),
                    href: el.getAttribute('href')};
        }"""
    )


def nav_hrefs(page) -> list[str]:
    return page.locator("nav.site-nav a").evaluate_all("links => links.map(a => a.pathname)")


def logout(page) -> None:
    page.locator('form[action$="/accounts/logout/"] button[type="submit"]').click()
    page.wait_for_url(re.compile(r"/$"))

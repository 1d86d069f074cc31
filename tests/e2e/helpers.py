"""Small helpers the journeys share: screenshots to look at, and layout checks."""

import re
from pathlib import Path

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


def tiny_pdf(text: str = "Loetrat e2e") -> bytes:
    """A small, valid one-page PDF (correct cross-reference table) saying `text`."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def download(page, trigger) -> tuple[str, bytes]:
    """Click `trigger` (a locator) and return the downloaded file's suggested name and bytes."""
    with page.expect_download() as info:
        trigger.click()
    item = info.value
    return item.suggested_filename, Path(item.path()).read_bytes()


def wide_elements(page, limit: int = 8) -> list[str]:
    """The outermost elements reaching past the right edge of the viewport, to explain a
    horizontal_overflow: tag#id.class and how many pixels they stick out."""
    return page.evaluate(
        """(limit) => {
            const width = document.documentElement.clientWidth, found = [];
            for (const el of document.body.querySelectorAll('*')) {
                const right = el.getBoundingClientRect().right;
                if (right > width + 0.5 && !found.some(f => f.el.contains(el))) {
                    found.push({el, right});
                }
            }
            const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                (typeof el.className === 'string' && el.className.trim()
                    ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const px = (f) => Math.round(f.right - width);
            return found.slice(0, limit).map(f => `${name(f.el)} +${px(f)}px`);
        }""",
        limit,
    )

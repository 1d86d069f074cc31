"""Take the README's screenshots of a throw-away demo site.

    make install-test                      # once: Playwright and Debian's chromium
    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--keep]

It migrates a temporary SQLite database, loads the demo (public bodies, criteria, award cycles
2565 and 2566 and the demo applications), collects the static files, serves the site with granian
on http://127.0.0.1:8765 (DEBUG off, static files served by granian) and drives /usr/bin/chromium
with Playwright: the secretariat's pages as opdc.admin, an application form as rd.coordinator and
an application waiting for endorsement as rd.head. Nothing outside the temporary directory and the
output folder is touched; the temporary directory is removed afterwards unless --keep is given.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GRANIAN = ROOT / ".venv" / "bin" / "granian"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOST, PORT = "127.0.0.1", 8765
BASE = f"http://{HOST}:{PORT}"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
MAX_BYTES = 250_000
PASSWORD = "loetrat-demo-2566"  # see loetrat/organizations/demo.py
LOGIN = ("opdc.admin", PASSWORD)
BODY_CODE = "MOF-RD"  # the Revenue Department: an agency with demo people in it
# Demo applications (loetrat/awards/demo_applications.py), found by title because ids vary.
RETURNED_TITLE = "เครือข่ายอาสาสมัครภาษีชุมชน"  # returned by rd.head: rd.coordinator edits it
AWAITING_TITLE = "คืนภาษีเงินได้บุคคลธรรมดาภายใน 3 วัน"  # waiting for rd.head's endorsement


def site_environment(var_dir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # Never point the throw-away site at a real database, object store or mail server.
        if key not in {"DATABASE_URL", "S3_BUCKET", "EMAIL_BACKEND", "MEDIA_ROOT"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.local",
        LOETRAT_VAR_DIR=str(var_dir),
        DEBUG="false",
        ALLOWED_HOSTS=HOST,
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([str(PYTHON), "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_until_up(server: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"granian exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"{BASE}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError(f"the site did not answer on {BASE}/healthz within {timeout} s")


@contextlib.contextmanager
def running_site(var_dir: Path):
    env = site_environment(var_dir)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "-v0")
    server = subprocess.Popen(
        [
            str(GRANIAN),
            "--interface",
            "wsgi",
            "config.wsgi:application",
            "--host",
            HOST,
            "--port",
            str(PORT),
            "--workers",
            "1",
            "--static-path-mount",
            str(var_dir / "static"),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(server)
        yield
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def save_small_png(png: bytes, path: Path) -> int:
    """Write the screenshot, reduced to a 256-colour palette when that is needed to stay small."""
    if len(png) > MAX_BYTES:
        from PIL import Image  # Pillow comes with WeasyPrint

        image = Image.open(io.BytesIO(png)).convert("RGB")
        buffer = io.BytesIO()
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(
            buffer, format="PNG", optimize=True
        )
        png = buffer.getvalue()
    path.write_bytes(png)
    return len(png)


def settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")


def shoot(page, url: str, path: Path) -> None:
    page.goto(BASE + url)
    settle(page)
    size = save_small_png(page.screenshot(), path)
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size // 1024} KB")
    if size > MAX_BYTES:
        print(f"    warning: larger than {MAX_BYTES // 1000} KB", file=sys.stderr)


def log_in(page, username: str, password: str = PASSWORD) -> None:
    page.goto(BASE + "/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{BASE}/dashboard/")


def application_url(page, title: str) -> str:
    """The path of a demo application, read from the applications list the person sees."""
    page.goto(BASE + "/awards/applications/")
    href = page.locator("main a", has_text=title).first.get_attribute("href")
    if not href:
        raise RuntimeError(f"no demo application called {title!r} in the list")
    return href


def take_screenshots(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            thai = browser.new_context(viewport=DESKTOP, locale="th-TH")
            page = thai.new_page()
            shoot(page, "/", out / "home-th.png")
            shoot(page, "/accounts/login/", out / "login.png")
            page.fill("input[name=username]", LOGIN[0])
            page.fill("input[name=password]", LOGIN[1])
            page.click("main button[type=submit]")
            page.wait_for_url(f"{BASE}/dashboard/")
            shoot(page, "/dashboard/", out / "dashboard-secretariat.png")
            shoot(page, "/organizations/", out / "organizations.png")
            shoot(page, f"/organizations/{BODY_CODE}/", out / "organization-detail.png")
            shoot(page, "/audit/", out / "audit-log.png")
            # Awards and criteria (issue 3), as the secretariat administrator.
            shoot(page, "/awards/cycles/2566/", out / "cycle-2566.png")
            shoot(page, "/awards/cycles/2566/changes/2565/", out / "cycle-changes.png")
            shoot(page, "/awards/cycles/2566/workspace/", out / "workspace.png")
            shoot(page, "/frameworks/PMQA-4.0/2566/", out / "framework-version.png")
            thai.close()

            coordinator = browser.new_context(viewport=DESKTOP, locale="th-TH")
            page = coordinator.new_page()
            log_in(page, "rd.coordinator")
            edit_url = application_url(page, RETURNED_TITLE) + "edit/"
            shoot(page, edit_url, out / "application-edit.png")
            coordinator.close()

            head = browser.new_context(viewport=DESKTOP, locale="th-TH")
            page = head.new_page()
            log_in(page, "rd.head")
            shoot(page, application_url(page, AWAITING_TITLE), out / "application-endorse.png")
            head.close()

            english = browser.new_context(viewport=DESKTOP, locale="en-GB")
            english.add_cookies([{"name": "loetrat_language", "value": "en", "url": BASE}])
            shoot(english.new_page(), "/", out / "home-en.png")
            english.close()

            phone = browser.new_context(
                viewport=PHONE,
                device_scale_factor=2,
                is_mobile=True,
                has_touch=True,
                locale="th-TH",
            )
            shoot(phone.new_page(), "/", out / "home-phone.png")
            phone.close()
        finally:
            browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    options = parser.parse_args()
    for needed in (PYTHON, GRANIAN, Path(CHROMIUM)):
        if not needed.exists():
            print(f"{needed} is missing: run `make install-test` first.", file=sys.stderr)
            return 1
    var_dir = Path(tempfile.mkdtemp(prefix="loetrat-screenshots-"))
    try:
        with running_site(var_dir):
            print(f"Taking screenshots of {BASE} into {options.out}")
            take_screenshots(options.out.resolve())
    finally:
        if options.keep:
            print(f"Kept {var_dir}")
        else:
            shutil.rmtree(var_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Browser fixtures: one headless Debian Chromium per test session, a fresh context per test (Thai
locale, Bangkok time), the demo data in the live server's database, and artefacts on failure.

Every test here is marked `e2e` and grouped in one xdist worker (`--dist loadgroup`). When Chromium
is missing the tests skip; with CI=true the root conftest turns that skip into a failure."""

import os
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import Client

# The sync Playwright API runs an event loop in the test thread; the ORM must still be callable.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("LOETRAT_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DEFAULT_TIMEOUT_MS = 10_000
CSP_PATTERN = re.compile(r"Content Security Policy", re.IGNORECASE)


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.xdist_group("e2e"))


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item so the page fixture knows whether the test failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: make test installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


_DEMO_ROWS: list[tuple[type, list]] = []
# Not kept: Django's own tables, and the audit log of loading the demo (the importer records
# every body it creates; an event put back would be stamped with the time of putting it back,
# and the tests that read the log write the events they look for).
_NOT_DEMO_DATA = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "core.auditevent",
}


def _load_demo() -> None:
    """The demo is loaded once, through its loader, in a transaction rolled back once its rows
    are kept; every test, the first included, puts the same rows back in one bulk insert per
    table, since the transactional database is flushed after every test and loading the tree of
    bodies again would cost most of a second each time."""
    from loetrat.organizations.demo import load_demo_organizations

    if not _DEMO_ROWS:
        with transaction.atomic():
            load_demo_organizations()
            for model in apps.get_models():
                if model._meta.label_lower in _NOT_DEMO_DATA:
                    continue
                rows = list(model._base_manager.order_by("pk"))
                if rows:
                    _DEMO_ROWS.append((model, rows))
            transaction.set_rollback(True)
    with transaction.atomic():
        for model, rows in _DEMO_ROWS:
            model._base_manager.bulk_create(rows)
        statements = connection.ops.sequence_reset_sql(no_style(), [m for m, _ in _DEMO_ROWS])
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


@pytest.fixture
def demo(transactional_db):
    """The demo tree of public bodies and the seven demo accounts (password DEMO_PASSWORD)."""
    _load_demo()


@pytest.fixture
def context(browser, live_server):
    ctx = browser.new_context(
        base_url=live_server.url,
        locale="th-TH",
        timezone_id="Asia/Bangkok",
        viewport={"width": 1280, "height": 900},
    )
    ctx.set_default_timeout(DEFAULT_TIMEOUT_MS)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context, request):
    """A page that records console errors; a Content Security Policy violation on any page the
    test visited fails the test, and a failed test leaves a screenshot and the HTML behind."""
    tab = context.new_page()
    tab.console_errors = []

    def on_console(message):
        if message.type in {"error", "warning"}:
            tab.console_errors.append(f"{tab.url}: {message.text}")

    tab.on("console", on_console)
    tab.on("pageerror", lambda error: tab.console_errors.append(f"{tab.url}: {error}"))
    yield tab
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        _save_failure_artifacts(tab, request.node.nodeid)
    violations = [text for text in tab.console_errors if CSP_PATTERN.search(text)]
    tab.close()
    if violations and (report is None or report.passed):
        pytest.fail("Content Security Policy violations:\n" + "\n".join(violations))


def _save_failure_artifacts(tab, nodeid: str) -> None:
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid)[-150:]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        (ARTIFACTS / f"{name}.html").write_text(tab.content(), encoding="utf-8")
    except Exception as error:  # noqa: BLE001 - artefacts must never hide the real failure
        (ARTIFACTS / f"{name}.txt").write_text(f"Could not save artefacts: {error}\n")


@pytest.fixture
def login_as(context, live_server, demo):
    """Sign a demo person in without the form: a session made by the test client, copied into
    the browser. The login form itself is exercised in test_login.py."""

    def _login(username: str):
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )

    return _login


@pytest.fixture
def cycle_2565(demo):
    """The demo criteria frameworks and award cycle 2565 (closed) only, as the secretariat has
    them before opening 2566: the starting point of the copy journey."""
    from loetrat.awards import demo_cycles
    from loetrat.frameworks.demo import load_demo_frameworks

    load_demo_frameworks()
    return demo_cycles._load_closed(demo_cycles._programme(), None)


@pytest.fixture
def cycle_2566(demo):
    """The demo cycles 2565 and 2566, with 2566 published and open today (no applications)."""
    from loetrat.awards.demo_cycles import load_demo_cycles
    from loetrat.awards.models import AwardCycle

    load_demo_cycles()
    return AwardCycle.objects.get(year_be=2566)


@pytest.fixture
def demo_applications(cycle_2566):
    """Cycle 2566 with the demo applications (the Revenue Department's in several states, other
    agencies' endorsed and submitted ones; their coordinators are `<prefix>.coordinator`)."""
    from loetrat.awards.demo_applications import load_demo_applications

    load_demo_applications()
    return cycle_2566

"""The award and criteria pages as people see them, on a desktop and on a phone: each page
opens, has its heading, raises no CSP error, leaves a screenshot in test-artifacts/screens/ to
look at, and on a 390 px phone nothing scrolls sideways."""

import re

import pytest

from .helpers import PHONE, horizontal_overflow, snap, wide_elements

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def visit(page, url: str, name: str, *, phone: bool = False) -> None:
    response = page.goto(url)
    assert response.status == 200, f"{url}: {response.status}"
    assert page.get_by_role("heading", level=1).first.inner_text().strip()
    snap(page, name)
    if phone:
        overflow = horizontal_overflow(page)
        if overflow:
            OVERFLOWS.append(f"{url}: {overflow}px ({name}): {wide_elements(page)}")


OVERFLOWS: list[str] = []


@pytest.fixture(autouse=True)
def no_sideways_scroll():
    """Every phone page is checked; the test fails after all were seen, listing each culprit."""
    OVERFLOWS.clear()
    yield
    assert not OVERFLOWS, "Pages wider than a 390 px phone:\n" + "\n".join(OVERFLOWS)


def application_pk(title: str) -> int:
    from loetrat.awards.models import Application

    return Application.objects.get(title_th=title).pk


def type_pk(code: str, year: int = 2566) -> int:
    from loetrat.awards.models import AwardType

    return AwardType.objects.get(code=code, cycle__year_be=year).pk


SUBMITTED = "ระบบยื่นแบบและชำระภาษีออนไลน์ครบวงจร"
PMQA_DRAFT = "ผลลัพธ์การดำเนินการหมวด 7 กรมสรรพากร"
AWAITING = "คืนภาษีเงินได้บุคคลธรรมดาภายใน 3 วัน"


def test_secretariat_pages_of_cycles_types_and_frameworks(page, login_as, demo_applications):
    login_as("opdc.officer")
    visit(page, "/awards/", "awards-cycles")
    visit(page, "/awards/cycles/2566/", "awards-cycle-2566")
    visit(page, "/awards/cycles/2566/changes/2565/", "awards-cycle-diff-2565-2566")
    assert page.locator("li.diff-added").count() >= 2
    assert page.locator("li.diff-removed").count() >= 1
    visit(page, "/awards/cycles/2565/copy/", "awards-cycle-copy-form")
    pmqa = type_pk("PMQA-CATEGORY")
    visit(page, f"/awards/types/{pmqa}/", "awards-type-detail")
    for section in ("basics", "window", "framework", "levels", "stages", "eligibility", "form"):
        visit(page, f"/awards/types/{pmqa}/edit/{section}/", f"awards-type-edit-{section}")

    visit(page, "/frameworks/", "frameworks-list")
    visit(page, "/frameworks/PMQA-4.0/", "frameworks-detail")
    visit(page, "/frameworks/PMQA-4.0/2566/", "frameworks-version-tree")
    visit(page, "/frameworks/PMQA-4.0/diff/?old=2565&new=2566", "frameworks-diff")
    visit(page, "/frameworks/PMQA-4.0/2566/score/", "frameworks-score")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    snap(page, "frameworks-score-result")

    submitted = application_pk(SUBMITTED)
    visit(page, f"/awards/applications/{submitted}/", "awards-application-detail-secretariat")
    visit(page, "/awards/cycles/2566/workspace/", "awards-workspace")


def test_agency_pages_on_desktop_and_phone(page, login_as, demo_applications):
    login_as("rd.coordinator")
    visit(page, "/awards/applications/", "awards-applications-list")
    visit(page, "/awards/applications/new/", "awards-application-new-form")
    draft, submitted = application_pk(PMQA_DRAFT), application_pk(SUBMITTED)
    visit(page, f"/awards/applications/{draft}/edit/", "awards-application-edit-pmqa")
    visit(page, f"/awards/applications/{draft}/", "awards-application-detail-pmqa-draft")
    visit(page, f"/awards/applications/{submitted}/", "awards-application-detail-submitted")
    visit(page, f"/awards/applications/{submitted}/receipt/", "awards-application-receipt-demo")
    page.goto(f"/awards/applications/{submitted}/revisions/")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"revisions/\?.*a=\d"))
    snap(page, "awards-application-revisions-compare")

    page.set_viewport_size(PHONE)
    visit(page, "/awards/applications/", "phone-awards-applications-list", phone=True)
    visit(page, "/awards/applications/new/", "phone-awards-application-new", phone=True)
    visit(page, f"/awards/applications/{draft}/edit/", "phone-awards-application-edit", phone=True)
    visit(page, f"/awards/applications/{draft}/", "phone-awards-application-detail", phone=True)
    visit(
        page,
        f"/awards/applications/{submitted}/",
        "phone-awards-application-detail-submitted",
        phone=True,
    )
    visit(page, f"/awards/applications/{submitted}/receipt/", "phone-awards-receipt", phone=True)
    page.goto(f"/awards/applications/{submitted}/revisions/?a=1&b=2")
    snap(page, "phone-awards-revisions")
    assert horizontal_overflow(page) == 0


def test_secretariat_pages_on_a_phone(page, login_as, demo_applications):
    login_as("opdc.officer")
    page.set_viewport_size(PHONE)
    pmqa = type_pk("PMQA-CATEGORY")
    for url, name in (
        ("/awards/", "phone-awards-cycles"),
        ("/awards/cycles/2566/", "phone-awards-cycle"),
        ("/awards/cycles/2566/changes/2565/", "phone-awards-cycle-diff"),
        (f"/awards/types/{pmqa}/", "phone-awards-type"),
        (f"/awards/types/{pmqa}/edit/levels/", "phone-awards-type-edit-levels"),
        (f"/awards/types/{pmqa}/edit/form/", "phone-awards-type-edit-form"),
        ("/frameworks/", "phone-frameworks-list"),
        ("/frameworks/PMQA-4.0/2566/", "phone-frameworks-version"),
        ("/frameworks/PMQA-4.0/diff/?old=2565&new=2566", "phone-frameworks-diff"),
        ("/frameworks/PMQA-4.0/2566/score/", "phone-frameworks-score"),
    ):
        visit(page, url, name, phone=True)

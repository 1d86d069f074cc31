"""Issue 3, done when: tried as a new user would, in a real browser. The secretariat opens cycle
2566 by copying 2565 and sees what changed; an agency coordinator drafts, attaches and sends; the
head endorses; the coordinator submits and keeps the receipt; the secretariat finds the
application, screens it out and exports the list."""

import io
import re

import openpyxl
import pytest

from .helpers import download, snap, tiny_pdf

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

TYPE_CODE = "SV-INNOVATION"
TITLE = "ระบบนัดหมายยื่นภาษีล่วงหน้าผ่านไลน์"


def flash(page) -> str:
    return " ".join(page.locator(".messages, [role=status], [role=alert]").all_inner_texts())


def open_type_from_cycle(page, code: str) -> None:
    code_cell = page.locator("code", has_text=re.compile(f"^{code}$"))
    row = page.locator("main table tbody tr", has=code_cell)
    row.locator("a[href*='/awards/types/']").click()
    page.wait_for_url(re.compile(r"/awards/types/\d+/$"))


def secretariat_opens_2566_by_copying_2565(page, login_as) -> None:
    login_as("opdc.officer")
    page.goto("/dashboard/")
    page.locator("nav.site-nav a[href='/awards/']").click()
    page.wait_for_url("**/awards/")
    snap(page, "awards-cycles-before-copy")
    page.get_by_role("link", name=re.compile("2565")).first.click()
    page.wait_for_url("**/awards/cycles/2565/")
    page.get_by_role("link", name="คัดลอกไปปีถัดไป").click()
    page.wait_for_url("**/awards/cycles/2565/copy/")
    assert page.locator("#id_year_be").input_value() == "2566"
    snap(page, "awards-cycle-copy")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/awards/cycles/2566/")
    assert "2565" in flash(page)
    snap(page, "awards-cycle-2566-draft")

    # This year's rubric for one type: the approved 2566 version instead of last year's.
    open_type_from_cycle(page, TYPE_CODE)
    snap(page, "awards-type-detail-draft")
    page.locator("main a.edit-link[href$='/edit/framework/']").click()
    page.wait_for_url(re.compile(r"/edit/framework/$"))
    version = page.locator("#id_framework_version")
    option = version.locator("option", has_text=re.compile(f"RUBRIC-{TYPE_CODE} 2566"))
    version.select_option(option.get_attribute("value"))
    snap(page, "awards-type-edit-framework")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/awards/types/\d+/$"))
    assert "2566" in page.locator("section[aria-labelledby=criteria]").inner_text()

    # The copied window moved by a year and is in the past: open this type from today, as BE
    # dates the way an officer types them.
    page.locator("main a.edit-link[href$='/edit/window/']").click()
    page.wait_for_url(re.compile(r"/edit/window/$"))
    page.locator("#id_opens_on").fill("1/1/2566")
    page.locator("#id_opens_time").fill("08:30")
    page.locator("#id_closes_on").fill("31/12/2600")
    page.locator("#id_closes_time").fill("16:30")
    snap(page, "awards-type-edit-window")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/awards/types/\d+/$"))
    assert "2600" in page.locator("section[aria-labelledby=window]").inner_text()

    page.locator("nav.breadcrumbs a[href='/awards/cycles/2566/']").click()
    page.get_by_role("link", name=re.compile("2565.*2566")).click()
    page.wait_for_url("**/awards/cycles/2566/changes/2565/")
    changed = page.locator("li.diff-changed", has=page.locator("code", has_text=TYPE_CODE))
    assert changed.count() == 1
    assert f"RUBRIC-{TYPE_CODE} 2565 → RUBRIC-{TYPE_CODE} 2566" in changed.inner_text()
    snap(page, "awards-cycle-diff-copy")

    page.goto("/awards/cycles/2566/")
    page.get_by_role("button", name="เผยแพร่").click()
    page.wait_for_url("**/awards/cycles/2566/")
    assert page.locator(".page-header .badge").inner_text() == "เผยแพร่แล้ว" or "2566" in flash(page)
    snap(page, "awards-cycle-2566-published")


def coordinator_drafts_attaches_and_sends(page, login_as) -> str:
    login_as("rd.coordinator")
    page.goto("/dashboard/")
    page.locator("nav.site-nav a[href='/awards/applications/']").click()
    page.wait_for_url("**/awards/applications/")
    page.get_by_role("link", name="สมัครผลงานใหม่").click()
    page.wait_for_url("**/awards/applications/new/")
    award_type = page.locator("#id_award_type")
    option = award_type.locator("option", has_text=re.compile("2566 .*นวัตกรรมการบริการ"))
    award_type.select_option(option.get_attribute("value"))
    page.locator("#id_title_th").fill(TITLE)
    page.locator("#id_title_en").fill("Booking a tax-filing slot through LINE")
    snap(page, "awards-application-new")
    page.get_by_role("button", name="สร้างฉบับร่าง").click()
    page.wait_for_url(re.compile(r"/awards/applications/\d+/edit/$"))
    edit_url = page.url

    page.locator("#id_background").fill("ผู้เสียภาษีต้องต่อคิวนานในช่วงยื่นแบบ")
    page.locator("#id_problem").fill("คิวยาวเกิน 2 ชั่วโมงในเดือนมีนาคม")
    page.locator("#id_actions").fill("เปิดให้จองเวลาผ่านไลน์และแจ้งเตือนก่อนถึงคิว")
    page.locator("#id_started_on").fill("1/10/2565")
    page.locator("#id_results-0-indicator").fill("เวลารอคิวเฉลี่ย")
    page.locator("#id_results-0-unit").fill("นาที")
    page.locator("#id_results-0-before").fill("130")
    page.locator("#id_results-0-after").fill("15")
    page.locator("#id_beneficiaries").fill("250000")
    page.get_by_label("ประชาชนทั่วไป").check()
    page.locator("#id_evidence").set_input_files(
        {"name": "หลักฐาน-คิว.pdf", "mimeType": "application/pdf", "buffer": tiny_pdf()}
    )
    page.get_by_role("button", name="บันทึกฉบับร่าง").last.click()
    page.wait_for_url(edit_url)
    assert "บันทึกเป็นฉบับที่ 2" in flash(page)
    assert page.locator("#id_results-0-before").input_value() == "130"
    assert page.locator("#id_started_on").input_value() == "01/10/2565"
    assert page.locator(".file-list").get_by_role("link", name="หลักฐาน-คิว.pdf").is_visible()
    snap(page, "awards-application-edit-filled")

    page.get_by_role("button", name="บันทึกและเปิดดู").click()
    page.wait_for_url(re.compile(r"/awards/applications/\d+/$"))
    detail_url = page.url
    assert page.locator("#checks-title").is_visible()
    assert page.locator("ul.problems li").count() == 0
    snap(page, "awards-application-detail-draft")
    page.get_by_role("button", name="เสนอหัวหน้าส่วนราชการ").click()
    page.wait_for_url(detail_url)
    assert page.locator(".page-header .badge--awaiting_endorsement").is_visible()
    return detail_url


def test_issue_3_done_when_copy_apply_endorse_submit_screen_export(page, login_as, cycle_2565):
    secretariat_opens_2566_by_copying_2565(page, login_as)
    detail_url = coordinator_drafts_attaches_and_sends(page, login_as)

    # The head reads it from the list of the agency's applications and endorses it.
    login_as("rd.head")
    page.goto("/awards/applications/")
    page.get_by_role("link", name=TITLE).click()
    page.wait_for_url(detail_url)
    page.get_by_role("button", name="ให้ความเห็นชอบ").click()
    page.wait_for_url(detail_url)
    assert page.locator(".page-header .badge--endorsed").is_visible()

    # The coordinator submits, sees the receipt and downloads its PDF copy.
    login_as("rd.coordinator")
    page.goto(detail_url)
    snap(page, "awards-application-detail-endorsed")
    page.get_by_role("button", name="ส่งผลงาน").click()
    page.wait_for_url(re.compile(r"/receipt/$"))
    reference = page.locator("code.reference").inner_text().strip()
    assert re.fullmatch(r"\S*2566\S*", reference), reference
    snap(page, "awards-application-receipt")
    name, body = download(page, page.get_by_role("link", name=re.compile("PDF")))
    assert name == f"{reference}.pdf"
    assert body.startswith(b"%PDF-")

    # The secretariat finds it by reference, screens it out and exports the list.
    login_as("opdc.officer")
    page.goto("/awards/cycles/2566/")
    page.locator("main .action-bar a[href='/awards/cycles/2566/workspace/']").click()
    page.wait_for_url("**/awards/cycles/2566/workspace/")
    page.locator("#id_q").fill(reference)
    page.get_by_role("button", name="กรอง").click()
    page.wait_for_url(re.compile(r"q="))
    rows = page.locator("main table tbody tr")
    assert rows.count() == 1
    rows.get_by_role("link", name=TITLE).click()
    page.wait_for_url(detail_url)
    page.locator("#reason-screen_out").fill("ผลงานเริ่มดำเนินการไม่ถึง 1 ปี")
    page.get_by_role("button", name="คัดออก").click()
    page.wait_for_url(detail_url)
    assert page.locator(".page-header .badge--screened_out").is_visible()
    assert "ผลงานเริ่มดำเนินการไม่ถึง 1 ปี" in page.locator("main").inner_text()
    snap(page, "awards-application-detail-screened-out")

    page.goto("/awards/cycles/2566/workspace/")
    name, body = download(page, page.get_by_role("link", name=re.compile(r"\.xlsx")))
    assert name.endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(body), read_only=True).active
    cells = {str(cell) for row in sheet.iter_rows(values_only=True) for cell in row}
    assert reference in cells
    assert TITLE in cells

"""The secretariat sets up a committee in a real browser: creates it, starts its first term and
appoints its chair, a member with an account and its secretary, schedules a meeting, builds the
agenda in the standard Thai order, moves an item up with the keyboard and another to a different
part, and sends the agenda, after which the order is fixed. The pages are then seen in Thai and
English, on a desktop and a phone (screens in test-artifacts/screens/)."""

import datetime
import re

import pytest
from django.utils import timezone

from .helpers import PHONE, horizontal_overflow, snap, wide_elements

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

CODE = "award-assessors"


def be(day: datetime.date) -> str:
    return f"{day.day}/{day.month}/{day.year + 543}"


def submit(page) -> None:
    click(page, page.locator("main form button[type=submit]").last)


def click(page, target) -> None:
    """Click and wait for the page that answers (a redirect to the same page with another
    anchor included)."""
    with page.expect_navigation():
        target.click()


def create_committee(page) -> None:
    page.goto("/meetings/")
    click(page, page.get_by_role("link", name="เพิ่มคณะกรรมการ"))
    page.locator("#id_code").fill(CODE)
    page.locator("#id_kind").select_option("working_group")
    page.locator("#id_name_th").fill("คณะทำงานตรวจประเมินรางวัลเลิศรัฐ")
    page.locator("#id_name_en").fill("Working group of award assessors")
    page.locator("#id_abbreviation_th").fill("คณะทำงานตรวจประเมิน")
    parent = page.locator("#id_parent")
    option = parent.locator("option", has_text="ส่งเสริมการบริหารกิจการบ้านเมืองที่ดี").first
    parent.select_option(option.get_attribute("value"))
    snap(page, "committees-new-th")
    submit(page)
    page.wait_for_url(f"**/meetings/committees/{CODE}/terms/new/")


def start_term_and_appoint(page, today: datetime.date) -> None:
    page.locator("#id_starts_on").fill(be(today.replace(day=1)))
    page.locator("#id_ends_on").fill(be(today.replace(day=1, year=today.year + 2)))
    page.locator("#id_appointed_by_th").fill("คำสั่งสำนักงาน ก.พ.ร. ที่ 12/2569")
    submit(page)
    page.wait_for_url(re.compile(rf"/meetings/committees/{CODE}/terms/\d+/$"))
    for name, role, account in (
        ("นางสาวประธาน ตรวจดี", "chair", ""),
        ("นายกรรมการ ใจงาม", "member", "committee"),
        ("นางเลขา บันทึกดี", "secretary", ""),
    ):
        page.locator("#id_name_th").fill(name)
        page.locator("#id_role").select_option(role)
        page.locator("#id_account").fill(account)
        click(page, page.locator("#appoint button[type=submit]"))
        assert name in page.locator("table.seats").inner_text()
    # The same person twice is refused beside the field, and what was typed stays.
    page.locator("#id_name_th").fill("นายกรรมการ ใจงาม")
    page.locator("#id_role").select_option("member")
    click(page, page.locator("#appoint button[type=submit]"))
    assert "ดำรงตำแหน่งในวาระนี้อยู่แล้ว" in page.locator("#appoint").inner_text()
    assert page.locator("#id_name_th").input_value() == "นายกรรมการ ใจงาม"
    snap(page, "committees-term-th")


def schedule(page, day: datetime.date) -> None:
    page.goto(f"/meetings/committees/{CODE}/")
    snap(page, "committees-detail-th")
    click(page, page.get_by_role("link", name="นัดประชุม").first)
    page.locator("#id_day").fill(be(day))
    page.locator("#id_time").fill("13:30")
    page.locator("#id_mode").select_option("online")
    submit(page)
    page.wait_for_url(re.compile(r"/meetings/\d+/$"))


def add_item(page, section: int, title: str) -> None:
    page.locator("#add-item summary").click()
    page.locator("#id_section").select_option(str(section))
    page.locator("#id_title_th").fill(title)
    click(page, page.locator("#add-item button[type=submit]"))


def part_titles(page, number: int) -> list[str]:
    part = page.locator(f"section.agenda-part:has(#part-{number})")
    return [t.strip() for t in part.locator(".agenda-item__title").all_inner_texts()]


def test_the_secretariat_sets_up_a_committee_and_sends_an_agenda(page, login_as, demo):
    from loetrat.meetings.demo import load_demo_meetings

    load_demo_meetings()
    login_as("opdc.officer")
    today = timezone.localdate()
    create_committee(page)
    start_term_and_appoint(page, today)
    schedule(page, today + datetime.timedelta(days=14))
    meeting_url = page.url

    add_item(page, 5, "รายงานผลการตรวจประเมินรอบที่ 1")
    add_item(page, 4, "แนวทางการตรวจประเมิน ณ พื้นที่")
    add_item(page, 4, "รายชื่อผู้ตรวจประเมินประจำปี")
    add_item(page, 1, "ประธานแจ้งกำหนดการมอบรางวัล")
    assert part_titles(page, 4) == [
        "4.1 แนวทางการตรวจประเมิน ณ พื้นที่",
        "4.2 รายชื่อผู้ตรวจประเมินประจำปี",
    ]
    # Move 4.2 up with the keyboard only: focus its button and press Enter.
    item = page.locator("li.agenda-item", has_text="รายชื่อผู้ตรวจประเมินประจำปี")
    item.get_by_role("button", name="เลื่อนเรื่องที่ 4.2 ขึ้น").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert part_titles(page, 4)[0] == "4.1 รายชื่อผู้ตรวจประเมินประจำปี"
    # Move the report for information to "other matters" with the select.
    report = page.locator("li.agenda-item", has_text="รายงานผลการตรวจประเมินรอบที่ 1")
    report.locator("select[name=section]").select_option("6")
    click(page, report.get_by_role("button", name="ย้าย", exact=True))
    assert part_titles(page, 6) == ["6.1 รายงานผลการตรวจประเมินรอบที่ 1"]
    assert part_titles(page, 5) == []
    headings = page.locator("section.agenda-part > h3").all_inner_texts()
    assert headings[0].startswith("ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งที่ประชุมทราบ")
    assert headings[3].startswith("ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา")
    snap(page, "meetings-agenda-draft-th")

    click(page, page.get_by_role("button", name="ส่งระเบียบวาระการประชุม"))
    assert "ส่งแล้วเมื่อ" in page.locator("#agenda").inner_text()
    assert page.locator("button[name=direction], form[action$='/move/']").count() == 0
    snap(page, "meetings-agenda-sent-th")

    # The same pages in English and on a phone.
    page.context.add_cookies(
        [{"name": "loetrat_language", "value": "en", "url": page.url.split("/meetings")[0]}]
    )
    page.goto(meeting_url)
    assert "Part 4 Matters for consideration" in page.locator("#agenda").inner_text()
    snap(page, "meetings-agenda-sent-en")
    page.goto(f"/meetings/committees/{CODE}/")
    assert "Term from" in page.locator("main").inner_text()
    snap(page, "committees-detail-en")
    page.set_viewport_size(PHONE)
    overflows = []
    for url, name in (
        (meeting_url, "meetings-agenda-sent-en-phone"),
        (f"/meetings/committees/{CODE}/", "committees-detail-en-phone"),
        ("/meetings/committees/opdc-goodgov/", "committees-goodgov-en-phone"),
    ):
        page.goto(url)
        snap(page, name)
        if horizontal_overflow(page):
            overflows.append(f"{url}: {wide_elements(page)}")
    page.context.add_cookies(
        [{"name": "loetrat_language", "value": "th", "url": page.url.split("/meetings")[0]}]
    )
    page.goto("/meetings/committees/opdc-goodgov/")
    snap(page, "committees-goodgov-th-phone")
    if horizontal_overflow(page):
        overflows.append(f"goodgov th: {wide_elements(page)}")
    assert not overflows, overflows

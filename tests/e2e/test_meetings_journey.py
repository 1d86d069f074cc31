"""Issue 4, done when: tried as a new user would, in a real browser. The secretariat schedules
meeting 8/2566 of the sub-committee (its meetings 1 to 7 of 2566 were held on paper), puts the
2567 criteria version on the agenda from the version's page, records attendance and an approving
resolution with a follow-up action, and certifies the minutes. The criteria version is then
approved and frozen, the news page shows the summary, and the overdue action is on the agenda of
the next meeting."""

import re

import pytest

from .helpers import snap

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

SUBCOMMITTEE = "opdc-goodgov"
ACTION = "จัดทำคู่มือเกณฑ์ PMQA 4.0 ปี 2567 เผยแพร่ให้ส่วนราชการ"


@pytest.fixture
def meetings_demo(demo):
    """The demo criteria (PMQA 2567 is a draft waiting for approval) and the demo committees
    with their recorded meetings."""
    from loetrat.frameworks.demo import load_demo_frameworks
    from loetrat.meetings.demo import load_demo_meetings

    load_demo_frameworks()
    load_demo_meetings()


def flash(page) -> str:
    return " ".join(page.locator(".messages").all_inner_texts())


def schedule(page, *, day: str, number: str = "") -> None:
    page.goto("/meetings/")
    page.locator(f"main a[href='/meetings/committees/{SUBCOMMITTEE}/']").first.click()
    page.get_by_role("link", name="นัดประชุม").first.click()
    page.wait_for_url(f"**/meetings/committees/{SUBCOMMITTEE}/meetings/new/")
    page.locator("#id_day").fill(day)
    page.locator("#id_time").fill("09:30")
    page.locator("#id_mode").select_option("hybrid")
    page.locator("#id_place_th").fill("ห้องประชุม 1 สำนักงาน ก.พ.ร.")
    if number:
        page.locator("#id_sequence").fill(number)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/meetings/\d+/$"))


def put_2567_criteria_on_the_agenda(page) -> None:
    page.goto("/frameworks/PMQA-4.0/2567/")
    assert "/approve/" not in page.content()
    snap(page, "meetings-version-2567-draft")
    page.locator("a[href*='/meetings/propose/frameworks.frameworkversion/']").click()
    page.wait_for_url(re.compile(r"/meetings/propose/"))
    meetings = page.locator("#id_meeting")
    meetings.select_option(meetings.locator("option", has_text="8/2566").get_attribute("value"))
    page.locator("#id_presenter_th").fill("กองพัฒนาระบบราชการ สำนักงาน ก.พ.ร.")
    snap(page, "meetings-propose")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/meetings/\d+/#item-\d+$"))


def record_attendance_and_resolution(page) -> None:
    attendance = page.locator("form[action$='/attendance/']")
    for select in attendance.locator("select").all():
        select.select_option("present")
    attendance.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"#attendance$"))
    assert "ครบองค์ประชุม" in page.locator("main").inner_text()

    item = page.locator("li.agenda-item", has_text="PMQA-4.0 2567")
    item.locator("summary", has_text="บันทึกมติ").click()
    form = item.locator("form[action$='/resolution/']")
    form.get_by_label("ผลการพิจารณา").select_option("approved")
    form.get_by_label("มติ (ภาษาไทย)").fill(
        "ที่ประชุมเห็นชอบเกณฑ์ PMQA 4.0 สำหรับรอบปี 2567 และมอบหมายฝ่ายเลขานุการจัดทำคู่มือ"
    )
    row = form.locator("fieldset.action-row").first
    row.get_by_label("ข้อสั่งการ").fill(ACTION)
    row.get_by_label("หน่วยงานรับผิดชอบ (รหัส)").fill("OPDC")
    row.get_by_label("กำหนดเสร็จ").fill("31/10/2566")
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/meetings/\d+/"))
    assert item.locator(".resolution").count() == 1


def test_a_resolution_approves_the_2567_criteria(page, login_as, meetings_demo):
    login_as("opdc.officer")
    schedule(page, day="20/9/2566", number="8")
    assert "8/2566" in page.locator("h1").inner_text()
    meeting_url = page.url

    put_2567_criteria_on_the_agenda(page)
    record_attendance_and_resolution(page)
    snap(page, "meetings-8-2566-before-certifying")

    page.locator("form[action$='/certify/'] button[type=submit]").click()
    page.wait_for_url(meeting_url)
    assert "รายงานการประชุมครั้งนี้รับรองแล้ว" in page.locator("main").inner_text()

    # The version is approved, frozen, and says by which resolution.
    page.goto("/frameworks/PMQA-4.0/2567/")
    main = page.locator("main").inner_text()
    assert "เห็นชอบแล้ว" in main and "8/2566" in main
    page.locator("main a[href*='/meetings/resolutions/']").first.click()
    page.wait_for_url(re.compile(r"/meetings/resolutions/\d+/$"))
    assert "PMQA-4.0 2567" in page.locator("main").inner_text()
    snap(page, "meetings-resolution-approved")

    # The news summary, written from the record, published, on the public news page.
    page.goto(meeting_url)
    page.locator("a[href*='/newsroom/from-meeting/']").click()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/newsroom/\d+/$"))
    page.locator("button[name=publish]").click()
    page.wait_for_url(re.compile(r"/newsroom/\d+/$"))
    page.goto("/news/")
    page.locator("main a", has_text="8/2566").first.click()
    article = page.locator("main").inner_text()
    assert "ครั้งที่ 8/2566" in article and "สรุปสาระสำคัญ" in article and "เห็นชอบ" in article
    snap(page, "meetings-news-8-2566")

    # The action was due on 31 October 2566: the next meeting carries it on its agenda.
    schedule(page, day="15/11/2566")
    assert "9/2566" in page.locator("h1").inner_text()
    follow_up = page.locator("li.agenda-item").first
    assert "ติดตามข้อสั่งการ" in follow_up.inner_text()
    assert ACTION in follow_up.inner_text()
    snap(page, "meetings-9-2566-follow-up")

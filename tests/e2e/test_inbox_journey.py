"""Notices reach people: the coordinator sends an application back to the agency head; the head
sees the unread count in the header, opens the inbox, opens the notice and lands on the
application, and the count goes down. The inbox works from the keyboard and on a phone."""

import re

import pytest

from loetrat.core.models import Notice

from .helpers import PHONE, horizontal_overflow, snap

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

TITLE = "เครือข่ายอาสาสมัครภาษีชุมชน"  # the demo's application returned to the coordinator


def unread_in_header(page) -> int:
    count = page.locator("a.inbox-link .inbox-link__count")
    return int(count.inner_text()) if count.count() else 0


def test_the_head_is_told_opens_the_notice_and_lands_on_the_application(
    page, login_as, demo_applications
):
    login_as("rd.coordinator")
    page.goto("/awards/applications/")
    page.get_by_role("link", name=TITLE).click()
    page.wait_for_url(re.compile(r"/awards/applications/\d+/$"))
    detail_url = page.url
    page.get_by_role("button", name="เสนอหัวหน้าส่วนราชการ").click()
    page.wait_for_url(detail_url)
    assert page.locator(".page-header .badge--awaiting_endorsement").is_visible()

    login_as("rd.head")
    page.goto("/dashboard/")
    before = unread_in_header(page)
    assert before >= 1
    header_link = page.locator("a.inbox-link")
    spoken = " ".join(header_link.text_content().split())  # what a screen reader reads
    assert spoken == f"กล่องข้อความ {before} ข้อความที่ยังไม่ได้อ่าน"
    snap(page, "inbox-header-count")

    header_link.click()
    page.wait_for_url("**/inbox/")
    notice = page.locator("li.notice--unread", has_text=TITLE).first
    assert "โปรดให้ความเห็นชอบ" in notice.inner_text() or TITLE in notice.inner_text()
    snap(page, "inbox-list")
    notice.locator("a.notice__subject").click()
    page.wait_for_url(detail_url)
    assert TITLE in page.locator("h1").inner_text()
    assert unread_in_header(page) == before - 1


def test_the_inbox_from_the_keyboard_and_on_a_phone(page, login_as, demo_applications):
    login_as("rd.head")
    page.set_viewport_size(PHONE)
    page.goto("/inbox/")
    assert horizontal_overflow(page) <= 0
    snap(page, "inbox-phone")
    # The first notice's link is reached with Tab and opened with Enter.
    first = page.locator("li.notice a.notice__subject").first
    first.focus()
    target = (
        Notice.objects.filter(recipient__username="rd.head").order_by("-created_at", "-id").first()
    )
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(target.url) + "$"))
    page.goto("/inbox/")
    page.get_by_role("button", name="ทำเครื่องหมายว่าอ่านแล้วทั้งหมด").click()
    page.wait_for_url("**/inbox/")
    assert unread_in_header(page) == 0
    assert page.locator("li.notice--unread").count() == 0

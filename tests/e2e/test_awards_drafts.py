"""Bad input loses nothing: a draft survives a validation error, and after the deadline an
application stays readable but can no longer be changed or submitted."""

import datetime
import re

import pytest
from django.utils import timezone

from .helpers import snap

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def new_draft(page, type_name: str, title: str) -> str:
    page.goto("/awards/applications/new/")
    award_type = page.locator("#id_award_type")
    award_type.select_option(
        award_type.locator("option", has_text=re.compile(type_name)).get_attribute("value")
    )
    page.locator("#id_title_th").fill(title)
    page.get_by_role("button", name="สร้างฉบับร่าง").click()
    page.wait_for_url(re.compile(r"/awards/applications/\d+/edit/$"))
    return page.url


def test_a_draft_keeps_what_was_typed_through_a_validation_error(page, login_as, cycle_2566):
    login_as("rd.coordinator")
    edit_url = new_draft(page, "นวัตกรรมการบริการ", "ลดเวลารอคืนภาษี")

    page.locator("#id_background").fill("ข้อความที่ต้องไม่หาย")
    page.locator("#id_beneficiaries").fill("ประมาณสองแสนคน")
    page.locator("#id_started_on").fill("ต้นปีงบ")
    page.locator("#id_results-0-indicator").fill("เวลารอคืนภาษี")
    page.locator("#id_results-0-before").fill("สิบห้าวัน")
    page.get_by_role("button", name="บันทึกฉบับร่าง").last.click()
    page.wait_for_url(edit_url)

    # Saved anyway, with a warning; every typed text is back, each error beside its field.
    assert "บันทึกเป็นฉบับที่ 2" in page.locator(".messages").inner_text()
    assert page.locator("#id_background").input_value() == "ข้อความที่ต้องไม่หาย"
    assert page.locator("#id_beneficiaries").input_value() == "ประมาณสองแสนคน"
    assert page.locator("#id_started_on").input_value() == "ต้นปีงบ"
    assert page.locator("#id_results-0-before").input_value() == "สิบห้าวัน"
    number = page.locator("#field-beneficiaries")
    assert "field--invalid" in number.get_attribute("class")
    assert number.locator(".field__errors").inner_text().strip()
    assert page.locator("#field-started_on .field__errors").inner_text().strip()
    assert page.locator("#field-results .field__errors").inner_text().strip()
    assert page.locator("#field-background .field__errors").count() == 0
    snap(page, "awards-application-edit-errors")

    # Reloading (or coming back tomorrow) shows the same: it was really saved.
    page.goto(edit_url)
    assert page.locator("#id_beneficiaries").input_value() == "ประมาณสองแสนคน"
    page.locator("#id_beneficiaries").fill("200000")
    page.get_by_role("button", name="บันทึกและเปิดดู").click()
    page.wait_for_url(re.compile(r"/awards/applications/\d+/$"))
    assert re.search(r"200,?000", page.locator("#answer-beneficiaries").inner_text())


def test_after_the_deadline_an_application_is_readable_but_not_submittable(
    page, login_as, demo_applications
):
    from loetrat.awards.models import Application

    application = Application.objects.select_related("award_type").get(
        organization__code="MOF-CGD", state="endorsed"
    )
    award_type = application.award_type
    award_type.closes_at = timezone.now() - datetime.timedelta(hours=1)
    award_type.opens_at = award_type.closes_at - datetime.timedelta(days=60)
    award_type.save(update_fields=["closes_at", "opens_at"])
    detail_url = f"/awards/applications/{application.pk}/"

    login_as("cgd.coordinator")
    page.goto("/awards/applications/")
    page.get_by_role("link", name=application.title_th).click()
    page.wait_for_url(f"**{detail_url}")
    main = page.locator("main")
    assert main.locator(".message--error").is_visible()
    assert main.locator(".answer").count() > 3
    assert main.get_by_role("link", name="แก้ไข", exact=True).count() == 0
    snap(page, "awards-application-detail-deadline-passed")

    # The button may still be offered; pressing it must refuse with a message, not submit.
    submit = main.get_by_role("button", name="ส่งผลงาน")
    if submit.count():
        submit.click()
        page.wait_for_url(f"**{detail_url}")
        assert page.locator(".messages .message--error").first.is_visible()
    application.refresh_from_db()
    assert application.state == "endorsed"
    assert not application.reference

    page.goto(f"{detail_url}edit/")
    page.wait_for_url(f"**{detail_url}")
    assert page.locator(".answer").count() > 3

"""The audit log, filtered with a date typed the Thai way (Buddhist Era)."""

import datetime
import re
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from loetrat.core.audit import audit_record
from loetrat.core.models import AuditEvent

from .helpers import snap

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def backdated_event(when: datetime.datetime) -> AuditEvent:
    """An event from the past: events are append-only, so it is written with the clock moved."""
    with mock.patch("django.utils.timezone.now", return_value=when):
        return audit_record(actor=None, action="e2e.old.event", reason="ก่อนปีงบประมาณ")


def test_audit_log_filters_from_a_buddhist_era_date(page, login_as):
    backdated_event(datetime.datetime(2025, 6, 1, 10, 0, tzinfo=ZoneInfo("Asia/Bangkok")))
    total = AuditEvent.objects.count()
    login_as("opdc.officer")
    page.goto("/audit/")
    assert str(total) in page.locator(".result-count").inner_text()
    assert page.get_by_role("code").filter(has_text="e2e.old.event").is_visible()
    snap(page, "audit-log")

    page.locator("#id_date_from").fill("01/01/2569")
    page.locator("main form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"date_from=01%2F01%2F2569"))
    assert page.locator(".field--invalid").count() == 0
    assert page.locator("#id_date_from").input_value() == "01/01/2569"
    assert str(total - 1) in page.locator(".result-count").inner_text()
    assert page.get_by_role("code").filter(has_text="e2e.old.event").count() == 0

    page.locator("#id_date_from").fill("31/12/2568")
    page.locator("#id_date_to").fill("01/01/2568")
    page.locator("main form.filters button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("#id_date_to").input_value() == "01/01/2568"
    assert page.locator(".field--invalid .field__errors").is_visible()
    snap(page, "audit-log-error")

"""Statuses read as states and outcomes as decisions, in Thai and in English."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from loetrat.awards.enums import AwardSubject, StageKind
from loetrat.clinics.enums import ClinicStatus
from loetrat.meetings.enums import (
    ActionStatus,
    AgendaSection,
    CommitteeKind,
    MeetingStatus,
    ResolutionOutcome,
)

THAI = re.compile(r"[\u0e00-\u0e7f]")


def _th(label) -> str:
    with translation.override("th"):
        return str(label)


def test_a_meeting_whose_minutes_are_certified_reads_as_done():
    assert _th(MeetingStatus.CERTIFIED.label) == "รับรองรายงานการประชุมแล้ว"
    assert _th(MeetingStatus.CANCELLED.label) == "ยกเลิกแล้ว"
    assert _th(ClinicStatus.CANCELLED.label) == "ยกเลิกแล้ว"


def test_resolution_outcomes_read_as_decisions():
    assert _th(ResolutionOutcome.APPROVED.label) == "เห็นชอบ"
    assert [_th(outcome.label) for outcome in ResolutionOutcome] == [
        "เห็นชอบ",
        "เห็นชอบโดยมีข้อแก้ไข",
        "รับทราบ",
        "ไม่เห็นชอบ",
        "เลื่อนการพิจารณา",
    ]


def test_open_is_translated_for_what_is_open():
    assert _th(ActionStatus.OPEN.label) == "ยังไม่ได้ดำเนินการ"
    with translation.override("th"):
        window = Template('{% load i18n %}{% translate "Open" context "application window" %}')
        assert window.render(Context()) == "เปิดรับสมัคร"


@pytest.mark.parametrize(
    "choices", [AgendaSection, CommitteeKind, AwardSubject, StageKind, MeetingStatus, ActionStatus]
)
def test_english_labels_carry_no_thai_and_thai_labels_no_english(choices):
    with translation.override("en"):
        assert not [str(label) for label in choices.labels if THAI.search(str(label))]
    assert not [_th(label) for label in choices.labels if re.search(r"[a-z]{3,}", _th(label))]

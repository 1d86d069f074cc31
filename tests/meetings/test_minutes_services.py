"""The minutes (รายงานการประชุม): built from the record, editable until certified, as PDF."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.core.errors import ConflictError
from loetrat.core.models import AuditEvent
from loetrat.meetings.enums import MeetingMode
from loetrat.meetings.services import (
    meeting_certify,
    minutes_generate_draft,
    minutes_of,
    minutes_pdf,
    minutes_text,
    minutes_update,
)
from loetrat.meetings.services.minutes import minutes_blocks, place_th
from tests.factories.held_meetings import (
    CHAIR,
    COMMITTEE_TH,
    SECRETARY,
    make_committee,
    make_meeting,
)


@pytest.fixture
def committee(opdc, secretariat_admin):
    return make_committee(opdc, secretariat_admin)


@pytest.fixture
def meeting(committee, secretariat_admin):
    return make_meeting(committee, secretariat_admin)


def test_minutes_follow_the_thai_official_layout(meeting):
    text = minutes_text(minutes_of(meeting))
    lines = text.splitlines()
    assert lines[:4] == [
        f"รายงานการประชุม{COMMITTEE_TH}",
        "ครั้งที่ 7/2565",
        "เมื่อวันอังคารที่ 27 กันยายน 2565",
        "ผ่านระบบอิเล็กทรอนิกส์",
    ]
    order = [
        "ผู้มาประชุม",
        "ผู้ไม่มาประชุม",
        "ผู้เข้าร่วมประชุม",
        "เริ่มประชุมเวลา 09.30 น.",
        "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งที่ประชุมทราบ",
        "ระเบียบวาระที่ 2 รับรองรายงานการประชุม",
        "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง",
        "ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา",
        "4.1 การปรับปรุงหลักเกณฑ์รางวัลเลิศรัฐ ข้อ 1",
        "4.2 การปรับปรุงหลักเกณฑ์รางวัลเลิศรัฐ ข้อ 3",
        "ระเบียบวาระที่ 5 เรื่องเพื่อทราบ",
        "5.1 รายงานผลการประชุม OECD",
        "ระเบียบวาระที่ 6 เรื่องอื่น ๆ",
        "เลิกประชุมเวลา 11.45 น.",
        "ผู้จดรายงานการประชุม",
    ]
    assert [lines.index(line) for line in order] == sorted(lines.index(line) for line in order)
    assert f"1. {CHAIR} ประธานอนุกรรมการ" in lines
    assert "นายผู้แทน มาแทน ผู้ทรงคุณวุฒิ 4 อนุกรรมการ (แทน กรรมการ ท่านที่ 4)" in text
    assert "1. กรรมการ ท่านที่ 3 ผู้ทรงคุณวุฒิ 3 อนุกรรมการ (ติดราชการ)" in lines
    assert "มติที่ประชุม" in lines
    assert "เห็นชอบการปรับปรุงหลักเกณฑ์ดังกล่าว และให้นำเสนอคณะรัฐมนตรีเพื่อพิจารณาต่อไป" in lines
    assert lines[-2] == SECRETARY


def test_minutes_structure(meeting):
    minutes = minutes_of(meeting)
    assert minutes.number == "7/2565"
    assert [p.name for p in minutes.attending] == ["กองพัฒนาระบบราชการ", "กองเลขานุการ ก.พ.ร."]
    assert len(minutes.present) == 5 and len(minutes.absent) == 1
    assert minutes.secretary.name == SECRETARY
    assert [item.outcome for item in minutes.items] == ["เห็นชอบ", "เห็นชอบ", "รับทราบ"]
    assert [item.label for item in minutes.items] == ["4.1", "4.2", "5.1"]
    assert [len(section.items) for section in minutes.sections] == [0, 0, 0, 2, 1, 0]
    assert minutes.items[0].summary == ["สำนักงาน ก.พ.ร. เสนอการปรับปรุงหลักเกณฑ์", "รายละเอียดตามเอกสาร"]


def test_place_wording():
    assert place_th(MeetingMode.ONLINE, "ห้อง 1") == "ผ่านระบบอิเล็กทรอนิกส์"
    assert place_th(MeetingMode.IN_PERSON, "ห้องประชุม ก.พ.ร.") == "ณ ห้องประชุม ก.พ.ร."
    assert place_th(MeetingMode.HYBRID, "ห้อง 1") == "ณ ห้อง 1 และผ่านระบบอิเล็กทรอนิกส์"
    # a place that names its online system already is not told "and online" a second time
    zoom = "ห้อง 1 และผ่านระบบการประชุมทางไกล (Zoom)"
    assert place_th(MeetingMode.HYBRID, zoom) == f"ณ {zoom}"
    assert place_th(MeetingMode.IN_PERSON, "") == ""


def test_minutes_query_count_does_not_grow_with_the_agenda(committee, secretariat_admin):
    small = make_meeting(committee, secretariat_admin, items=2)
    big = make_meeting(committee, secretariat_admin, sequence=8, items=30)
    with CaptureQueriesContext(connection) as few:
        minutes_of(small)
    with CaptureQueriesContext(connection) as many:
        minutes_of(big)
    assert len(few) == len(many)


def test_pdf_is_a_pdf_set_in_laksaman(meeting):
    assert minutes_pdf(meeting).startswith(b"%PDF")
    assert b"Laksaman" in minutes_pdf(meeting, uncompressed_pdf=True)


def test_pdf_of_edited_minutes(meeting, secretariat_admin):
    minutes_update(
        meeting=meeting, text_th="รายงานการประชุม\n\nมติที่ประชุม\nเห็นชอบ", actor=secretariat_admin
    )
    pdf = minutes_pdf(meeting, uncompressed_pdf=True)
    assert pdf.startswith(b"%PDF") and b"Laksaman" in pdf


def test_edited_text_blocks():
    text = "\nรายงานการประชุม ก\nครั้งที่ 1/2566\n\nผู้มาประชุม\n1. ก\n\nระเบียบวาระที่ 1 เรื่อง\nสรุป"
    assert minutes_blocks(text) == [
        ("title", "รายงานการประชุม ก"),
        ("title", "ครั้งที่ 1/2566"),
        ("heading", "ผู้มาประชุม"),
        ("para", "1. ก"),
        ("heading", "ระเบียบวาระที่ 1 เรื่อง"),
        ("para", "สรุป"),
    ]
    assert minutes_blocks("ก\n\n4.2 ร่างเกณฑ์\n4.2.1 ไม่ใช่หัวข้อ") == [
        ("title", "ก"),
        ("heading", "4.2 ร่างเกณฑ์"),
        ("para", "4.2.1 ไม่ใช่หัวข้อ"),
    ]


def test_draft_and_edit_are_audited(meeting, secretariat_admin):
    minutes_generate_draft(meeting=meeting, actor=secretariat_admin)
    meeting.refresh_from_db()
    assert meeting.minutes_th.startswith(f"รายงานการประชุม{COMMITTEE_TH}")
    minutes_update(meeting=meeting, text_th="  แก้ไขแล้ว  ", actor=secretariat_admin)
    meeting.refresh_from_db()
    assert meeting.minutes_th == "แก้ไขแล้ว"
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"meetings.minutes.drafted", "meetings.minutes.edited"} <= actions


def test_certified_minutes_are_read_only(meeting, secretariat_admin):
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    with pytest.raises(ConflictError) as refused:
        minutes_update(meeting=meeting, text_th="x", actor=secretariat_admin)
    assert refused.value.code == "meeting_certified"
    with pytest.raises(ConflictError) as refused:
        minutes_generate_draft(meeting=meeting, actor=secretariat_admin)
    assert refused.value.code == "meeting_certified"

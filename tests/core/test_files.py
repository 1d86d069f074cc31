"""Core's private files: every upload is judged by its content and limits, stored under an
unguessable name, removed only by marking, and handed out without shared caching."""

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from hypothesis import given, settings
from hypothesis import strategies as st

from loetrat.core.errors import DomainError
from loetrat.core.files import (
    MB,
    check_upload,
    mark_removed,
    private_file_response,
    private_name,
    sniff,
    store_upload,
)
from loetrat.meetings.models import AgendaDocument
from tests.factories.applications import PDF_BYTES, PNG_BYTES, padded_pdf


def upload(name="แบบฟอร์ม.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_a_pdf_within_the_limit_is_checked_with_its_size_and_checksum():
    checked = check_upload(upload(), accept=("pdf",), max_mb=1)
    assert (checked.name, checked.mime, checked.extension) == (
        "แบบฟอร์ม.pdf",
        "application/pdf",
        "pdf",
    )
    assert checked.size == len(PDF_BYTES)
    assert checked.sha256 == hashlib.sha256(PDF_BYTES).hexdigest()


@pytest.mark.parametrize(
    ("name", "content", "accept", "code"),
    [
        ("empty.pdf", b"", ("pdf",), "empty_file"),
        ("script.pdf", b"<script>alert(1)</script>", ("pdf",), "file_type"),
        ("picture.pdf", PNG_BYTES, ("pdf",), "file_type"),  # an image named .pdf
        ("macro.docm", b"PK\x03\x04" + b"\x00" * 40, ("pdf", "image"), "file_type"),
        ("big.pdf", padded_pdf(len(PDF_BYTES) + MB), ("pdf",), "file_too_big"),
    ],
)
def test_bad_uploads_are_refused_naming_the_file_and_the_field(name, content, accept, code):
    with pytest.raises(DomainError) as refused:
        check_upload(upload(name, content), accept=accept, max_mb=1, field="evidence")
    assert refused.value.code == code and refused.value.field == "evidence"
    assert name in str(refused.value.message)


def test_an_image_passes_where_images_are_accepted():
    assert check_upload(upload("photo.png", PNG_BYTES), max_mb=1).mime == "image/png"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=64))
def test_sniffing_never_recognises_what_does_not_start_like_a_known_file(head):
    detected = sniff(head)
    known = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
    webp = head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    assert (detected is not None) == (head.startswith(known) or webp)


def test_storage_names_are_unguessable_and_keep_no_original_name():
    first, second = private_name("evidence", "รายงาน ลับ.PDF"), private_name("evidence", "x.pdf")
    assert first.startswith("evidence/") and first.endswith(".pdf") and first != second
    assert "รายงาน" not in first


def test_stored_then_removed_once(db, secretariat_admin, meeting_item):
    checked = check_upload(upload(), accept=("pdf",), max_mb=1)
    document = store_upload(
        AgendaDocument(agenda_item=meeting_item, title_th="เอกสาร"),
        checked,
        actor=secretariat_admin,
    )
    assert document.pk and document.uploaded_by == secretariat_admin
    assert "แบบฟอร์ม" not in document.file.name
    assert mark_removed(document, actor=secretariat_admin) is True
    assert mark_removed(document, actor=secretariat_admin) is False
    assert AgendaDocument.objects.active().count() == 0 and AgendaDocument.objects.count() == 1
    response = private_file_response(
        document.file, filename=document.original_name, content_type=document.content_type
    )
    assert response["Cache-Control"] == "private, no-store"
    document.file.storage.delete(document.file.name)
    lost = AgendaDocument.objects.get(pk=document.pk).file
    with pytest.raises(Http404):
        private_file_response(lost, filename="x.pdf", content_type="application/pdf")


@pytest.fixture
def meeting_item(secretariat_admin, opdc):
    from tests.factories.meetings import add_items, make_committee, make_meeting

    meeting = make_meeting(make_committee(secretariat_admin, opdc), secretariat_admin)
    return add_items(meeting, secretariat_admin, 1)[0]


def test_a_stashed_upload_is_read_back_once_discarded(db):
    from loetrat.core.files import discard_stash, stash_upload, stashed_content

    token, name = stash_upload(b"code,kind\n", kind="organizations", suffix=".CSV")
    assert token in name and name.endswith(".csv") and name.startswith("stash/organizations/")
    assert stashed_content(name) == b"code,kind\n"
    discard_stash(name)
    assert stashed_content(name) is None and stashed_content("") is None


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n"),
        ("report.pdf", b"%PDF-1.4\n" + b"x" * 2000),  # no end: not a whole PDF
        ("page.pdf", b"<!DOCTYPE html><html><body>hi</body></html>"),
        ("logo.png", b"\x89PNG\r\n\x1a\n<svg onload=alert(1)></svg>"),
        ("picture.gif", b"GIF89a<script>alert(1)</script>"),
    ],
)
def test_markup_dressed_as_a_pdf_or_image_is_refused(name, content):
    with pytest.raises(DomainError) as refused:
        check_upload(upload(name, content), max_mb=1)
    assert refused.value.code == "file_type"


@pytest.mark.parametrize(
    ("original", "content_type", "expected"),
    [
        ("report.pdf.html", "application/pdf", "report.pdf.pdf"),
        ("scan.PDF", "application/pdf", "scan.PDF"),
        ("photo.jpg.exe", "image/jpeg", "photo.jpg.jpg"),
        ("ภาพ", "image/png", "ภาพ.png"),
        ("", "application/pdf", "file.pdf"),
    ],
)
def test_a_download_carries_the_extension_of_what_the_file_is(original, content_type, expected):
    from loetrat.core.files import download_name

    assert download_name(original, content_type) == expected


def test_a_rolled_back_upload_leaves_a_file_the_check_finds_and_removes(
    db, secretariat_admin, meeting_item
):
    from django.core.management import call_command
    from django.db import transaction

    from loetrat.core.files import file_check

    before = set(file_check()[1])
    with pytest.raises(RuntimeError), transaction.atomic():
        checked = check_upload(upload(), accept=("pdf",), max_mb=1)
        store_upload(
            AgendaDocument(agenda_item=meeting_item, title_th="เอกสาร"),
            checked,
            actor=secretariat_admin,
        )
        raise RuntimeError("the request failed after the file was written")
    missing, orphans = file_check()
    # the storage of the tests is shared by the tests of this process: look at what this added
    new = [name for name in orphans if name not in before]
    assert missing == [] and len(new) == 1 and new[0].startswith("meetings/agenda/")
    call_command("check_files", "--delete", "--hours", "0", stdout=io.StringIO())
    assert new[0] not in file_check()[1]


@pytest.mark.parametrize(
    ("name", "content", "accept", "says"),
    [
        ("picture.pdf", PNG_BYTES, ("pdf",), "picture.pdf เป็นภาพ PNG"),
        ("report.pdf", b"PK\x03\x04" + b"\x00" * 40, ("pdf",), "ไฟล์ Word, Excel"),
        ("notes.pdf", "บันทึกการประชุม".encode(), ("pdf",), "ไฟล์ข้อความ"),
        ("page.pdf", b"<!DOCTYPE html><html></html>", ("pdf", "image"), "หน้าเว็บ (HTML)"),
    ],
)
def test_a_refused_file_is_named_for_what_it_is_and_what_is_accepted(name, content, accept, says):
    with pytest.raises(DomainError) as refused:
        check_upload(upload(name, content), accept=accept, max_mb=1)
    message = str(refused.value.message)
    assert says in message
    assert "ไม่ใช่ PDF ไม่ว่าชื่อไฟล์จะระบุอย่างไร" not in message
    accepted = "รับเฉพาะไฟล์ PDF" if accept == ("pdf",) else "รับเฉพาะไฟล์ PDF และภาพ"
    assert accepted in message

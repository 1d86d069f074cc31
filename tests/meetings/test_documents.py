"""Agenda item documents: only real PDFs within the limits, while the meeting is open; removal
keeps the row; the meeting page lists them with the secretariat's upload and remove forms; only
people who may read the meeting download them; the minutes name them."""

import hashlib
import re

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import reverse

from loetrat.core.audit import action_label
from loetrat.core.errors import DomainError
from loetrat.core.models import AuditEvent
from loetrat.meetings.models import AgendaDocument
from loetrat.meetings.services import (
    agenda_document_add,
    agenda_document_remove,
    meeting_certify,
    minutes_of,
)
from loetrat.meetings.services import documents as document_services
from tests.factories.applications import PDF_BYTES, PNG_BYTES, padded_pdf
from tests.factories.meetings import (
    add_items,
    attend,
    make_meeting,
    resolve,
)

pytestmark = pytest.mark.django_db
MB = 1024 * 1024


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Files go to a temporary directory whatever storage the test settings use."""
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def meeting(secretariat_admin, committee):
    return make_meeting(committee, secretariat_admin)


@pytest.fixture
def item(meeting, secretariat_admin):
    return add_items(meeting, secretariat_admin, 1)[0]


def pdf(name="ร่างเกณฑ์ 2567.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def add(item, actor, name="ร่างเกณฑ์ 2567.pdf", content=PDF_BYTES, title="ร่างเกณฑ์ 2567"):
    return agenda_document_add(
        agenda_item=item, title_th=title, upload=pdf(name, content), actor=actor
    )


def certify(meeting, actor):
    attend(meeting, actor, 5)
    for item in meeting.agenda_items.all():
        resolve(item, actor)
    meeting_certify(meeting=meeting, actor=actor)


# --- the service ---------------------------------------------------------------------------


def test_a_pdf_is_stored_privately_with_its_name_size_and_hash(item, secretariat):
    document = add(item, secretariat, title="  ร่างเกณฑ์   2567 ")
    assert document.title_th == "ร่างเกณฑ์ 2567"
    assert document.original_name == "ร่างเกณฑ์ 2567.pdf"
    assert document.size == len(PDF_BYTES)
    assert document.sha256 == hashlib.sha256(PDF_BYTES).hexdigest()
    assert document.uploaded_by == secretariat and document.removed_at is None
    assert re.fullmatch(r"meetings/agenda/\d{4}/[0-9a-f]{32}\.pdf", document.file.name)
    with document.file.open("rb") as handle:
        assert handle.read() == PDF_BYTES
    event = AuditEvent.objects.get(action="meetings.document.added")
    assert event.after["file"] == "ร่างเกณฑ์ 2567.pdf" and event.target_id == str(item.pk)
    assert action_label(event.action) != event.action


def test_stored_on_disk_under_the_media_root(item, secretariat, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    document = add(item, secretariat)
    assert (tmp_path / document.file.name).read_bytes() == PDF_BYTES


@pytest.mark.parametrize(
    "content", [b"Hello, I am not a PDF", PNG_BYTES, b"PK\x03\x04 docx", b"<html>%PDF-"]
)
def test_a_file_named_pdf_that_is_not_one_is_refused(item, secretariat, content):
    with pytest.raises(DomainError) as error:
        add(item, secretariat, name="report.pdf", content=content)
    assert error.value.code == "file_type" and error.value.field == "file"
    assert "report.pdf" in str(error.value.message)
    assert not AgendaDocument.objects.exists()


def test_an_empty_file_is_refused(item, secretariat):
    with pytest.raises(DomainError) as error:
        add(item, secretariat, name="empty.pdf", content=b"")
    assert error.value.code == "empty_file" and "empty.pdf" in str(error.value.message)


def test_a_file_over_the_limit_is_refused(item, secretariat, monkeypatch):
    monkeypatch.setattr(document_services, "MAX_DOCUMENT_MB", 1)
    add(item, secretariat, content=padded_pdf(MB))
    with pytest.raises(DomainError) as error:
        add(item, secretariat, name="big.pdf", content=padded_pdf(len(PDF_BYTES) + MB))
    assert error.value.code == "file_too_big" and "big.pdf" in str(error.value.message)
    assert AgendaDocument.objects.count() == 1


def test_the_default_limits():
    assert document_services.MAX_DOCUMENT_MB == 20
    assert document_services.MAX_DOCUMENTS_PER_ITEM == 30


def test_at_most_so_many_documents_per_item(item, secretariat, monkeypatch):
    monkeypatch.setattr(document_services, "MAX_DOCUMENTS_PER_ITEM", 2)
    first = add(item, secretariat)
    add(item, secretariat)
    with pytest.raises(DomainError) as error:
        add(item, secretariat, name="third.pdf")
    assert error.value.code == "too_many_documents" and "third.pdf" in str(error.value.message)
    agenda_document_remove(document=first, actor=secretariat)
    add(item, secretariat, name="third.pdf")


@pytest.mark.parametrize("title", ["", "   ", "ก" * 301])
def test_a_title_is_needed(item, secretariat, title):
    with pytest.raises(DomainError) as error:
        add(item, secretariat, title=title)
    assert error.value.field == "title_th"
    assert error.value.code in {"title_required", "title_too_long"}


def test_refused_once_the_meeting_is_certified(item, meeting, secretariat, secretariat_admin):
    document = add(item, secretariat)
    certify(meeting, secretariat_admin)
    with pytest.raises(DomainError) as error:
        add(item, secretariat)
    assert error.value.code == "meeting_certified" and error.value.status == 409
    with pytest.raises(DomainError) as error:
        agenda_document_remove(document=document, actor=secretariat)
    assert error.value.code == "meeting_certified"
    document.refresh_from_db()
    assert document.removed_at is None


def test_removal_marks_the_row_and_keeps_the_file(item, secretariat):
    document = add(item, secretariat)
    agenda_document_remove(document=document, actor=secretariat)
    agenda_document_remove(document=document, actor=secretariat)  # a second time does nothing
    document.refresh_from_db()
    assert document.removed_at is not None and document.removed_by == secretariat
    assert not AgendaDocument.objects.active().exists()
    with document.file.open("rb") as handle:
        assert handle.read() == PDF_BYTES
    assert AuditEvent.objects.filter(action="meetings.document.removed").count() == 1


def test_the_minutes_name_the_documents(item, meeting, secretariat):
    add(item, secretariat, title="ร่างเกณฑ์ 2567")
    gone = add(item, secretariat, title="ฉบับเก่า")
    add(item, secretariat, title="รายงานผล")
    agenda_document_remove(document=gone, actor=secretariat)
    minutes = minutes_of(meeting)
    assert minutes.items[0].documents == ["ร่างเกณฑ์ 2567", "รายงานผล"]
    html = render_to_string("meetings/minutes_pdf.html", {"minutes": minutes, "blocks": None})
    assert "เอกสารประกอบ" in html and "รายงานผล" in html and "ฉบับเก่า" not in html


def test_minutes_without_documents_do_not_mention_them(item, meeting):
    html = render_to_string(
        "meetings/minutes_pdf.html", {"minutes": minutes_of(meeting), "blocks": None}
    )
    assert "เอกสารประกอบ" not in html


# --- the pages -----------------------------------------------------------------------------


def page(client, meeting):
    return client.get(reverse("meetings:meeting", args=[meeting.pk]))


def upload(client, item, name="ร่างเกณฑ์ 2567.pdf", content=PDF_BYTES, title="ร่างเกณฑ์ 2567"):
    prefix = f"doc{item.pk}"
    return client.post(
        reverse("meetings:agenda_document_add", args=[item.pk]),
        {f"{prefix}-title_th": title, f"{prefix}-file": pdf(name, content)},
    )


def download_url(document):
    return reverse("meetings:agenda_document", args=[document.pk])


def test_the_secretariat_sees_labelled_upload_fields(secretariat_client, item, meeting):
    html = page(secretariat_client, meeting).content.decode()
    prefix = f"id_doc{item.pk}"
    assert reverse("meetings:agenda_document_add", args=[item.pk]) in html
    assert 'enctype="multipart/form-data"' in html
    assert f'<label for="{prefix}-title_th">' in html and f'<label for="{prefix}-file">' in html
    assert re.search(rf'<input[^>]*accept="application/pdf"[^>]*id="{prefix}-file"', html)
    assert "style=" not in html and "<script>" not in html


def test_uploading_through_the_page(secretariat_client, item, meeting):
    response = upload(secretariat_client, item)
    assert response.status_code == 302
    assert response["Location"] == f"/meetings/{meeting.pk}/#item-{item.pk}"
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["success"]
    document = AgendaDocument.objects.get()
    html = page(secretariat_client, meeting).content.decode()
    assert download_url(document) in html and "ร่างเกณฑ์ 2567" in html
    assert reverse("meetings:agenda_document_remove", args=[document.pk]) in html


def _upload_form(html, item) -> str:
    """The item's upload form, from the <details> around it to its end."""
    action = 'action="{}"'.format(reverse("meetings:agenda_document_add", args=[item.pk]))
    before, after = html.split(action, 1)
    return before.rsplit("<details", 1)[1] + after.split("</form>", 1)[0]


def test_a_refused_upload_is_shown_beside_the_file_field(
    secretariat_client, secretariat_admin, item, meeting
):
    [other] = add_items(meeting, secretariat_admin, 1)
    response = upload(secretariat_client, item, name="fake.pdf", content=b"not a pdf at all")
    assert response.status_code == 400 and not AgendaDocument.objects.exists()
    html = response.content.decode()
    form = _upload_form(html, item)
    assert form.startswith(' class="form-section" open>')
    assert "field--invalid" in form and "fake.pdf" in form
    assert f'id="id_doc{item.pk}-file_error"' in form
    assert 'value="ร่างเกณฑ์ 2567"' in form  # what was typed is kept
    assert "field--invalid" not in _upload_form(html, other)
    assert " open>" not in _upload_form(html, other)
    empty = upload(secretariat_client, item, name="empty.pdf", content=b"")
    assert empty.status_code == 400 and "empty.pdf" in empty.content.decode()
    untitled = upload(secretariat_client, item, title="")
    assert untitled.status_code == 400 and "field--invalid" in untitled.content.decode()


def test_upload_to_a_certified_meeting_is_refused(
    secretariat_client, secretariat_admin, item, meeting
):
    certify(meeting, secretariat_admin)
    response = upload(secretariat_client, item)
    assert response.status_code == 409 and "รับรองแล้ว" in response.content.decode()
    assert not AgendaDocument.objects.exists()


def test_removing_through_the_page(secretariat_client, secretariat, item, meeting):
    document = add(item, secretariat)
    url = reverse("meetings:agenda_document_remove", args=[document.pk])
    response = secretariat_client.post(url)
    assert response.status_code == 302 and response["Location"].endswith(f"#item-{item.pk}")
    document.refresh_from_db()
    assert document.removed_at is not None
    assert download_url(document) not in page(secretariat_client, meeting).content.decode()
    assert secretariat_client.post(url).status_code == 404
    assert secretariat_client.get(url).status_code == 405


def test_committee_members_read_and_download_but_do_not_change(
    committee_client, secretariat, item, meeting
):
    document = add(item, secretariat)
    html = page(committee_client, meeting).content.decode()
    assert download_url(document) in html and "ร่างเกณฑ์ 2567" in html
    assert reverse("meetings:agenda_document_add", args=[item.pk]) not in html
    assert reverse("meetings:agenda_document_remove", args=[document.pk]) not in html
    assert upload(committee_client, item).status_code == 403
    remove_url = reverse("meetings:agenda_document_remove", args=[document.pk])
    assert committee_client.post(remove_url).status_code == 403
    assert AgendaDocument.objects.active().count() == 1


def test_a_certified_meeting_lists_documents_without_forms(
    secretariat_client, secretariat, secretariat_admin, item, meeting
):
    document = add(item, secretariat)
    certify(meeting, secretariat_admin)
    html = page(secretariat_client, meeting).content.decode()
    assert download_url(document) in html
    assert reverse("meetings:agenda_document_add", args=[item.pk]) not in html
    assert reverse("meetings:agenda_document_remove", args=[document.pk]) not in html


@pytest.fixture
def document(item, secretariat):
    return add(item, secretariat, name="ร่างเกณฑ์ ฉบับเต็ม.pdf")


@pytest.mark.parametrize(
    "persona", ["secretariat_client", "secretariat_admin_client", "committee_client"]
)
def test_download_by_people_who_may_read_the_meeting(request, persona, document):
    response = request.getfixturevalue(persona).get(download_url(document))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "persona",
    [
        "coordinator_client",
        "agency_head_client",
        "assessor_client",
        "evaluator_client",
        "no_role_client",
    ],
)
def test_download_refused_to_others(request, persona, document):
    response = request.getfixturevalue(persona).get(download_url(document))
    assert response.status_code in (403, 404)
    assert not hasattr(response, "streaming_content")


def test_anonymous_is_sent_to_log_in(anonymous_client, document):
    response = anonymous_client.get(download_url(document))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


def test_removed_and_missing_documents_are_404(secretariat_client, secretariat, document):
    agenda_document_remove(document=document, actor=secretariat)
    assert secretariat_client.get(download_url(document)).status_code == 404
    missing = reverse("meetings:agenda_document", args=[document.pk + 999])
    assert secretariat_client.get(missing).status_code == 404

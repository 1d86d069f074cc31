"""/api/v1/meetings: agenda item documents. Upload (multipart), remove, download, the meeting
detail listing them, refusals as {code, message, details}, and constant query counts."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.accounts.tokens import api_token_create
from loetrat.meetings.models import AgendaDocument
from loetrat.meetings.services import (
    agenda_document_add,
    agenda_document_remove,
    meeting_certify,
)
from loetrat.meetings.services import documents as document_services
from tests.factories.applications import PDF_BYTES, padded_pdf
from tests.factories.meetings import (
    add_items,
    attend,
    make_meeting,
    resolve,
)

API = "/api/v1/meetings/"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def meeting(secretariat_admin, committee):
    return make_meeting(committee, secretariat_admin)


@pytest.fixture
def item(meeting, secretariat_admin):
    return add_items(meeting, secretariat_admin, 1)[0]


def pdf(name="ร่างเกณฑ์.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def upload(client, item, title="ร่างเกณฑ์ 2567", name="ร่างเกณฑ์.pdf", content=PDF_BYTES):
    return client.post(
        API + f"agenda/{item.pk}/documents", {"title_th": title, "file": pdf(name, content)}
    )


@pytest.fixture
def document(item, secretariat):
    return agenda_document_add(
        agenda_item=item, title_th="รายงานผล", upload=pdf("รายงาน.pdf"), actor=secretariat
    )


def certify(meeting, actor):
    attend(meeting, actor, 5)
    for item in meeting.agenda_items.all():
        resolve(item, actor)
    meeting_certify(meeting=meeting, actor=actor)


def file_url(document_id):
    return API + f"documents/{document_id}/file"


def test_upload_answers_201_with_the_document(secretariat_client, item, meeting):
    response = upload(secretariat_client, item)
    assert response.status_code == 201, response.json()
    document = AgendaDocument.objects.get()
    assert response.json() == {
        "id": document.pk,
        "title_th": "ร่างเกณฑ์ 2567",
        "original_name": "ร่างเกณฑ์.pdf",
        "size": len(PDF_BYTES),
        "download_url": file_url(document.pk),
    }
    detail = secretariat_client.get(API + f"meetings/{meeting.pk}").json()
    assert detail["agenda"][0]["documents"] == [response.json()]


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("fake.pdf", b"this is not a pdf", "file_type"),
        ("empty.pdf", b"", "empty_file"),
    ],
)
def test_refusals_name_the_file(secretariat_client, item, name, content, code):
    response = upload(secretariat_client, item, name=name, content=content)
    body = response.json()
    assert response.status_code == 400 and body["code"] == code
    assert name in body["message"]
    assert body["details"] == [{"field": "file", "message": body["message"]}]
    assert not AgendaDocument.objects.exists()


def test_too_big_and_too_many(secretariat_client, item, monkeypatch):
    monkeypatch.setattr(document_services, "MAX_DOCUMENT_MB", 1)
    monkeypatch.setattr(document_services, "MAX_DOCUMENTS_PER_ITEM", 1)
    big = upload(
        secretariat_client, item, name="big.pdf", content=padded_pdf(len(PDF_BYTES) + 2**20)
    )
    assert big.status_code == 400 and big.json()["code"] == "file_too_big"
    assert upload(secretariat_client, item).status_code == 201
    second = upload(secretariat_client, item, name="second.pdf")
    assert second.status_code == 400 and second.json()["code"] == "too_many_documents"


def test_title_is_needed(secretariat_client, item):
    blank = upload(secretariat_client, item, title="   ")
    assert blank.status_code == 400 and blank.json()["code"] == "title_required"
    missing = secretariat_client.post(API + f"agenda/{item.pk}/documents", {"file": pdf()})
    assert missing.status_code == 422 and missing.json()["code"] == "validation_error"
    no_file = secretariat_client.post(API + f"agenda/{item.pk}/documents", {"title_th": "x"})
    assert no_file.status_code == 422


def test_certified_meeting_refuses_with_409(
    secretariat_client, secretariat_admin, item, meeting, document
):
    certify(meeting, secretariat_admin)
    response = upload(secretariat_client, item)
    assert response.status_code == 409 and response.json()["code"] == "meeting_certified"
    removal = secretariat_client.post(API + f"documents/{document.pk}/remove")
    assert removal.status_code == 409 and removal.json()["code"] == "meeting_certified"


def test_remove_then_the_file_is_gone(secretariat_client, meeting, document):
    response = secretariat_client.post(API + f"documents/{document.pk}/remove")
    assert response.status_code == 204
    document.refresh_from_db()
    assert document.removed_at is not None
    assert secretariat_client.get(file_url(document.pk)).json()["code"] == "not_found"
    again = secretariat_client.post(API + f"documents/{document.pk}/remove")
    assert again.status_code == 404
    detail = secretariat_client.get(API + f"meetings/{meeting.pk}").json()
    assert detail["agenda"][0]["documents"] == []


@pytest.mark.parametrize("persona", ["secretariat_client", "committee_client"])
def test_download(request, persona, document):
    response = request.getfixturevalue(persona).get(file_url(document.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_download_with_a_token(anonymous_client, secretariat, document):
    _token, key = api_token_create(user=secretariat, name="script")
    response = anonymous_client.get(file_url(document.pk), HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200


def test_committee_members_cannot_change_documents(committee_client, item, document):
    response = upload(committee_client, item)
    assert response.status_code == 403 and response.json()["code"] == "forbidden"
    removal = committee_client.post(API + f"documents/{document.pk}/remove")
    assert removal.status_code == 403
    assert AgendaDocument.objects.active().count() == 1


@pytest.mark.parametrize(
    ("persona", "status"),
    [("coordinator_client", 403), ("no_role_client", 403), ("anonymous_client", 401)],
)
def test_others_are_refused(request, persona, status, item, document):
    client = request.getfixturevalue(persona)
    assert client.get(file_url(document.pk)).status_code == status
    assert upload(client, item).status_code == status
    assert client.post(API + f"documents/{document.pk}/remove").status_code == status


def test_missing_objects_are_404(secretariat_client, item):
    assert secretariat_client.get(file_url(999)).status_code == 404
    response = secretariat_client.post(
        API + "agenda/999/documents", {"title_th": "x", "file": pdf()}
    )
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_meeting_detail_queries_do_not_grow_with_documents(
    secretariat_client, secretariat_admin, meeting
):
    def attach(item, count):
        for n in range(count):
            document = agenda_document_add(
                agenda_item=item, title_th=f"เอกสาร {n}", upload=pdf(), actor=secretariat_admin
            )
        return document

    items = add_items(meeting, secretariat_admin, 5)
    attach(items[0], 1)
    url = API + f"meetings/{meeting.pk}"
    few = _count(secretariat_client, url)
    for item in add_items(meeting, secretariat_admin, 45):
        removed = attach(item, 2)
        agenda_document_remove(document=removed, actor=secretariat_admin)
    assert _count(secretariat_client, url) == few
    agenda = secretariat_client.get(url).json()["agenda"]
    assert len(agenda) == 50 and sum(len(row["documents"]) for row in agenda) == 46

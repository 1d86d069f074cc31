"""Attachments: recognised by content, within limits, private, downloaded only by readers."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from loetrat.awards.services import attachment_add, attachment_remove
from loetrat.core.errors import DomainError, PermissionDeniedError
from loetrat.core.models import AuditEvent
from loetrat.organizations.enums import Role
from tests.factories import ApplicationFactory, AwardTypeFactory, MembershipFactory, UserFactory
from tests.factories.applications import PDF_BYTES, PNG_BYTES, padded_pdf

MB = 1024 * 1024


@pytest.fixture
def application(agency, coordinator):
    award_type = AwardTypeFactory(max_file_mb=1, max_total_mb=2)
    return ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def add(application, coordinator, name="a.pdf", content=PDF_BYTES, field="evidence"):
    return attachment_add(
        application=application, field_key=field, upload=upload(name, content), actor=coordinator
    )


@pytest.mark.parametrize(
    ("content", "mime"),
    [
        (PDF_BYTES, "application/pdf"),
        (PNG_BYTES, "image/png"),
        (b"\xff\xd8\xff\xe0" + b"0" * 20, "image/jpeg"),
        (b"GIF89a" + b"0" * 20, "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"0" * 20, "image/webp"),
    ],
)
def test_pdf_and_images_are_accepted_by_content(application, coordinator, content, mime):
    attachment = add(application, coordinator, name="scan.bin", content=content)
    assert attachment.content_type == mime and attachment.original_name == "scan.bin"
    assert attachment.file.name.startswith(f"awards/applications/{application.pk}/")
    application.refresh_from_db()
    assert application.data["evidence"] == [attachment.pk]
    assert application.revision_count == 2


@pytest.mark.parametrize(
    "content", [b"MZ\x90\x00\x03" + b"\x00" * 40, b"PK\x03\x04 docx", b"<html>", b""]
)
def test_anything_else_is_refused_whatever_its_name(application, coordinator, content):
    with pytest.raises(DomainError) as error:
        add(application, coordinator, name="report.pdf", content=content)
    assert error.value.code in {"file_type", "empty_file"} and error.value.field == "evidence"
    assert not application.attachments.exists()


def test_size_limits_per_file_per_application_and_per_field(application, coordinator):
    with pytest.raises(DomainError) as error:
        add(application, coordinator, content=padded_pdf(len(PDF_BYTES) + MB))
    assert error.value.code == "file_too_big"
    add(application, coordinator, content=padded_pdf(len(PDF_BYTES) + (MB - 100)))
    add(application, coordinator, content=padded_pdf(len(PDF_BYTES) + (MB - 100)))
    with pytest.raises(DomainError) as error:
        add(application, coordinator, content=padded_pdf(len(PDF_BYTES) + 1000))
    assert error.value.code == "files_too_big"


def test_max_files_per_field(agency, coordinator):
    application = ApplicationFactory(
        award_type=AwardTypeFactory(), organization=agency, created_by=coordinator
    )
    for _ in range(3):
        add(application, coordinator)
    with pytest.raises(DomainError) as error:
        add(application, coordinator)
    assert error.value.code == "too_many_files"


def test_unknown_field_and_wrong_person_are_refused(application, coordinator, agency_head):
    with pytest.raises(DomainError):
        add(application, coordinator, field="summary")
    with pytest.raises(PermissionDeniedError):
        add(application, agency_head)


def test_removal_keeps_the_row_for_history(application, coordinator):
    attachment = add(application, coordinator)
    attachment_remove(attachment=attachment, actor=coordinator)
    attachment.refresh_from_db()
    application.refresh_from_db()
    assert attachment.removed_at is not None
    assert application.data["evidence"] == []
    assert application.revisions.count() == 3
    assert AuditEvent.objects.filter(action="awards.application.attachment_removed").exists()


@pytest.fixture
def attachment(application, coordinator):
    return add(application, coordinator, name="รายงาน ฉบับเต็ม.pdf")


def _url(attachment):
    return reverse("awards:application_attachment", args=[attachment.application_id, attachment.pk])


@pytest.mark.parametrize(
    "persona", ["coordinator_client", "agency_head_client", "secretariat_client"]
)
def test_download_by_people_who_may_read(request, attachment, persona):
    response = request.getfixturevalue(persona).get(_url(attachment))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"


@pytest.mark.parametrize("persona", ["assessor_client", "no_role_client"])
def test_download_refused_with_404(request, attachment, persona):
    assert request.getfixturevalue(persona).get(_url(attachment)).status_code == 404


def test_download_refused_to_another_agency_and_anonymous(
    client, attachment, other_agency, anonymous_client
):
    outsider = UserFactory()
    MembershipFactory(user=outsider, organization=other_agency, role=Role.AGENCY_COORDINATOR)
    client.force_login(outsider)
    assert client.get(_url(attachment)).status_code == 404
    response = anonymous_client.get(_url(attachment))
    assert response.status_code == 302 and "next=" in response["Location"]


def test_download_of_an_attachment_through_another_application_is_404(
    coordinator_client, attachment, agency, coordinator
):
    other = ApplicationFactory(
        award_type=AwardTypeFactory(), organization=agency, created_by=coordinator
    )
    url = reverse("awards:application_attachment", args=[other.pk, attachment.pk])
    assert coordinator_client.get(url).status_code == 404


def test_no_public_media_url_serves_the_files(client, attachment):
    assert client.get("/media/" + attachment.file.name).status_code in (302, 404)


def test_a_save_stores_its_files_in_the_same_step_and_reports_the_refused(application, coordinator):
    from loetrat.awards.services import application_save

    revision = application_save(
        application=application,
        actor=coordinator,
        data={"summary": "สรุป"},
        uploads={"evidence": [upload("good.pdf", PDF_BYTES), upload("bad.pdf", b"MZ\x90\x00")]},
    )
    application.refresh_from_db()
    stored = list(application.attachments.values_list("original_name", flat=True))
    assert stored == ["good.pdf"] and len(application.data["evidence"]) == 1
    assert len(revision.refused_uploads) == 1 and "bad.pdf" in revision.refused_uploads[0]
    assert revision.number == application.revision_count  # one revision for the whole save
    with pytest.raises(DomainError):  # a refused save stores none of its files
        application_save(
            application=application,
            actor=coordinator,
            data={},
            title_th=" ",
            uploads={"evidence": [upload("later.pdf", PDF_BYTES)]},
        )
    assert application.attachments.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("../../etc/passwd.pdf", PDF_BYTES, None),  # kept, under a random name
        ("รายงาน" * 200 + ".pdf", PDF_BYTES, None),  # a 1,200-character Thai name
        ("evidence.pdf", b"PK\x03\x04" + b"\x00" * 64, "file_type"),  # a zip (or zip bomb)
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', "file_type"),
        ("page.pdf", b"<html><body>pay here</body></html>", "file_type"),
        ("empty.pdf", b"", "empty_file"),
    ],
)
def test_upload_attacks(application, coordinator, name, content, code):
    if code is None:
        attachment = add(application, coordinator, name=name, content=content)
        assert ".." not in attachment.file.name and "/etc/" not in attachment.file.name
        assert attachment.file.name.endswith(".pdf") and len(attachment.original_name) <= 255
        assert "/" not in attachment.original_name
        return
    with pytest.raises(DomainError) as refused:
        add(application, coordinator, name=name, content=content)
    assert refused.value.code == code
    assert not application.attachments.exists()

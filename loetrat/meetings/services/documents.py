"""Documents attached to an agenda item: PDF only (recognised by content, not by name), at
most MAX_DOCUMENT_MB each and MAX_DOCUMENTS_PER_ITEM per item, while the meeting is open.
Nothing is deleted: removal marks the row, and the stored file stays for the record."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import DomainError
from loetrat.core.files import MB, sniff

from ..models import AgendaDocument, AgendaItem, Meeting
from .meetings import require_open

MAX_DOCUMENT_MB = 20
MAX_DOCUMENTS_PER_ITEM = 30
TITLE_MAX_LENGTH = AgendaDocument._meta.get_field("title_th").max_length


def _open_meeting(agenda_item: AgendaItem) -> Meeting:
    """The item's meeting, locked so that two uploads at once respect the per-item limit."""
    meeting = (
        Meeting.objects.select_for_update()
        .select_related("committee")
        .get(pk=agenda_item.meeting_id)
    )
    require_open(meeting)
    return meeting


def _clean_title(title_th: str, name: str) -> str:
    title = " ".join((title_th or "").split())
    if not title:
        raise DomainError(
            _("Give %(name)s a title.") % {"name": name}, code="title_required", field="title_th"
        )
    if len(title) > TITLE_MAX_LENGTH:
        raise DomainError(
            _("The title of %(name)s may be at most %(limit)s characters.")
            % {"name": name, "limit": TITLE_MAX_LENGTH},
            code="title_too_long",
            field="title_th",
        )
    return title


def _head(upload) -> bytes:
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    return head if isinstance(head, bytes) else head.encode()


def _check_file(upload, name: str) -> int:
    """The upload's size once it is known to be a non-empty PDF within the limit."""
    size = File(upload).size or 0
    if size == 0:
        raise DomainError(_("%(name)s is empty.") % {"name": name}, code="empty_file", field="file")
    detected = sniff(_head(upload))
    if detected is None or detected[1] != "pdf":
        raise DomainError(
            _("%(name)s is not a PDF, whatever its name says. Save it as PDF and try again.")
            % {"name": name},
            code="file_type",
            field="file",
        )
    if size > MAX_DOCUMENT_MB * MB:
        raise DomainError(
            _("%(name)s is %(size).1f MB; each file may be at most %(limit)s MB.")
            % {"name": name, "size": size / MB, "limit": MAX_DOCUMENT_MB},
            code="file_too_big",
            field="file",
        )
    return size


def _sha256(upload) -> str:
    digest = hashlib.sha256()
    for chunk in File(upload).chunks():
        digest.update(chunk if isinstance(chunk, bytes) else chunk.encode())
    upload.seek(0)
    return digest.hexdigest()


@transaction.atomic
def agenda_document_add(*, agenda_item: AgendaItem, title_th: str, upload, actor) -> AgendaDocument:
    """Check and store one PDF for an agenda item. Refused (DomainError naming the file) when
    empty, not a PDF, too big, one too many for the item, or the meeting is closed."""
    meeting = _open_meeting(agenda_item)
    name = Path(getattr(upload, "name", "") or "document.pdf").name[:255]
    title = _clean_title(title_th, name)
    size = _check_file(upload, name)
    if agenda_item.documents.active().count() >= MAX_DOCUMENTS_PER_ITEM:
        raise DomainError(
            _(
                "%(name)s cannot be added: item %(position)s already has %(count)s documents, "
                "the most it may have. Remove one first."
            )
            % {"name": name, "position": agenda_item.position, "count": MAX_DOCUMENTS_PER_ITEM},
            code="too_many_documents",
            field="file",
        )
    document = AgendaDocument(
        agenda_item=agenda_item,
        title_th=title,
        original_name=name,
        size=size,
        sha256=_sha256(upload),
        uploaded_by=actor,
    )
    document.file.save("document.pdf", File(upload), save=False)
    document.save()
    audit_record(
        actor=actor,
        action="meetings.document.added",
        target=agenda_item,
        organization_id=meeting.committee.secretariat_id,
        after={
            "document": document.pk,
            "title_th": title,
            "file": name,
            "size": size,
            "sha256": document.sha256,
        },
    )
    return document


@transaction.atomic
def agenda_document_remove(*, document: AgendaDocument, actor) -> None:
    """Take a document off its item; the row and the stored file stay for the record."""
    item = document.agenda_item
    meeting = _open_meeting(item)
    if AgendaDocument.objects.select_for_update().get(pk=document.pk).removed_at is not None:
        return
    document.removed_at = timezone.now()
    document.removed_by = actor
    document.save(update_fields=["removed_at", "removed_by"])
    audit_record(
        actor=actor,
        action="meetings.document.removed",
        target=item,
        organization_id=meeting.committee.secretariat_id,
        before={
            "document": document.pk,
            "title_th": document.title_th,
            "file": document.original_name,
        },
    )

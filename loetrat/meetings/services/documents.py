"""Documents attached to an agenda item: PDF only (recognised by content, not by name), at
most MAX_DOCUMENT_MB each and MAX_DOCUMENTS_PER_ITEM per item, while the meeting is open.
Nothing is deleted: removal marks the row, and the stored file stays for the record."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import DomainError
from loetrat.core.files import check_upload, mark_removed, store_upload

from ..models import AgendaDocument, AgendaItem, Meeting
from .meetings import require_open

MAX_DOCUMENT_MB = 20
MAX_DOCUMENTS_PER_ITEM = 30
TITLE_MAX_LENGTH = AgendaDocument._meta.get_field("title_th").max_length


def _open_meeting(agenda_item: AgendaItem) -> Meeting:
    """The item's meeting, locked so that two uploads at once respect the per-item limit."""
    meeting = (
        Meeting.objects.select_for_update(of=("self",))
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


@transaction.atomic
def agenda_document_add(*, agenda_item: AgendaItem, title_th: str, upload, actor) -> AgendaDocument:
    """Check and store one PDF for an agenda item. Refused (DomainError naming the file) when
    empty, not a PDF, too big, one too many for the item, or the meeting is closed."""
    meeting = _open_meeting(agenda_item)
    name = Path(getattr(upload, "name", "") or "document.pdf").name[:255]
    title = _clean_title(title_th, name)
    checked = check_upload(upload, accept=("pdf",), max_mb=MAX_DOCUMENT_MB)
    if agenda_item.documents.active().count() >= MAX_DOCUMENTS_PER_ITEM:
        raise DomainError(
            _(
                "%(name)s cannot be added: item %(position)s already has %(count)s documents, "
                "the most it may have. Remove one first."
            )
            % {"name": name, "position": agenda_item.label, "count": MAX_DOCUMENTS_PER_ITEM},
            code="too_many_documents",
            field="file",
        )
    document = store_upload(
        AgendaDocument(agenda_item=agenda_item, title_th=title), checked, actor=actor
    )
    audit_record(
        actor=actor,
        action="meetings.document.added",
        target=agenda_item,
        organization_id=meeting.committee.secretariat_id,
        after={
            "document": document.pk,
            "title_th": title,
            "file": name,
            "size": checked.size,
            "sha256": document.sha256,
        },
    )
    return document


@transaction.atomic
def agenda_document_remove(*, document: AgendaDocument, actor) -> None:
    """Take a document off its item; the row and the stored file stay for the record."""
    item = document.agenda_item
    meeting = _open_meeting(item)
    if not mark_removed(document, actor=actor):
        return
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

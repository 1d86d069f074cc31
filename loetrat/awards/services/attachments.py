"""Files attached to an application: PDF and images only, recognised by their content, within
the type's size limits, stored privately and never deleted (removal only marks the row)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import DomainError
from loetrat.core.files import MB, sniff

from ..enums import FieldKind
from ..models import ApplicationAttachment
from ..schema import DEFAULT_MAX_FILES, field_label
from .applications import record_revision
from .editing import ensure_editable, lock_application


def _field(award_type, field_key: str) -> dict:
    for field in award_type.form_schema or []:
        if field.get("key") == field_key and field.get("kind") == FieldKind.FILE:
            return field
    raise DomainError(_("This form has no such file field."), code="unknown_field", field=field_key)


def _read(upload) -> bytes:
    upload.seek(0)
    content = upload.read()
    return content if isinstance(content, bytes) else content.encode()


def active_attachments(application):
    return application.attachments.filter(removed_at__isnull=True)


def _sync_field(application, field_key: str) -> None:
    application.data = {
        **application.data,
        field_key: list(
            active_attachments(application)
            .filter(field_key=field_key)
            .order_by("uploaded_at", "pk")
            .values_list("pk", flat=True)
        ),
    }


@transaction.atomic
def attachment_add(
    *, application, field_key: str, upload, actor, record: bool = True
) -> ApplicationAttachment:
    """Check and store one uploaded file for a file field. With `record`, the change is kept as
    a new revision (pass False when a form save that follows will record it)."""
    locked = lock_application(application)
    ensure_editable(locked, actor, doing=_("change the attachments"))
    award_type = locked.award_type
    field = _field(award_type, field_key)
    label = field_label(field)
    name = Path(getattr(upload, "name", "") or "file").name[:255]
    content = _read(upload)
    size = len(content)
    if size == 0:
        raise DomainError(
            _("%(name)s is empty.") % {"name": name}, code="empty_file", field=field_key
        )
    detected = sniff(content[:16])
    accept = field.get("accept") or ["pdf", "image"]
    if detected is None or detected[1] not in accept:
        raise DomainError(
            _(
                "%(name)s is not a PDF or an image (PNG, JPEG, GIF, WebP), whatever its name "
                "says. Save it as PDF and try again."
            )
            % {"name": name},
            code="file_type",
            field=field_key,
        )
    if size > award_type.max_file_mb * MB:
        raise DomainError(
            _("%(name)s is %(size).1f MB; each file may be at most %(limit)s MB.")
            % {"name": name, "size": size / MB, "limit": award_type.max_file_mb},
            code="file_too_big",
            field=field_key,
        )
    used = active_attachments(locked).aggregate(total=Sum("size"))["total"] or 0
    if used + size > award_type.max_total_mb * MB:
        raise DomainError(
            _("All files together may be at most %(limit)s MB; %(used).1f MB are used already.")
            % {"limit": award_type.max_total_mb, "used": used / MB},
            code="files_too_big",
            field=field_key,
        )
    limit = int(field.get("max_files") or DEFAULT_MAX_FILES)
    if active_attachments(locked).filter(field_key=field_key).count() >= limit:
        raise DomainError(
            _("%(label)s takes at most %(count)s files; remove one first.")
            % {"label": label, "count": limit},
            code="too_many_files",
            field=field_key,
        )
    mime, _kind, extension = detected
    attachment = ApplicationAttachment(
        application=locked,
        field_key=field_key,
        original_name=name,
        content_type=mime,
        size=size,
        sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by=actor,
    )
    attachment.file.save(f"upload.{extension}", ContentFile(content), save=False)
    attachment.save()
    _sync_field(locked, field_key)
    if record:
        record_revision(locked, actor)
    else:
        locked.save(update_fields=["data", "updated_at"])
    audit_record(
        actor=actor,
        action="awards.application.attachment_added",
        target=locked,
        organization_id=locked.organization_id,
        after={"field": field_key, "file": name, "size": size, "sha256": attachment.sha256},
    )
    application.data, application.revision_count = locked.data, locked.revision_count
    application.state = locked.state
    return attachment


@transaction.atomic
def attachment_remove(*, attachment, actor, record: bool = True) -> None:
    """Take a file off the application; the row and the stored file stay for the history."""
    locked = lock_application(attachment.application)
    ensure_editable(locked, actor, doing=_("change the attachments"))
    if attachment.removed_at is not None:
        return
    attachment.removed_at = timezone.now()
    attachment.save(update_fields=["removed_at"])
    _sync_field(locked, attachment.field_key)
    if record:
        record_revision(locked, actor)
    else:
        locked.save(update_fields=["data", "updated_at"])
    audit_record(
        actor=actor,
        action="awards.application.attachment_removed",
        target=locked,
        organization_id=locked.organization_id,
        before={"field": attachment.field_key, "file": attachment.original_name},
    )

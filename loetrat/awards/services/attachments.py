"""Files attached to an application: PDF and images only, recognised by their content, within
the type's size limits, stored privately and never deleted (removal only marks the row)."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.db import retry_on_conflict
from loetrat.core.errors import DomainError
from loetrat.core.files import MB, check_upload, mark_removed, store_upload
from loetrat.core.formschema import FieldKind
from loetrat.core.formschema.schema import DEFAULT_MAX_FILES, field_label

from ..models import ApplicationAttachment
from .applications import record_revision
from .editing import ensure_editable, lock_application


def _field(award_type, field_key: str) -> dict:
    for field in award_type.form_schema or []:
        if field.get("key") == field_key and field.get("kind") == FieldKind.FILE:
            return field
    raise DomainError(_("This form has no such file field."), code="unknown_field", field=field_key)


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


@retry_on_conflict
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
    checked = check_upload(
        upload,
        accept=field.get("accept") or ["pdf", "image"],
        max_mb=award_type.max_file_mb,
        field=field_key,
    )
    used = active_attachments(locked).aggregate(total=Sum("size"))["total"] or 0
    if used + checked.size > award_type.max_total_mb * MB:
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
            % {"label": field_label(field), "count": limit},
            code="too_many_files",
            field=field_key,
        )
    attachment = store_upload(
        ApplicationAttachment(application=locked, field_key=field_key), checked, actor=actor
    )
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
        after={
            "field": field_key,
            "file": checked.name,
            "size": checked.size,
            "sha256": checked.sha256,
        },
    )
    application.data, application.revision_count = locked.data, locked.revision_count
    application.state = locked.state
    return attachment


@retry_on_conflict
@transaction.atomic
def attachment_remove(*, attachment, actor, record: bool = True) -> None:
    """Take a file off the application; the row and the stored file stay for the history."""
    locked = lock_application(attachment.application)
    ensure_editable(locked, actor, doing=_("change the attachments"))
    if not mark_removed(attachment, actor=actor):
        return
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

"""Deadlines: a type's closing time, moved later for one agency by the secretariat."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import DomainError, PermissionDeniedError
from loetrat.core.thai.dates import format_datetime

from ..models import DeadlineExtension
from ..selectors.deadlines import submission_deadline


def refuse_after_deadline(application, *, doing: str) -> None:
    """Raise a clear DomainError when the application's deadline has passed."""
    deadline = submission_deadline(application.award_type, application.organization_id)
    if deadline is not None and timezone.now() > deadline:
        raise DomainError(
            _(
                "Applications for this type closed on %(deadline)s, so you can no longer "
                "%(doing)s. The application stays readable; ask the secretariat for an "
                "extension if you need one."
            )
            % {"deadline": format_datetime(deadline), "doing": doing},
            code="deadline_passed",
        )


@transaction.atomic
def deadline_extension_grant(*, award_type, organization, until, reason: str, actor):
    """Let one agency submit to one type until `until` (replacing an earlier extension)."""
    if not actor.has_perm("awards.grant_extension"):
        raise PermissionDeniedError(_("Only the secretariat may extend a deadline."))
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(
            _("Say why the deadline is extended; it is recorded."),
            code="reason_required",
            field="reason",
        )
    if until is None or until <= timezone.now():
        raise DomainError(
            _("The new deadline must be in the future."), code="invalid_until", field="until"
        )
    if award_type.closes_at and until <= award_type.closes_at:
        raise DomainError(
            _("The new deadline must be later than the type's own closing time (%(closes)s).")
            % {"closes": format_datetime(award_type.closes_at)},
            code="invalid_until",
            field="until",
        )
    existing = (
        DeadlineExtension.objects.select_for_update()
        .filter(award_type=award_type, organization=organization)
        .first()
    )
    before = {"until": existing.until, "reason": existing.reason} if existing else None
    if existing:
        existing.until, existing.reason, existing.granted_by = until, reason, actor
        existing.save(update_fields=["until", "reason", "granted_by", "updated_at"])
        extension = existing
    else:
        extension = DeadlineExtension.objects.create(
            award_type=award_type,
            organization=organization,
            until=until,
            reason=reason,
            granted_by=actor,
        )
    audit_record(
        actor=actor,
        action="awards.extension.granted",
        target=extension,
        organization_id=organization.pk,
        before=before,
        after={"award_type": award_type.code, "until": until},
        reason=reason,
    )
    return extension

"""When an agency must have submitted: a type's closing time, moved later for one agency by the
secretariat's extension."""

from __future__ import annotations

from django.utils import timezone

from ..models import DeadlineExtension


def submission_deadline(award_type, organization_id: int):
    """When this agency must have submitted: the type's closing time, or the agency's extension
    when that is later. None when the type has no closing time."""
    closes = award_type.closes_at
    extension = (
        DeadlineExtension.objects.filter(award_type=award_type, organization_id=organization_id)
        .values_list("until", flat=True)
        .first()
    )
    if extension and (closes is None or extension > closes):
        return extension
    return closes


def deadline_passed(application, at=None) -> bool:
    deadline = submission_deadline(application.award_type, application.organization_id)
    return deadline is not None and (at or timezone.now()) > deadline

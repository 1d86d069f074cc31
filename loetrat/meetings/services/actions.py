"""Follow-up actions (ข้อสั่งการ) given by resolutions, and carrying overdue ones forward."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import DomainError

from ..enums import OPEN_ACTION_STATUSES, ActionStatus
from ..models import ActionProgress, FollowUpAction, Resolution


@transaction.atomic
def action_create(*, resolution: Resolution, title_th: str, owner, due_on, actor) -> FollowUpAction:
    if not title_th.strip():
        raise DomainError(_("Write the instruction."), code="title_required", field="title_th")
    action = FollowUpAction(resolution=resolution, title_th=title_th, owner=owner, due_on=due_on)
    action.full_clean()
    action.save()
    audit_record(
        actor=actor,
        action="meetings.action.created",
        target=action,
        organization_id=owner.pk,
        after={"title_th": title_th, "due_on": due_on},
    )
    return action


@transaction.atomic
def action_progress(
    *, action: FollowUpAction, note_th: str, actor, status: str | None = None
) -> ActionProgress:
    """Add a progress note, and optionally move the action on (done records the day)."""
    action = FollowUpAction.objects.select_for_update().get(pk=action.pk)
    if not note_th.strip():
        raise DomainError(_("Write what was done."), code="note_required", field="note_th")
    before = action.status
    if status and status != action.status:
        action.status = status
        action.completed_on = timezone.localdate() if status == ActionStatus.DONE else None
        action.save(update_fields=["status", "completed_on", "updated_at"])
    progress = ActionProgress.objects.create(action=action, note_th=note_th, recorded_by=actor)
    audit_record(
        actor=actor,
        action="meetings.action.progressed",
        target=action,
        organization_id=action.owner_id,
        before={"status": before},
        after={"status": action.status, "note": note_th[:200]},
    )
    return progress


def overdue_actions(*, committee=None, on=None):
    """Open actions past their due date, oldest first (for dashboards and the next agenda)."""
    on = on or timezone.localdate()
    qs = FollowUpAction.objects.filter(status__in=OPEN_ACTION_STATUSES, due_on__lt=on)
    if committee is not None:
        qs = qs.filter(resolution__agenda_item__meeting__committee=committee)
    return qs.select_related("owner", "resolution__agenda_item__meeting").order_by("due_on", "pk")

"""Follow-up actions (ข้อสั่งการ) given by resolutions, and carrying overdue ones forward."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.thai.dates import format_date
from loetrat.core.transitions import StateMachine, lock, transition
from loetrat.organizations.selectors import role_holders

from ..enums import ACTION_TRANSITIONS, OPEN_ACTION_STATUSES, ActionStatus
from ..models import ActionProgress, FollowUpAction, Resolution
from .action_notices import ACTION_ROLES, action_notices


@transaction.atomic
def action_create(*, resolution: Resolution, title_th: str, owner, due_on, actor) -> FollowUpAction:
    """Give `owner` an action due on `due_on`; its coordinators and heads get a notice."""
    if not title_th.strip():
        raise DomainError(_("Write the instruction."), code="title_required", field="title_th")
    meeting = resolution.agenda_item.meeting
    held_on = meeting.day
    if due_on is not None and due_on <= held_on:
        raise DomainError(
            _("An action given at meeting %(number)s is due after the meeting (%(day)s).")
            % {"number": meeting.number, "day": format_date(held_on)},
            code="due_before_meeting",
            field="due_on",
        )
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
    people = role_holders([owner.pk], ACTION_ROLES).get(owner.pk, [])
    action_notices("meetings.action.assigned", action, people, actor=actor)
    return action


ACTION_MACHINE = StateMachine(
    model=FollowUpAction,
    transitions=ACTION_TRANSITIONS,
    audit_prefix="meetings.action",
    audit_verbs=dict.fromkeys(ActionStatus.values, "progressed"),
    organization_of=lambda action: action.owner_id,
    refusal=lambda action, _status: ConflictError(
        _("This action is %(status)s; it can no longer move on.")
        % {"status": action.get_status_display().lower()},
        code="action_closed",
    ),
)


@transaction.atomic
def action_progress(
    *, action: FollowUpAction, note_th: str, actor, status: str | None = None
) -> ActionProgress:
    """Add a progress note, and optionally move the action on (done records the day); one
    audit row says both."""
    if not note_th.strip():
        raise DomainError(_("Write what was done."), code="note_required", field="note_th")
    locked = lock(ACTION_MACHINE, action)
    if status and status != locked.status:
        transition(
            ACTION_MACHINE,
            locked,
            action=status,
            actor=actor,
            changes={"completed_on": timezone.localdate() if status == ActionStatus.DONE else None},
            audit_after={"note": note_th[:200]},
        )
    else:
        audit_record(
            actor=actor,
            action="meetings.action.progressed",
            target=locked,
            organization_id=locked.owner_id,
            before={"status": locked.status},
            after={"status": locked.status, "note": note_th[:200]},
        )
    return ActionProgress.objects.create(action=locked, note_th=note_th, recorded_by=actor)


def overdue_actions(*, committee=None, on=None):
    """Open actions past their due date, oldest first (for dashboards and the next agenda)."""
    on = on or timezone.localdate()
    qs = FollowUpAction.objects.filter(status__in=OPEN_ACTION_STATUSES, due_on__lt=on)
    if committee is not None:
        qs = qs.filter(resolution__agenda_item__meeting__committee=committee)
    return qs.select_related("owner", "resolution__agenda_item__meeting").order_by("due_on", "pk")

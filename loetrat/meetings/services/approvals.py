"""The approval gate: what a committee must approve takes effect only through a resolution.

Apps register the models that need approval and what approval does to them (e.g. frameworks:
freeze the criteria version). `resolution_approve` is the one place that links a resolution to
what it approved, checks it may, audits it and runs the app's handler."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError, DomainError

from ..enums import APPROVING_OUTCOMES, MeetingStatus
from ..models import AgendaLink, Approval, Meeting, Resolution

# model label ("frameworks.frameworkversion") -> (handler(target, resolution, actor),
# in_effect(target) -> bool: already approved some other way, e.g. before this gate existed)
_approvables: dict[str, tuple[Callable, Callable]] = {}


def register_approvable(
    model_label: str, handler: Callable, in_effect: Callable = lambda target: False
) -> None:
    """Declare that objects of this model take effect by resolution, what approving does, and
    how to tell that an object is already in effect."""
    _approvables[model_label.lower()] = (handler, in_effect)


def is_approvable(target) -> bool:
    """Whether objects like `target` take effect by resolution."""
    return target._meta.label_lower in _approvables


def is_approved(target) -> bool:
    """Whether `target` is in effect: approved by a resolution, or some other way (e.g. before
    the gate existed)."""
    _handler, in_effect = _approvables.get(target._meta.label_lower, (None, lambda obj: False))
    return bool(in_effect(target)) or (
        Approval.objects.filter(
            content_type=ContentType.objects.get_for_model(target), object_id=target.pk
        ).exists()
    )


def approval_of(target) -> Approval | None:
    """The approval that made this object take effect, if any."""
    return (
        Approval.objects.select_related("resolution__agenda_item__meeting__committee")
        .filter(content_type=ContentType.objects.get_for_model(target), object_id=target.pk)
        .first()
    )


@transaction.atomic
def resolution_approve(*, resolution: Resolution, target, actor) -> Approval:
    """Approve `target` by `resolution`. The resolution must approve (not note or reject), its
    minutes must be certified, its agenda item must concern the target, and the target's model
    must be one that takes effect by resolution."""
    target = type(target)._default_manager.get(pk=target.pk)  # judge the stored state
    label = target._meta.label_lower
    handler, _in_effect = _approvables.get(label, (None, None))
    if handler is None:
        raise DomainError(
            _("%(what)s does not take effect by resolution.") % {"what": target._meta.verbose_name},
            code="not_approvable",
        )
    if resolution.outcome not in APPROVING_OUTCOMES:
        raise ConflictError(
            _("This resolution does not approve anything (%(outcome)s).")
            % {"outcome": resolution.get_outcome_display()},
            code="resolution_not_approving",
        )
    meeting = Meeting.objects.select_related("committee").get(pk=resolution.agenda_item.meeting_id)
    if meeting.status != MeetingStatus.CERTIFIED:
        raise ConflictError(
            _("The minutes of meeting %(number)s must be certified first.")
            % {"number": meeting.number},
            code="minutes_not_certified",
        )
    content_type = ContentType.objects.get_for_model(target)
    if not AgendaLink.objects.filter(
        agenda_item=resolution.agenda_item, content_type=content_type, object_id=target.pk
    ).exists():
        raise ConflictError(
            _("The agenda item of this resolution does not concern %(target)s.")
            % {"target": target},
            code="not_on_agenda",
        )
    if is_approved(target):
        raise ConflictError(
            _("%(target)s is already approved.") % {"target": target}, code="already_approved"
        )
    approval = Approval.objects.create(
        resolution=resolution,
        content_type=content_type,
        object_id=target.pk,
        approved_by=actor,
        target_label=str(target)[:300],
    )
    handler(target, resolution, actor)
    audit_record(
        actor=actor,
        action="meetings.approval.granted",
        target=target,
        organization_id=meeting.committee.secretariat_id,
        after={"resolution": str(resolution), "approval": approval.pk},
    )
    return approval


def approve_linked_objects(*, resolution: Resolution, actor) -> list[Approval]:
    """After certification: an approving resolution approves every approvable object its item
    concerns and that is not approved yet."""
    if resolution.outcome not in APPROVING_OUTCOMES:
        return []
    approvals = []
    for link in resolution.agenda_item.links.select_related("content_type"):
        label = f"{link.content_type.app_label}.{link.content_type.model}"
        if label not in _approvables:
            continue
        target = link.content_type.get_object_for_this_type(pk=link.object_id)
        if is_approved(target):
            continue
        approvals.append(resolution_approve(resolution=resolution, target=target, actor=actor))
    return approvals

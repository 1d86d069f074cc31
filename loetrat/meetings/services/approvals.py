"""The approval gate's meetings side: an approving resolution, once its minutes are certified,
makes what its agenda item concerns take effect. What takes effect by resolution, and what that
does, is declared by each app in core's registry (`core.kinds`); the approval itself is stored
by `core.approvals.approval_grant`."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from loetrat.core.approvals import approval_grant, is_in_effect
from loetrat.core.errors import ConflictError
from loetrat.core.kinds import is_approvable
from loetrat.core.models import Approval

from ..enums import APPROVING_OUTCOMES, MeetingStatus
from ..models import AgendaLink, Meeting, Resolution


@transaction.atomic
def resolution_approve(*, resolution: Resolution, target, actor) -> Approval:
    """Approve `target` by `resolution`. The resolution must approve (not note or reject), its
    minutes must be certified and its agenda item must concern the target; core refuses what
    does not take effect by resolution or is in effect already."""
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
    if not AgendaLink.objects.filter(
        agenda_item=resolution.agenda_item,
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
    ).exists():
        raise ConflictError(
            _("The agenda item of this resolution does not concern %(target)s.")
            % {"target": target},
            code="not_on_agenda",
        )
    with translation.override("th"):  # the record is kept in Thai, whoever certifies
        reference = str(resolution)
    return approval_grant(
        target=target,
        actor=actor,
        reference_th=reference,
        decided_on=meeting.day,
        source=resolution,
        organization_id=meeting.committee.secretariat_id,
    )


def approve_linked_objects(*, resolution: Resolution, actor) -> list[Approval]:
    """After certification: an approving resolution approves every object its item concerns
    that takes effect by resolution and is not in effect yet."""
    if resolution.outcome not in APPROVING_OUTCOMES:
        return []
    approvals = []
    for link in resolution.agenda_item.links.select_related("content_type"):
        model = link.content_type.model_class()
        if model is None or not is_approvable(model):
            continue
        target = model._default_manager.get(pk=link.object_id)
        if is_in_effect(target):
            continue
        approvals.append(resolution_approve(resolution=resolution, target=target, actor=actor))
    return approvals

"""What may be put before a committee: something that takes effect by resolution and is not in
effect yet, or a final resolution of the same committee to correct; and nothing that already
waits on an open meeting's agenda."""

from __future__ import annotations

from django.utils.translation import gettext as _

from loetrat.core.approvals import is_in_effect
from loetrat.core.errors import ConflictError
from loetrat.core.kinds import is_approvable

from ..enums import MeetingStatus
from ..models import Meeting, Resolution
from ..selectors.proposals import pending_item


def check_correction(corrects: Resolution, meeting: Meeting) -> None:
    """A correction is a new resolution of the same committee on a final (certified) one."""
    made_at = Meeting.objects.select_related("committee").get(pk=corrects.agenda_item.meeting_id)
    if made_at.committee_id != meeting.committee_id:
        raise ConflictError(
            _("Only %(committee)s can correct its own resolution.")
            % {"committee": made_at.committee},
            code="other_committee",
            field="corrects",
        )
    if made_at.status != MeetingStatus.CERTIFIED:
        raise ConflictError(
            _(
                "The minutes of meeting %(number)s are not certified yet: change the "
                "resolution there instead of correcting it later."
            )
            % {"number": made_at.number},
            code="resolution_not_final",
            field="corrects",
        )


def check_proposable(target, meeting: Meeting) -> None:
    """Refuse to put `target` before `meeting` when it is approved already, already waits on an
    open meeting's agenda, or (a resolution) is not final or is another committee's. Objects
    that are not decided by a committee (an organisation an item mentions) pass."""
    if isinstance(target, Resolution):
        check_correction(target, meeting)
    elif not is_approvable(target):
        return
    elif is_in_effect(target):
        raise ConflictError(
            _("%(target)s is already approved.") % {"target": target}, code="already_approved"
        )
    waiting = pending_item(target)
    if waiting is not None:
        raise ConflictError(
            _("%(target)s is already on the agenda of meeting %(number)s, item %(position)s.")
            % {
                "target": target,
                "number": waiting.meeting.number,
                "position": waiting.label,
            },
            code="already_on_agenda",
        )

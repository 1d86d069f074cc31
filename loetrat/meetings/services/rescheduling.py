"""Postponing and cancelling a scheduled meeting, each with its reason, through the meeting's
state machine. A postponed meeting keeps its number (ครั้งที่ 8/2566 stays 8/2566), so it can
move only within its Buddhist-Era year; a cancelled meeting keeps its number too, unused."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.thai.dates import be_year
from loetrat.core.transitions import transition

from ..enums import MeetingAction
from ..models import Meeting
from .meetings import MEETING_MACHINE


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise DomainError(
            _("Give the reason; the members and the record need it."),
            code="reason_required",
            field="reason",
        )
    return reason


def meeting_postpone(
    *, meeting: Meeting, starts_at: datetime.datetime, reason: str, actor
) -> Meeting:
    """Move a scheduled meeting to `starts_at`, keeping its number and agenda. Refused when
    the new time has passed or falls in another B.E. year, when attendance was already
    recorded, or when the chair's seat does not cover the new day."""
    reason = _reason(reason)
    if starts_at <= timezone.now():
        raise DomainError(
            _("The new date and time have already passed."),
            code="starts_in_past",
            field="starts_at",
        )

    def check(locked, _new_state):
        if starts_at == locked.starts_at:
            raise DomainError(
                _("The meeting already begins then; give the new date or time."),
                code="same_time",
                field="starts_at",
            )
        year = be_year(timezone.localtime(starts_at).year)
        if year != locked.year_be:
            raise ConflictError(
                _(
                    "Meeting %(number)s keeps its number, so it can move only within %(year)s. "
                    "Cancel it and schedule a meeting in %(new_year)s instead."
                )
                % {"number": locked.number, "year": locked.year_be, "new_year": year},
                code="other_year",
                field="starts_at",
            )
        if locked.attendance.exists():
            raise ConflictError(
                _("The attendance of meeting %(number)s is recorded: it has begun.")
                % {"number": locked.number},
                code="meeting_begun",
            )
        day = timezone.localtime(starts_at).date()
        if locked.chair_id and not locked.chair.serves_on(day):
            raise ConflictError(
                _(
                    "%(name)s does not serve on the committee on the new day; choose the chair "
                    "again."
                )
                % {"name": locked.chair.name_th},
                code="chair_not_serving",
                field="starts_at",
            )

    def changes(locked):
        moved = {"starts_at": starts_at, "postponed_from": locked.starts_at}
        if locked.ends_at is not None:
            moved["ends_at"] = locked.ends_at + (starts_at - locked.starts_at)
        return {**moved, "postponement_reason": reason}

    return transition(
        MEETING_MACHINE,
        meeting,
        action=MeetingAction.POSTPONE,
        actor=actor,
        reason=reason,
        check=check,
        changes=changes,
    )


def meeting_cancel(*, meeting: Meeting, reason: str, actor) -> Meeting:
    """Cancel a scheduled meeting with its reason; its number is not given to another."""
    reason = _reason(reason)
    return transition(
        MEETING_MACHINE,
        meeting,
        action=MeetingAction.CANCEL,
        actor=actor,
        reason=reason,
        changes={"cancellation_reason": reason},
    )

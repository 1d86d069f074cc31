"""What a person may do with an application now, decided once for its page: the actions of the
transition map they may take (the deadline stops some), whether they may edit, and whether they
see the checks. The services enforce the same rules when the person acts."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from ..enums import (
    ACTIONS_NEEDING_REASON,
    BLOCKED_AFTER_DEADLINE,
    EDITABLE_STATES,
    TRANSITIONS,
    ApplicationAction,
)
from ..rules import ACTION_PERMISSIONS
from .deadlines import submission_deadline

DANGEROUS = frozenset({ApplicationAction.WITHDRAW, ApplicationAction.SCREEN_OUT})


@dataclass(frozen=True)
class ApplicationAbilities:
    deadline: datetime.datetime | None
    deadline_passed: bool
    can_edit: bool
    show_checks: bool
    actions: list[dict] = field(default_factory=list)


def application_abilities(user, application) -> ApplicationAbilities:
    """One query (the agency's deadline) however many actions there are."""
    deadline = submission_deadline(application.award_type, application.organization_id)
    passed = deadline is not None and timezone.now() > deadline
    preparing = application.state in EDITABLE_STATES and not passed
    may_edit = user.has_perm("awards.edit_application", application)
    actions = [
        {
            "value": action.value,
            "label": action.label,
            "needs_reason": action in ACTIONS_NEEDING_REASON,
            "danger": action in DANGEROUS,
        }
        for action in ApplicationAction
        if (application.state, action) in TRANSITIONS
        and not (passed and action in BLOCKED_AFTER_DEADLINE)
        and user.has_perm(ACTION_PERMISSIONS[action], application)
    ]
    # The agency checks while preparing; the secretariat checks again after submission.
    show_checks = (
        preparing and (may_edit or user.has_perm("awards.endorse_application", application))
    ) or user.has_perm("awards.screen_application", application)
    return ApplicationAbilities(
        deadline=deadline,
        deadline_passed=passed,
        can_edit=may_edit and preparing,
        show_checks=show_checks,
        actions=actions,
    )

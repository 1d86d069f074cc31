"""Periodic work of the meetings: reminding responsible bodies of their overdue follow-up
actions."""

from __future__ import annotations

from django.db import transaction
from django_tasks import task

from loetrat.organizations.selectors import role_holders

from .services.action_notices import ACTION_ROLES, action_notices
from .services.actions import overdue_actions


@task()
def overdue_action_reminders() -> int:
    """The daily reminder of overdue actions (registered as a periodic job)."""
    return remind_overdue_actions()


def remind_overdue_actions(on=None) -> int:
    """Remind the coordinators and heads of each body with an action overdue `on` (today by
    default; at most once a day per action); returns how many reminders were sent."""
    actions = list(
        overdue_actions(on=on).select_related("resolution__agenda_item__meeting__committee")
    )
    people = role_holders({action.owner_id for action in actions}, ACTION_ROLES)
    reminded = 0
    for action in actions:
        with transaction.atomic():
            reminded += action_notices(
                "meetings.action.overdue",
                action,
                people.get(action.owner_id, []),
                once_a_day=True,
            )
    return reminded

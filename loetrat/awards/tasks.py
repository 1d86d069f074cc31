"""Periodic work of the awards: reminding agency heads of applications that await their
endorsement too long or close to the deadline."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from loetrat.core.audit_selectors import last_event_times
from loetrat.organizations.enums import Role
from loetrat.organizations.selectors import role_holders

from .enums import ApplicationState
from .models import Application
from .selectors.deadlines import submission_deadline
from .services.application_notices import endorsement_reminder


def endorsement_due(*, sent_at, deadline, now) -> bool:
    """Whether a head is reminded: the application has waited the configured days, or its
    deadline comes within the configured days; never once the deadline has passed."""
    if deadline is not None and deadline < now:
        return False
    waited = now - sent_at >= datetime.timedelta(days=settings.LOETRAT_ENDORSEMENT_REMINDER_DAYS)
    near = deadline is not None and deadline - now <= datetime.timedelta(
        days=settings.LOETRAT_DEADLINE_REMINDER_DAYS
    )
    return waited or near


@task()
def endorsement_reminders() -> int:
    """The daily reminder of endorsements that wait (registered as a periodic job)."""
    return remind_waiting_endorsements()


def remind_waiting_endorsements(now=None) -> int:
    """Remind the heads of every agency with an application waiting for their endorsement
    (at most once a day per application); returns how many people were reminded."""
    now = now or timezone.now()
    waiting = list(
        Application.objects.filter(state=ApplicationState.AWAITING_ENDORSEMENT)
        .select_related("organization", "award_type")
        .order_by("pk")
    )
    sent = last_event_times("awards.application.send", Application, [a.pk for a in waiting])
    heads = role_holders({a.organization_id for a in waiting}, [Role.AGENCY_HEAD])
    reminded = 0
    for application in waiting:
        sent_at = sent.get(application.pk, application.updated_at)
        deadline = submission_deadline(application.award_type, application.organization_id)
        if not heads.get(application.organization_id):
            continue
        if not endorsement_due(sent_at=sent_at, deadline=deadline, now=now):
            continue
        with transaction.atomic():
            reminded += endorsement_reminder(
                application,
                heads[application.organization_id],
                since=timezone.localdate(sent_at),
                deadline=deadline,
            )
    return reminded

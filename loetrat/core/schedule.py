"""Periodic jobs: tasks that run on a schedule (reminders), enqueued by the worker's scheduler
(`manage.py run_worker`) rather than by a cron line.

Apps register them in `AppConfig.ready()`:

    register_periodic(Periodic("awards.endorsement_reminders", endorsement_reminders,
                               daily_at=datetime.time(8, 0)))

A job's *slot* is the latest moment it was due: today's `daily_at` in Bangkok time (yesterday's
before it), or the start of the current `every` interval. `tick()` enqueues each job whose slot
has not run yet and records the slot in `ScheduledRun` with a compare-and-set, so of two workers
ticking at once only one enqueues, and a restarted worker does not enqueue a slot again. A job
whose slot passed while no worker ran is enqueued once when one starts, not once per missed
slot."""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import ScheduledRun

logger = logging.getLogger("loetrat.schedule")
EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class Periodic:
    key: str
    task: object  # a django_tasks Task taking no arguments
    daily_at: datetime.time | None = None  # local (Bangkok) time of day
    every: datetime.timedelta | None = None

    def __post_init__(self):
        if (self.daily_at is None) == (self.every is None):
            raise ValueError(f"{self.key}: give either daily_at or every.")
        if self.every is not None and self.every < datetime.timedelta(minutes=1):
            raise ValueError(f"{self.key}: run at most once a minute.")

    def slot(self, now: datetime.datetime) -> datetime.datetime:
        """The latest moment at or before `now` when the job was due."""
        if self.every is not None:
            return EPOCH + ((now - EPOCH) // self.every) * self.every
        local = timezone.localtime(now)
        due = timezone.make_aware(datetime.datetime.combine(local.date(), self.daily_at))
        return due if due <= now else due - datetime.timedelta(days=1)


_jobs: dict[str, Periodic] = {}


def register_periodic(job: Periodic) -> None:
    _jobs[job.key] = job


def periodic_jobs() -> list[Periodic]:
    return sorted(_jobs.values(), key=lambda job: job.key)


def _row(key: str) -> ScheduledRun:
    try:
        with transaction.atomic():
            return ScheduledRun.objects.get_or_create(key=key)[0]
    except IntegrityError:  # another worker created it between our read and our insert
        return ScheduledRun.objects.get(key=key)


def _claim(job: Periodic, slot: datetime.datetime, now: datetime.datetime) -> bool:
    """Record `slot` as run, unless it (or a later one) already is; True when this call did."""
    row = _row(job.key)
    if row.last_slot is not None and row.last_slot >= slot:
        return False
    previous = ScheduledRun.objects.filter(pk=row.pk)
    previous = (
        previous.filter(last_slot__isnull=True)
        if row.last_slot is None
        else previous.filter(last_slot=row.last_slot)
    )
    return previous.update(last_slot=slot, last_run_at=now) == 1


def tick(now: datetime.datetime | None = None) -> list[str]:
    """Enqueue every job whose slot has not run; returns their keys. The claim and the enqueue
    are one transaction: a task that cannot be enqueued leaves the slot to the next tick."""
    now = now or timezone.now()
    started = []
    for job in periodic_jobs():
        with transaction.atomic():
            if not _claim(job, job.slot(now), now):
                continue
            job.task.enqueue()
        started.append(job.key)
        logger.info("enqueued periodic job %s", job.key)
    return started

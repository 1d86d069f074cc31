"""The scheduler beside the worker: a periodic job is enqueued once per slot, however many
workers tick and however often they restart, and the worker runs what it enqueued."""

import datetime
import threading
import zoneinfo

import pytest
from django.core.management import call_command

from loetrat.core import schedule
from loetrat.core.management.commands.run_worker import run_scheduler
from loetrat.core.models import ScheduledRun
from loetrat.core.schedule import Periodic, register_periodic, tick
from tests.exampleapp import tasks
from tests.test_concurrency import _run_together

pytestmark = pytest.mark.django_db(transaction=True)
BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
DAILY = "exampleapp.daily"


def at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2025, 3, day, hour, minute, tzinfo=BANGKOK)


@pytest.fixture
def jobs():
    """Only the example's job, as an app's ready() registers it; restored afterwards."""
    saved = dict(schedule._jobs)
    schedule._jobs.clear()
    register_periodic(Periodic(DAILY, tasks.count_run, daily_at=datetime.time(8, 0)))
    tasks.runs.clear()
    yield
    schedule._jobs.clear()
    schedule._jobs.update(saved)


def test_a_daily_slot_is_today_at_its_time_or_yesterday_before_it():
    job = Periodic(DAILY, tasks.count_run, daily_at=datetime.time(8, 0))
    assert job.slot(at(10, 9)) == at(10, 8)
    assert job.slot(at(10, 8)) == at(10, 8)
    assert job.slot(at(10, 7, 59)) == at(9, 8)
    hourly = Periodic("exampleapp.hourly", tasks.count_run, every=datetime.timedelta(hours=1))
    assert hourly.slot(at(10, 9, 35)) == at(10, 9)


def test_a_job_needs_one_schedule_and_not_too_often():
    with pytest.raises(ValueError):
        Periodic("x", tasks.count_run)
    with pytest.raises(ValueError):
        Periodic("x", tasks.count_run, daily_at=datetime.time(8), every=datetime.timedelta(1))
    with pytest.raises(ValueError):
        Periodic("x", tasks.count_run, every=datetime.timedelta(seconds=10))


def test_a_job_runs_when_due_and_not_again_in_the_same_slot(jobs):
    assert tick(at(10, 9)) == [DAILY]  # first start: the day's slot has passed
    assert tasks.runs == ["ran"]
    assert tick(at(10, 9, 30)) == []  # the same slot
    assert tick(at(11, 7, 59)) == []  # before the next day's time
    assert tick(at(11, 8, 0)) == [DAILY]
    assert len(tasks.runs) == 2
    row = ScheduledRun.objects.get(key=DAILY)
    assert row.last_slot == at(11, 8) and row.last_run_at == at(11, 8)


def test_a_restart_or_a_second_worker_does_not_run_a_slot_twice(jobs):
    assert tick(at(10, 9)) == [DAILY]
    # A second worker that read the row before the first claimed it loses the compare-and-set.
    row = ScheduledRun.objects.get(key=DAILY)
    row.last_slot = at(9, 8)
    assert schedule._claim(schedule._jobs[DAILY], at(10, 8), at(10, 9)) is False
    assert tick(at(10, 23)) == []  # a worker started later the same day
    assert tasks.runs == ["ran"]


def test_two_workers_ticking_at_once_enqueue_once(jobs):
    """In parallel threads on PostgreSQL, in turn on SQLite."""
    results = _run_together([lambda: tick(at(10, 9)), lambda: tick(at(10, 9))])
    assert sorted(results) == [[], [DAILY]]
    assert tasks.runs == ["ran"]


def test_a_slot_missed_while_no_worker_ran_is_run_once(jobs):
    assert tick(at(10, 9)) == [DAILY]
    assert tick(at(14, 9)) == [DAILY]  # four days later: once, not four times
    assert len(tasks.runs) == 2


def test_the_schedulers_loop_ticks_until_stopped(jobs, monkeypatch):
    stop, ticks = threading.Event(), []

    def one_tick():
        ticks.append(1)
        stop.set()

    monkeypatch.setattr("loetrat.core.management.commands.run_worker.tick", one_tick)
    run_scheduler(stop, 0.01)
    assert ticks == [1]


def test_the_worker_enqueues_due_jobs_and_runs_them(jobs, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert tasks.runs == ["ran"]
    assert ScheduledRun.objects.get(key=DAILY).last_slot is not None
    call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert tasks.runs == ["ran"]  # the same slot: nothing enqueued again

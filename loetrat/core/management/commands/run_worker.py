"""The task worker with its scheduler: `db_worker` running the queued tasks, and beside it a
thread that enqueues the periodic jobs (core.schedule) when they are due. Every worker may run
the scheduler: the slots recorded in the database keep two of them from enqueueing a job twice."""

import logging
import os
import threading

from django.db import connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from loetrat.core.schedule import periodic_jobs, tick

logger = logging.getLogger("loetrat.schedule")


def run_scheduler(stop: threading.Event, interval: float) -> None:
    """Tick every `interval` seconds until `stop` is set; a failed tick is logged and retried
    at the next one."""
    while not stop.is_set():
        try:
            tick()
        except Exception:
            logger.exception("the scheduler's tick failed")
        finally:
            connections.close_all()  # this thread's connections only
        stop.wait(interval)


class Command(DbWorkerCommand):
    help = "Run the task worker and, beside it, the scheduler of periodic jobs"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=30.0,
            help="Seconds between two looks at the periodic jobs (default: %(default)s)",
        )
        parser.add_argument(
            "--no-schedule",
            action="store_false",
            dest="schedule",
            help="Run tasks only; leave the periodic jobs to other workers.",
        )

    def handle(self, *args, schedule: bool, schedule_interval: float, **options):
        # With --reload the parent process only watches files; the child does the work.
        in_worker = not options["reload"] or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true"
        if schedule and in_worker and not options["batch"]:
            names = ", ".join(job.key for job in periodic_jobs()) or "none"
            logger.info("scheduler every %ss; periodic jobs: %s", schedule_interval, names)
            thread = threading.Thread(
                target=run_scheduler,
                args=(threading.Event(), max(schedule_interval, 1.0)),
                name="loetrat-scheduler",
                daemon=True,
            )
            thread.start()
        elif schedule and options["batch"]:
            tick()  # one look, then the queued tasks (periodic ones included) run and it exits
        super().handle(*args, **options)

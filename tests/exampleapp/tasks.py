"""A periodic task for the scheduler's tests, which records each of its runs."""

from django_tasks import task

runs: list[str] = []


@task()
def count_run() -> int:
    runs.append("ran")
    return len(runs)

"""A transaction cancelled for a deadlock or a serialization failure is run once more, from the
start, when it is the outermost one; anything else is raised as it is."""

import pytest
from django.db import OperationalError, transaction

from loetrat.core.db import retry_on_conflict


class _Cause(Exception):
    def __init__(self, sqlstate):
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def _failing(times: int, sqlstate: str):
    calls = []

    @retry_on_conflict
    def work():
        calls.append(1)
        if len(calls) <= times:
            raise OperationalError("cancelled") from _Cause(sqlstate)
        return "done"

    return work, calls


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])
def test_a_deadlock_or_serialization_failure_is_tried_once_more(transactional_db, sqlstate):
    work, calls = _failing(1, sqlstate)
    assert work() == "done" and len(calls) == 2


def test_only_once(transactional_db):
    work, calls = _failing(2, "40P01")
    with pytest.raises(OperationalError):
        work()
    assert len(calls) == 2


def test_other_errors_and_nested_transactions_are_not_retried(transactional_db):
    work, calls = _failing(1, "23505")  # a unique violation is not a race to retry
    with pytest.raises(OperationalError):
        work()
    assert len(calls) == 1
    work, calls = _failing(1, "40P01")
    with pytest.raises(OperationalError), transaction.atomic():
        work()
    assert len(calls) == 1

"""Transactions that lose a race are tried once more: on PostgreSQL two transactions that lock
the same rows in opposite orders end in a deadlock, and one of them is cancelled (SQLSTATE
40P01); under stricter isolation one may fail to serialise (40001). Both are safe to run again
from the start, which `retry_on_conflict` does once, only around an outermost transaction."""

from __future__ import annotations

import functools
import logging

from django.db import OperationalError, connection

logger = logging.getLogger("loetrat.db")

RETRYABLE = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure


def _state(exc: BaseException) -> str:
    cause = exc.__cause__
    return str(getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None) or "")


def retry_on_conflict(function):
    """Run `function` (an outermost transactional service) again once when the database
    cancelled it for a deadlock or a serialization failure. Inside an enclosing transaction it
    is not retried: the enclosing one has to be."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except OperationalError as exc:
            if _state(exc) not in RETRYABLE or connection.in_atomic_block:
                raise
            logger.warning("retrying %s after %s", function.__qualname__, _state(exc))
            return function(*args, **kwargs)

    return wrapper

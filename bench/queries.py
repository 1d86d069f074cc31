"""Count the SQL queries a page makes, in this process, against the benchmark database."""

from __future__ import annotations

from .environment import HOST
from .load import TargetError


def count_queries(path: str, cookie: tuple[str, str] | None) -> int:
    """Queries for one GET of `path` after a first, warming GET (which may fill caches)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME=HOST)
    if cookie:
        client.cookies[cookie[0]] = cookie[1]
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    if response.status_code != 200:
        location = response.headers.get("Location", "")
        raise TargetError(f"GET {path} answered {response.status_code} {location}".strip())
    return len(captured.captured_queries)

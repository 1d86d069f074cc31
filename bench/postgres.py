"""A throw-away PostgreSQL database for one benchmark run: created on the server that the admin
URL names, dropped on the way out. `psycopg` is the driver the project already depends on."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
START_HINT = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"


class Unavailable(RuntimeError):
    """PostgreSQL cannot be used for this run; the message says why."""


def _connect(url: str):
    try:
        import psycopg
    except ImportError as exc:
        raise Unavailable(f"psycopg is not installed ({exc})") from None
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=3)
    except psycopg.Error as exc:
        where = urlsplit(url)
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise Unavailable(
            f"PostgreSQL is not reachable at {where.hostname}:{where.port or 5432} "
            f"({first_line}); start it with `{START_HINT}`"
        ) from None


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@contextmanager
def throwaway_database(admin_url: str = DEFAULT_ADMIN_URL) -> Iterator[str]:
    """Yield the DATABASE_URL of a new, empty database; drop it (closing what is still connected)
    afterwards. Raises Unavailable before yielding when the server cannot be used."""
    name = f"loetrat_bench_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with _connect(admin_url) as admin:
        try:
            admin.execute(f'CREATE DATABASE "{name}"')
        except Exception as exc:  # noqa: BLE001 - any refusal means: no database for this run
            raise Unavailable(f"cannot create a database on PostgreSQL: {exc}") from None
    try:
        yield with_database(admin_url, name)
    finally:
        with _connect(admin_url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

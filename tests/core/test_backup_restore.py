"""A backup taken as docs/operations.md says restores every row and keeps the audit log
append-only: SQLite's online `.backup`, PostgreSQL's `pg_dump --format=custom` and
`pg_restore` into a new database. The test runs the branch of the database the suite runs on
(CI runs both)."""

import sqlite3
import subprocess
import uuid

import pytest
from django.apps import apps
from django.db import connection

from loetrat.core.audit import audit_record
from loetrat.organizations.demo import load_demo_organizations

pytestmark = pytest.mark.django_db(transaction=True)
TRIGGER = "core_auditevent_no_update"


def _tables() -> list[str]:
    return sorted({model._meta.db_table for model in apps.get_models() if model._meta.managed})


def _counts(cursor, tables) -> dict[str, int]:
    counts = {}
    for table in tables:
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        counts[table] = cursor.fetchone()[0]
    return counts


@pytest.fixture
def records(db):
    load_demo_organizations()
    audit_record(actor=None, action="core.backup.tested", reason="ก่อนสำรองข้อมูล")
    tables = _tables()
    with connection.cursor() as cursor:
        counts = _counts(cursor, tables)
    assert counts["organizations_organization"] > 200 and counts["core_auditevent"] > 0
    return tables, counts


def _sqlite_round_trip(tmp_path, tables, counts):
    backup = tmp_path / "backup.sqlite3"
    target = sqlite3.connect(backup)
    connection.ensure_connection()
    connection.connection.backup(target)  # what `sqlite3 db ".backup 'file'"` does
    target.close()
    restored = sqlite3.connect(tmp_path / "restored.sqlite3")
    sqlite3.connect(backup).backup(restored)
    cursor = restored.cursor()
    assert _counts(cursor, tables) == counts
    cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    assert TRIGGER in {row[0] for row in cursor.fetchall()}
    with pytest.raises(sqlite3.DatabaseError):
        cursor.execute("UPDATE core_auditevent SET reason = 'rewritten'")


def _postgres_round_trip(tmp_path, tables, counts):
    settings = connection.settings_dict
    base = ["-h", settings["HOST"] or "127.0.0.1", "-p", str(settings["PORT"] or 5432)]
    user = ["-U", settings["USER"] or "postgres"]
    dump = tmp_path / "loetrat.dump"
    subprocess.run(
        ["pg_dump", *base, *user, "--format=custom", f"--file={dump}", settings["NAME"]],
        check=True,
        capture_output=True,
    )
    restored = f"loetrat_restore_{uuid.uuid4().hex[:8]}"
    subprocess.run(["createdb", *base, *user, restored], check=True, capture_output=True)
    try:
        subprocess.run(
            ["pg_restore", *base, *user, "--no-owner", f"--dbname={restored}", str(dump)],
            check=True,
            capture_output=True,
        )
        import psycopg

        with psycopg.connect(
            host=base[1], port=base[3], user=user[1], dbname=restored, autocommit=True
        ) as other:
            cursor = other.cursor()
            assert _counts(cursor, tables) == counts
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgname = %s", [TRIGGER])
            assert cursor.fetchone() is not None
            with pytest.raises(psycopg.Error):
                cursor.execute("UPDATE core_auditevent SET reason = 'rewritten'")
    finally:
        subprocess.run(["dropdb", *base, *user, "--if-exists", restored], capture_output=True)


def test_a_backup_restores_every_row_and_the_append_only_audit_log(tmp_path, records):
    tables, counts = records
    if connection.vendor == "sqlite":
        _sqlite_round_trip(tmp_path, tables, counts)
    else:
        _postgres_round_trip(tmp_path, tables, counts)

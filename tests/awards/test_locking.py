"""Saving, uploading and moving an application lock its own row only: the cycle and award type
rows, which every new application's foreign-key check reads, stay free (on PostgreSQL a lock on
them turned a deadline rush into deadlocks); the reference counter locks the cycle without
blocking new applications."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.awards.services.editing import lock_application
from loetrat.awards.services.references import next_reference
from tests.factories import ApplicationFactory


def _locking_sql(call) -> str:
    with CaptureQueriesContext(connection) as captured:
        call()
    return " ".join(query["sql"] for query in captured.captured_queries)


def test_an_application_lock_takes_its_own_row_only(db, agency, coordinator):
    application = ApplicationFactory(organization=agency, created_by=coordinator)
    sql = _locking_sql(lambda: lock_application(application))
    if connection.features.has_select_for_update_of:
        assert 'FOR UPDATE OF "awards_application"' in sql
        assert '"awards_awardcycle"' not in sql.split("FOR UPDATE", 1)[1]
    else:
        assert "FOR UPDATE" not in sql  # the database locks whole files instead (SQLite)


def test_the_reference_counter_does_not_block_new_applications(db, agency, coordinator):
    application = ApplicationFactory(organization=agency, created_by=coordinator)
    sql = _locking_sql(lambda: next_reference(application))
    if connection.features.has_select_for_no_key_update:
        assert "FOR NO KEY UPDATE" in sql
    else:
        assert "FOR UPDATE" not in sql

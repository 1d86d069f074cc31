"""audit_record captures who, what and where; events can never be changed or removed."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from loetrat.core.audit import audit_record, changed_fields, snapshot
from loetrat.core.errors import DomainError
from loetrat.core.models import AuditEvent
from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD


def test_event_from_a_real_request_has_actor_request_id_and_address(client, db):
    person = UserFactory(username="somsri", first_name="สมศรี", last_name="ใจดี")
    client.post(
        reverse("accounts:login"),
        {"username": "somsri", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.7",
        HTTP_X_REQUEST_ID="req-abc.123",
    )
    event = AuditEvent.objects.get(action="accounts.user.logged_in")
    assert event.actor == person
    assert event.actor_label == "สมศรี ใจดี"
    assert event.request_id == "req-abc.123"
    assert event.ip_address == "198.51.100.7"
    assert event.target_type == "accounts.user"
    assert event.target_id == str(person.pk)


def test_event_outside_a_request_has_no_request_id(db, opdc):
    event = audit_record(actor=None, action="core.test.done", target=opdc, reason="batch")
    assert event.actor is None
    assert event.actor_label == ""
    assert event.request_id == ""
    assert event.ip_address is None
    assert event.target_label == opdc.name_th


def test_before_and_after_become_json(db, opdc):
    import datetime
    import decimal

    event = audit_record(
        actor=None,
        action="core.test.done",
        before={"on": datetime.date(2023, 10, 1), "amount": decimal.Decimal("1.50")},
        after={"parent": opdc, "tags": ("a", "b")},
    )
    event.refresh_from_db()
    assert event.before == {"on": "2023-10-01", "amount": "1.50"}
    assert event.after == {"parent": opdc.pk, "tags": ["a", "b"]}


def test_snapshot_and_changed_fields(db, opdc, ministry):
    before = snapshot(opdc, ["code", "parent"])
    assert before == {"code": "OPDC", "parent": opdc.parent_id}
    after = {"code": "OPDC", "parent": ministry.pk}
    assert changed_fields(before, after) == ({"parent": opdc.parent_id}, {"parent": ministry.pk})


@pytest.fixture
def event(db):
    return audit_record(actor=None, action="core.test.done", reason="original")


def test_save_of_existing_event_is_refused(event):
    event.reason = "rewritten"
    with pytest.raises(DomainError) as error:
        event.save()
    assert error.value.code == "audit_immutable"


def test_delete_of_event_is_refused(event):
    with pytest.raises(DomainError):
        event.delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_queryset_update_is_refused(event):
    with pytest.raises(DomainError):
        AuditEvent.objects.filter(pk=event.pk).update(reason="rewritten")


def test_queryset_delete_is_refused(event):
    with pytest.raises(DomainError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.count() == 1


def test_database_refuses_raw_update(event):
    table = AuditEvent._meta.db_table
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET reason = %s WHERE id = %s", ["rewritten", event.pk])
    event.refresh_from_db()
    assert event.reason == "original"


def test_database_refuses_raw_delete_where_a_trigger_can(event):
    """PostgreSQL has a DELETE trigger; SQLite cannot have one without breaking the test
    suite's flush, so there the model and queryset guards are the only protection."""
    table = AuditEvent._meta.db_table
    delete = f"DELETE FROM {table} WHERE id = %s"
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(delete, [event.pk])
        assert AuditEvent.objects.filter(pk=event.pk).exists()
    else:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s", [table]
            )
            assert [row[0] for row in cursor.fetchall()] == ["core_auditevent_no_update"]


def test_actions_have_readable_labels_and_changes_are_listed_field_by_field(db):
    from django.utils import translation

    from loetrat.core.audit import action_label, audit_record, change_rows

    event = audit_record(
        actor=None,
        action="organizations.body.updated",
        before={"name_th": "กรมเก่า"},
        after={"name_th": "กรมใหม่", "website": "https://example.go.th"},
    )
    with translation.override("en"):
        assert action_label(event.action) == "Body changed"
    with translation.override("th"):
        assert action_label(event.action) != "Body changed"
    assert action_label("unknown.thing.done") == "unknown.thing.done"
    assert change_rows(event) == [
        ("name_th", "กรมเก่า", "กรมใหม่"),
        ("website", "", "https://example.go.th"),
    ]

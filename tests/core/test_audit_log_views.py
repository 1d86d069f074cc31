"""The audit log page: who may see it, filtering and a query count that does not grow."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from loetrat.core.audit import audit_record
from tests.factories import UserFactory

LOG_URL = reverse("core:audit_log")
BANGKOK = ZoneInfo("Asia/Bangkok")


def _at(moment: datetime.datetime, **kwargs):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        return audit_record(**kwargs)


def _actions(response) -> list[str]:
    return [event.action for event in response.context["listing"].rows]


@pytest.mark.parametrize("persona", ["secretariat_client", "secretariat_admin_client"])
def test_secretariat_may_read_the_log(request, persona):
    assert request.getfixturevalue(persona).get(LOG_URL).status_code == 200


@pytest.mark.parametrize(
    "persona",
    [
        "coordinator_client",
        "agency_head_client",
        "assessor_client",
        "committee_client",
        "evaluator_client",
        "no_role_client",
    ],
)
def test_others_are_refused(request, persona):
    assert request.getfixturevalue(persona).get(LOG_URL).status_code == 403


def test_anonymous_is_sent_to_login(anonymous_client):
    response = anonymous_client.get(LOG_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_log_shows_events_with_organisation_name(secretariat_client, agency):
    audit_record(actor=None, action="organizations.body.updated", organization_id=agency.pk)
    response = secretariat_client.get(LOG_URL)
    assert "organizations.body.updated" in response.text
    assert agency.name_th in response.text


def test_filter_by_action_prefix(secretariat_client, db):
    audit_record(actor=None, action="organizations.body.created")
    audit_record(actor=None, action="accounts.user.logged_in")
    response = secretariat_client.get(LOG_URL, {"action": "organizations."})
    assert _actions(response) == ["organizations.body.created"]


def test_filter_by_actor_username_or_name(secretariat_client, db):
    wichai = UserFactory(username="wichai", first_name="วิชัย", last_name="สุขใจ")
    audit_record(actor=wichai, action="a.b.by_wichai")
    audit_record(actor=None, action="a.b.by_system")
    assert _actions(secretariat_client.get(LOG_URL, {"actor": "WICHAI"})) == ["a.b.by_wichai"]
    assert _actions(secretariat_client.get(LOG_URL, {"actor": "สุขใจ"})) == ["a.b.by_wichai"]


def test_filter_by_text_in_target_or_reason(secretariat_client, agency):
    audit_record(actor=None, action="a.b.target", target=agency)
    audit_record(actor=None, action="a.b.reason", reason="ยุบรวมกับกรมสรรพากร")
    audit_record(actor=None, action="a.b.other")
    response = secretariat_client.get(LOG_URL, {"text": "สรรพากร"})
    assert sorted(_actions(response)) == ["a.b.reason", "a.b.target"]


def test_filter_by_buddhist_era_dates_uses_bangkok_days(secretariat_client, db):
    _at(datetime.datetime(2025, 12, 31, 23, 30, tzinfo=BANGKOK), actor=None, action="a.b.before")
    _at(datetime.datetime(2026, 1, 1, 0, 10, tzinfo=BANGKOK), actor=None, action="a.b.on")
    _at(datetime.datetime(2026, 1, 2, 0, 30, tzinfo=BANGKOK), actor=None, action="a.b.after")
    response = secretariat_client.get(LOG_URL, {"date_from": "01/01/2569", "date_to": "01/01/2569"})
    assert _actions(response) == ["a.b.on"]
    response = secretariat_client.get(LOG_URL, {"date_from": "2/1/2569"})
    assert _actions(response) == ["a.b.after"]


def test_end_before_start_is_an_error_on_the_end_date(secretariat_client, db):
    response = secretariat_client.get(LOG_URL, {"date_from": "02/01/2569", "date_to": "01/01/2569"})
    assert response.status_code == 200
    assert response.context["form"].errors["date_to"]


def test_unparseable_date_is_reported_and_keeps_the_text(secretariat_client, db):
    response = secretariat_client.get(LOG_URL, {"date_from": "32/13/2569"})
    assert response.context["form"].errors["date_from"]
    assert 'value="32/13/2569"' in response.text


def test_sorting_by_action(secretariat_client, db):
    for action in ["b.x.y", "a.x.y", "c.x.y"]:
        audit_record(actor=None, action=action)
    assert _actions(secretariat_client.get(LOG_URL, {"sort": "action"})) == [
        "a.x.y",
        "b.x.y",
        "c.x.y",
    ]


def _log_queries(client, count, organization):
    actor = UserFactory()
    for index in range(count):
        audit_record(
            actor=actor,
            action=f"a.b.n{index}",
            target=organization,
            organization_id=organization.pk,
            before={"n": index},
        )
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LOG_URL).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_events(secretariat_client, agency, other_agency):
    few = _log_queries(secretariat_client, 5, agency)
    many = _log_queries(secretariat_client, 55, other_agency)
    assert few == many

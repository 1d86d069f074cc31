"""The dashboard shows each role what awaits it in the awards."""

import datetime

from django.utils import timezone

from loetrat.awards.enums import ApplicationAction, ApplicationState
from loetrat.awards.services import application_transition
from tests.factories import AwardTypeFactory
from tests.factories.applications import ApplicationFactory

DASHBOARD = "/dashboard/"


def _panel(response, key):
    return next(panel for panel in response.context["panels"] if panel.key == key)


def test_coordinator_sees_open_types_and_own_counts(coordinator_client, coordinator, agency):
    open_type = AwardTypeFactory(name_th="ประเภทที่เปิดอยู่")
    AwardTypeFactory(
        name_th="ประเภทที่ปิดแล้ว",
        closes_at=timezone.now() - datetime.timedelta(days=1),
        opens_at=timezone.now() - datetime.timedelta(days=30),
    )
    ApplicationFactory(award_type=open_type, organization=agency, created_by=coordinator)
    response = coordinator_client.get(DASHBOARD)
    panel = _panel(response, "coordinator")
    assert [t.name_th for t in panel.context["open_types"]] == ["ประเภทที่เปิดอยู่"]
    assert dict(panel.context["counts"]) == {ApplicationState.DRAFT.label: 1}
    assert "ประเภทที่เปิดอยู่" in response.text


def test_head_sees_what_awaits_endorsement(
    agency_head_client, coordinator, agency_head, agency, other_agency
):
    award_type = AwardTypeFactory(form_schema=[])
    waiting = ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    application_transition(application=waiting, action=ApplicationAction.SEND, actor=coordinator)
    ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    panel = _panel(agency_head_client.get(DASHBOARD), "head")
    assert [a.pk for a in panel.context["waiting"]] == [waiting.pk]
    assert panel.context["waiting_count"] == 1


def test_secretariat_sees_the_published_cycle_counts(secretariat_client, coordinator, agency):
    award_type = AwardTypeFactory()
    ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    panel = _panel(secretariat_client.get(DASHBOARD), "awards")
    assert panel.context["cycle"] == award_type.cycle
    assert dict(panel.context["counts"]) == {ApplicationState.DRAFT.label: 1}


def test_dashboard_queries_do_not_grow_with_applications(
    coordinator_client, coordinator, agency, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    award_type = AwardTypeFactory()
    ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    with CaptureQueriesContext(connection) as few:
        coordinator_client.get(DASHBOARD)
    for _ in range(6):
        ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    with django_assert_max_num_queries(len(few)):
        coordinator_client.get(DASHBOARD)

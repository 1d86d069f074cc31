"""Clinic pages: the list (secretariat all, agency its own, filters, constant queries), asking
for advice, the clinic page, the secretariat's steps with refusals shown beside the field,
refused personas and 404 for others' clinics."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from loetrat.clinics.enums import ClinicStatus, ClinicTopic
from loetrat.clinics.models import ClinicSession
from loetrat.clinics.services import (
    clinic_follow_up_add,
    clinic_record,
    clinic_request,
    clinic_schedule,
)
from loetrat.meetings.enums import MeetingMode

pytestmark = pytest.mark.django_db
LIST = reverse("clinics:list")


def said(response, msgid, **params) -> bool:
    """The page shows the message, in the language it was rendered in."""
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        text = translation.gettext(msgid) % params
    return escape(text) in response.content.decode()


def ask(organization, actor, question="ขอคำปรึกษาการสมัครรางวัล", topics=("award_application",)):
    return clinic_request(
        organization=organization, topics=list(topics), question_th=question, actor=actor
    )


@pytest.fixture
def clinic(agency, coordinator):
    return ask(agency, coordinator, "คำถามของกรมสรรพากร")


@pytest.fixture
def others(other_agency, secretariat):
    return ask(other_agency, secretariat, "คำถามของกรมการปกครอง", ("e_administration",))


def test_secretariat_sees_all_and_filters(secretariat_client, clinic, others):
    html = secretariat_client.get(LIST).content.decode()
    assert "กรมสรรพากร" in html and "กรมการปกครอง" in html
    html = secretariat_client.get(LIST, {"topic": "e_administration"}).content.decode()
    assert "MOI-DOPA" in html and "MOF-RD" not in html
    html = secretariat_client.get(LIST, {"organization": "MOF-RD"}).content.decode()
    assert "MOF-RD" in html and "MOI-DOPA" not in html
    html = secretariat_client.get(LIST, {"status": "held"}).content.decode()
    assert "MOF-RD" not in html


@pytest.mark.parametrize("persona", ["coordinator_client", "agency_head_client"])
def test_agency_sees_only_its_own(request, persona, clinic, others):
    client = request.getfixturevalue(persona)
    html = client.get(LIST).content.decode()
    assert "MOF-RD" in html and "MOI-DOPA" not in html
    assert client.get(reverse("clinics:detail", args=[clinic.pk])).status_code == 200
    assert client.get(reverse("clinics:detail", args=[others.pk])).status_code == 404
    assert client.get(reverse("clinics:detail", args=[9999])).status_code == 404


@pytest.mark.parametrize(
    "persona,status",
    [("assessor_client", 403), ("committee_client", 403), ("no_role_client", 403)],
)
def test_others_are_refused(request, persona, status, clinic):
    client = request.getfixturevalue(persona)
    assert client.get(LIST).status_code == status
    assert client.get(reverse("clinics:request")).status_code == status
    assert client.get(reverse("clinics:detail", args=[clinic.pk])).status_code == status


def test_anonymous_goes_to_login(anonymous_client):
    assert anonymous_client.get(LIST).status_code == 302


def test_agency_asks_for_advice(coordinator_client, agency):
    url = reverse("clinics:request")
    assert "กรมสรรพากร" in coordinator_client.get(url).content.decode()
    bad = coordinator_client.post(url, {"organization": agency.pk, "question_th": "คำถามยาว"})
    assert bad.status_code == 400 and "คำถามยาว" in bad.content.decode()
    response = coordinator_client.post(
        url,
        {"organization": agency.pk, "topics": ["pmqa", "kpi_targets"], "question_th": "คำถาม"},
    )
    clinic = ClinicSession.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{clinic.pk}/")
    assert clinic.topics == [ClinicTopic.PMQA, ClinicTopic.KPI_TARGETS]


def test_covered_outside_is_shown_beside_the_field(coordinator_client, agency, other_agency):
    response = coordinator_client.post(
        reverse("clinics:request"),
        {
            "organization": agency.pk,
            "topics": ["pmqa"],
            "question_th": "คำถาม",
            "covered": "MOI-DOPA",
        },
    )
    assert response.status_code == 400
    message = "%(codes)s is not an agency under %(organization)s."
    assert said(response, message, codes="MOI-DOPA", organization=agency.name_th)
    assert not ClinicSession.objects.exists()


def test_secretariat_runs_the_clinic(secretariat_client, clinic):
    detail = reverse("clinics:detail", args=[clinic.pk])
    page = secretariat_client.get(detail).content.decode()
    assert "Schedule the session" in page or "schedule-day" in page
    response = secretariat_client.post(
        reverse("clinics:schedule", args=[clinic.pk]),
        {"schedule-day": "19/01/2566", "schedule-time": "09:30", "schedule-mode": "in_person"},
    )
    assert response.status_code == 400 and "19/01/2566" in response.content.decode()
    response = secretariat_client.post(
        reverse("clinics:schedule", args=[clinic.pk]),
        {
            "schedule-day": "19/01/2566",
            "schedule-time": "09:30",
            "schedule-mode": "in_person",
            "schedule-place_th": "ห้องประชุม ก.พ.ร.",
        },
    )
    assert response.status_code == 302
    clinic.refresh_from_db()
    assert timezone.localtime(clinic.scheduled_at).date() == datetime.date(2023, 1, 19)
    secretariat_client.post(
        reverse("clinics:record", args=[clinic.pk]),
        {"record-advice_th": "คำแนะนำ", "record-discussion_th": "ประเด็น"},
    )
    bad = secretariat_client.post(
        reverse("clinics:follow_up", args=[clinic.pk]),
        {"follow-text_th": "ส่งแผน", "follow-owner": "NOPE"},
    )
    assert bad.status_code == 400 and "NOPE" in bad.content.decode()
    secretariat_client.post(
        reverse("clinics:follow_up", args=[clinic.pk]),
        {"follow-text_th": "ส่งแผน", "follow-owner": "mof-rd", "follow-due_on": "01/03/2566"},
    )
    follow_up = clinic.follow_ups.get()
    refused = secretariat_client.post(reverse("clinics:close", args=[clinic.pk]), {})
    assert refused.status_code == 409
    assert said(
        refused, "%(count)s follow-up(s) are not done yet; mark them done before closing.", count=1
    )
    secretariat_client.post(reverse("clinics:follow_up_done", args=[follow_up.pk]))
    secretariat_client.post(reverse("clinics:close", args=[clinic.pk]), {"close-reason": "เรียบร้อย"})
    clinic.refresh_from_db()
    assert clinic.status == ClinicStatus.CLOSED
    page = secretariat_client.get(detail).content.decode()
    assert "เรียบร้อย" in page and "ส่งแผน" in page


def test_cancel_needs_a_reason(secretariat_client, clinic):
    url = reverse("clinics:cancel", args=[clinic.pk])
    assert secretariat_client.post(url, {"cancel-reason": ""}).status_code == 400
    assert secretariat_client.post(url, {"cancel-reason": "ขอยกเลิก"}).status_code == 302
    clinic.refresh_from_db()
    assert clinic.status == ClinicStatus.CANCELLED


def test_agency_cannot_run_steps(coordinator_client, clinic):
    for name in ("schedule", "record", "close", "cancel"):
        url = reverse(f"clinics:{name}", args=[clinic.pk])
        assert coordinator_client.post(url, {}).status_code == 403


def test_agency_sees_advice_and_follow_ups(coordinator_client, clinic, secretariat):
    clinic_schedule(
        clinic=clinic, scheduled_at=timezone.now(), mode=MeetingMode.ONLINE, actor=secretariat
    )
    clinic_record(clinic=clinic, advice_th="คำแนะนำสำหรับกรม", actor=secretariat)
    clinic_follow_up_add(
        clinic=clinic, text_th="งานติดตาม", owner=clinic.organization, actor=secretariat
    )
    html = coordinator_client.get(reverse("clinics:detail", args=[clinic.pk])).content.decode()
    assert "คำแนะนำสำหรับกรม" in html and "งานติดตาม" in html
    assert "Record the advice" not in html


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_list_query_count_is_constant(secretariat_client, agency, ministry, secretariat):
    for _ in range(5):
        clinic = ask(ministry, secretariat)
        clinic.covered.set([agency])
    few = _count(secretariat_client, LIST)
    for _ in range(45):
        clinic = ask(ministry, secretariat)
        clinic.covered.set([agency])
    assert _count(secretariat_client, LIST) == few


def test_detail_query_count_is_constant(secretariat_client, clinic, secretariat, agency):
    clinic_schedule(clinic=clinic, scheduled_at=timezone.now(), mode="online", actor=secretariat)
    clinic_record(clinic=clinic, advice_th="x", actor=secretariat)
    url = reverse("clinics:detail", args=[clinic.pk])
    for index in range(5):
        clinic_follow_up_add(clinic=clinic, text_th=f"{index}", owner=agency, actor=secretariat)
    few = _count(secretariat_client, url)
    for index in range(45):
        clinic_follow_up_add(clinic=clinic, text_th=f"x{index}", owner=agency, actor=secretariat)
    assert _count(secretariat_client, url) == few


@pytest.mark.parametrize(
    "sort", ["status", "-status", "organization", "-organization", "-requested"]
)
def test_every_sort_answers(secretariat_client, clinic, sort):
    assert secretariat_client.get(LIST, {"sort": sort}).status_code == 200

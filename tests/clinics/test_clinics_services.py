"""Consulting clinics: who may ask, the guarded transitions, follow-ups, refusals with codes,
audit, and who sees which clinics."""

import datetime

import pytest
from django.http import Http404
from django.utils import timezone

from loetrat.clinics.enums import ClinicStatus, ClinicTopic
from loetrat.clinics.selectors import (
    clinic_get_for,
    clinic_reason,
    clinic_search,
    clinics_visible_to,
    may_list_clinics,
)
from loetrat.clinics.services import (
    clinic_cancel,
    clinic_close,
    clinic_follow_up_add,
    clinic_follow_up_done,
    clinic_record,
    clinic_request,
    clinic_schedule,
)
from loetrat.core.errors import ConflictError, DomainError, PermissionDeniedError
from loetrat.core.models import AuditEvent
from loetrat.meetings.enums import MeetingMode
from loetrat.organizations.enums import Role
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db
WHEN = timezone.make_aware(datetime.datetime(2023, 1, 19, 9, 30))


def ask(agency, actor, **kwargs):
    fields = {"topics": [ClinicTopic.PMQA], "question_th": "ขอคำแนะนำเรื่อง PMQA หมวด 7"}
    fields.update(kwargs)
    return clinic_request(organization=agency, actor=actor, **fields)


def held(clinic, actor):
    clinic_schedule(clinic=clinic, scheduled_at=WHEN, mode=MeetingMode.ONLINE, actor=actor)
    return clinic_record(clinic=clinic, advice_th="ให้ปรับตัววัดเป็นเชิงปริมาณ", actor=actor)


def test_the_whole_way_is_audited(agency, coordinator, secretariat, opdc):
    clinic = ask(agency, coordinator)
    assert clinic.status == ClinicStatus.REQUESTED and clinic.requested_by == coordinator
    clinic = clinic_schedule(
        clinic=clinic,
        scheduled_at=WHEN,
        mode=MeetingMode.IN_PERSON,
        place_th="ห้องประชุม ก.พ.ร.",
        chaired_by_th="ผู้อำนวยการกอง",
        actor=secretariat,
    )
    assert clinic.status == ClinicStatus.SCHEDULED
    clinic = clinic_record(
        clinic=clinic, advice_th="คำแนะนำ", discussion_th="ประเด็น", actor=secretariat
    )
    assert clinic.status == ClinicStatus.HELD
    follow_up = clinic_follow_up_add(
        clinic=clinic,
        text_th="ส่งแผน",
        owner=agency,
        due_on=datetime.date(2023, 3, 1),
        actor=secretariat,
    )
    with pytest.raises(ConflictError) as refused:
        clinic_close(clinic=clinic, actor=secretariat)
    assert refused.value.code == "follow_ups_open"
    clinic_follow_up_done(follow_up=follow_up, actor=secretariat)
    with pytest.raises(ConflictError) as again:
        clinic_follow_up_done(follow_up=follow_up, actor=secretariat)
    assert again.value.code == "follow_up_done"
    clinic = clinic_close(clinic=clinic, actor=secretariat, reason="ครบถ้วน")
    assert clinic.status == ClinicStatus.CLOSED and clinic_reason(clinic) == "ครบถ้วน"
    actions = list(
        AuditEvent.objects.filter(target_id=str(clinic.pk), action__startswith="clinics.clinic.")
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == [
        "clinics.clinic.requested",
        "clinics.clinic.scheduled",
        "clinics.clinic.recorded",
        "clinics.clinic.follow_up_added",
        "clinics.clinic.follow_up_done",
        "clinics.clinic.closed",
    ]


def test_transitions_are_guarded(agency, coordinator, secretariat):
    clinic = ask(agency, coordinator)
    with pytest.raises(ConflictError) as early:
        clinic_record(clinic=clinic, advice_th="x", actor=secretariat)
    assert early.value.code == "clinic_transition_refused"
    with pytest.raises(ConflictError):
        clinic_close(clinic=clinic, actor=secretariat)
    with pytest.raises(ConflictError) as no_follow:
        clinic_follow_up_add(clinic=clinic, text_th="x", owner=agency, actor=secretariat)
    assert no_follow.value.code == "clinic_not_held"
    held(clinic, secretariat)
    with pytest.raises(ConflictError):
        clinic_cancel(clinic=clinic, reason="ไม่จำเป็น", actor=secretariat)
    with pytest.raises(ConflictError):
        clinic_schedule(clinic=clinic, scheduled_at=WHEN, mode="online", actor=secretariat)


def test_cancel_needs_a_reason_and_ends_the_clinic(agency, coordinator, secretariat):
    clinic = ask(agency, coordinator)
    with pytest.raises(DomainError) as refused:
        clinic_cancel(clinic=clinic, reason=" ", actor=secretariat)
    assert refused.value.code == "reason_required" and refused.value.field == "reason"
    clinic = clinic_cancel(clinic=clinic, reason="หน่วยงานขอเลื่อนไม่มีกำหนด", actor=secretariat)
    assert clinic.status == ClinicStatus.CANCELLED
    assert clinic_reason(clinic) == "หน่วยงานขอเลื่อนไม่มีกำหนด"
    with pytest.raises(ConflictError):
        clinic_schedule(clinic=clinic, scheduled_at=WHEN, mode="online", actor=secretariat)


def test_bad_requests_are_refused_with_codes(agency, coordinator, secretariat, other_agency):
    with pytest.raises(DomainError) as no_topic:
        ask(agency, coordinator, topics=[])
    assert no_topic.value.code == "topics_required"
    with pytest.raises(DomainError) as unknown:
        ask(agency, coordinator, topics=["astrology"])
    assert unknown.value.code == "topic_unknown"
    with pytest.raises(DomainError) as empty:
        ask(agency, coordinator, question_th="  ")
    assert empty.value.field == "question_th"
    with pytest.raises(DomainError) as outside:
        ask(agency, coordinator, covered=[other_agency])
    assert outside.value.code == "covered_outside"
    clinic = ask(agency, coordinator)
    with pytest.raises(DomainError) as place:
        clinic_schedule(
            clinic=clinic, scheduled_at=WHEN, mode=MeetingMode.IN_PERSON, actor=secretariat
        )
    assert place.value.code == "place_required"
    with pytest.raises(DomainError) as advice:
        clinic_schedule(clinic=clinic, scheduled_at=WHEN, mode="online", actor=secretariat)
        clinic_record(clinic=clinic, advice_th="", actor=secretariat)
    assert advice.value.code == "advice_required"


def test_only_the_agency_speakers_or_the_secretariat_may_ask(
    agency, other_agency, coordinator, agency_head, assessor, secretariat
):
    assert ask(agency, agency_head).organization == agency
    assert ask(other_agency, secretariat).organization == other_agency
    for actor, organization in ((coordinator, other_agency), (assessor, agency)):
        with pytest.raises(PermissionDeniedError):
            ask(organization, actor)
    clinic = ask(agency, coordinator)
    with pytest.raises(PermissionDeniedError):
        clinic_schedule(clinic=clinic, scheduled_at=WHEN, mode="online", actor=coordinator)


def test_a_ministry_asks_for_its_agencies_and_they_see_it(ministry, agency, coordinator):
    minister_coordinator = UserFactory(username="mof.coordinator")
    MembershipFactory(
        user=minister_coordinator, organization=ministry, role=Role.AGENCY_COORDINATOR
    )
    clinic = ask(ministry, minister_coordinator, covered=[agency])
    assert list(clinic.covered.all()) == [agency]
    assert clinic_get_for(coordinator, clinic.pk) == clinic


def test_visibility_and_filters(agency, other_agency, coordinator, secretariat, assessor):
    mine = ask(agency, coordinator, topics=[ClinicTopic.KPI_TARGETS, ClinicTopic.PMQA])
    theirs = ask(other_agency, secretariat, topics=[ClinicTopic.E_ADMINISTRATION])
    assert set(clinics_visible_to(secretariat)) == {mine, theirs}
    assert list(clinics_visible_to(coordinator)) == [mine]
    with pytest.raises(Http404):
        clinic_get_for(coordinator, theirs.pk)
    assert not clinics_visible_to(UserFactory()).exists()
    qs = clinics_visible_to(secretariat)
    assert list(clinic_search(qs, topic=ClinicTopic.PMQA)) == [mine]
    assert list(clinic_search(qs, topic=ClinicTopic.E_ADMINISTRATION)) == [theirs]
    assert list(clinic_search(qs, organization="moi-dopa")) == [theirs]
    assert not clinic_search(qs, status=ClinicStatus.HELD).exists()
    assert may_list_clinics(secretariat) and may_list_clinics(coordinator)
    assert not may_list_clinics(assessor)


def test_covered_agency_elsewhere_sees_it(ministry, opdc):
    child = OrganizationFactory(code="MOF-CGD", name_th="กรมบัญชีกลาง", parent=ministry)
    user = UserFactory(username="cgd.head")
    MembershipFactory(user=user, organization=child, role=Role.AGENCY_HEAD)
    speaker = UserFactory(username="mof.head")
    MembershipFactory(user=speaker, organization=ministry, role=Role.AGENCY_HEAD)
    clinic = ask(ministry, speaker, covered=[child])
    assert list(clinics_visible_to(user)) == [clinic]

"""The application lifecycle through its services: drafts, revisions, every transition allowed
and refused, deadlines and extensions, reference numbers, partners and notifications."""

import datetime

import pytest
from django.utils import timezone

from loetrat.awards.enums import ApplicationState, CycleStatus
from loetrat.awards.models import ApplicationRevision
from loetrat.awards.services import (
    ApplicationProblemsError,
    application_create,
    application_partner_remove,
    application_partner_set,
    application_save,
    application_transition,
    deadline_extension_grant,
)
from loetrat.core.errors import ConflictError, DomainError, PermissionDeniedError
from loetrat.core.models import AuditEvent
from loetrat.organizations.enums import OrganizationKind, OrganizationStatus, Role
from tests.factories import (
    ApplicationFactory,
    AwardTypeFactory,
    MembershipFactory,
    OrganizationFactory,
    UserFactory,
)
from tests.factories.applications import RICH_FORM, complete_answers, submit_application
from tests.factories.awards import DeadlineExtensionFactory

S = ApplicationState


@pytest.fixture
def award_type(db):
    return AwardTypeFactory(form_schema=RICH_FORM, eligibility={})


@pytest.fixture
def application(award_type, agency, coordinator):
    return ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)


@pytest.fixture
def ready(application, coordinator):
    application_save(application=application, actor=coordinator, data=complete_answers())
    return application


def _set_state(application, state):
    type(application).objects.filter(pk=application.pk).update(state=state)
    application.refresh_from_db()
    return application


def _close(award_type):
    award_type.closes_at = timezone.now() - datetime.timedelta(hours=1)
    award_type.save()


# --- creating --------------------------------------------------------------------------------


def test_create_records_revision_one_and_audits(application, coordinator):
    assert application.state == S.DRAFT and application.revision_count == 1
    assert application.revisions.get().number == 1
    assert AuditEvent.objects.filter(action="awards.application.created").count() == 1


def test_only_a_coordinator_of_the_agency_may_create(award_type, agency, agency_head, other_agency):
    with pytest.raises(PermissionDeniedError):
        application_create(
            award_type=award_type, organization=agency, actor=agency_head, title_th="x"
        )
    outsider = UserFactory()
    MembershipFactory(user=outsider, organization=other_agency, role=Role.AGENCY_COORDINATOR)
    with pytest.raises(PermissionDeniedError):
        application_create(award_type=award_type, organization=agency, actor=outsider, title_th="x")


def test_create_refused_when_closed_unpublished_ineligible_or_untitled(
    award_type, agency, coordinator
):
    def create(**kwargs):
        return application_create(
            award_type=award_type, organization=agency, actor=coordinator, **kwargs
        )

    with pytest.raises(DomainError) as error:
        create(title_th="  ")
    assert error.value.field == "title_th"
    award_type.eligibility = {"organization_kinds": [OrganizationKind.PROVINCE]}
    award_type.save()
    with pytest.raises(DomainError) as error:
        create(title_th="x")
    assert error.value.code == "not_eligible"
    award_type.eligibility = {}
    _close(award_type)
    with pytest.raises(DomainError) as error:
        create(title_th="x")
    assert error.value.code == "type_closed"
    award_type.closes_at = timezone.now() + datetime.timedelta(days=1)
    award_type.save()
    award_type.cycle.status = CycleStatus.DRAFT
    award_type.cycle.save()
    with pytest.raises(DomainError) as error:
        create(title_th="x")
    assert error.value.code == "cycle_not_published"


# --- saving ------------------------------------------------------------------------------------


def test_every_save_is_a_revision_and_a_draft_keeps_bad_input(application, coordinator):
    application_save(application=application, actor=coordinator, data={"budget": "lots"})
    application_save(
        application=application, actor=coordinator, data={"budget": "12"}, title_th="ใหม่"
    )
    numbers = list(application.revisions.values_list("number", flat=True))
    assert numbers == [3, 2, 1]
    assert (
        ApplicationRevision.objects.get(application=application, number=2).data["budget"] == "lots"
    )
    application.refresh_from_db()
    assert application.data["budget"] == "12" and application.title_th == "ใหม่"
    assert application.revision_count == 3


def test_save_refused_for_others_closed_states_and_after_deadline(
    application, agency_head, coordinator, award_type
):
    with pytest.raises(PermissionDeniedError):
        application_save(application=application, actor=agency_head, data={})
    _set_state(application, S.SUBMITTED)
    with pytest.raises(ConflictError):
        application_save(application=application, actor=coordinator, data={})
    _set_state(application, S.DRAFT)
    _close(award_type)
    with pytest.raises(DomainError) as error:
        application_save(application=application, actor=coordinator, data={})
    assert error.value.code == "deadline_passed"
    assert application.revisions.count() == 1


def test_editing_an_endorsed_application_takes_it_back_to_draft(ready, coordinator, agency_head):
    application_transition(application=ready, action="send", actor=coordinator)
    application_transition(application=ready, action="endorse", actor=agency_head)
    assert ready.state == S.ENDORSED and ready.endorsed_by == agency_head
    application_save(application=ready, actor=coordinator, data=complete_answers(owner="อื่น"))
    ready.refresh_from_db()
    assert ready.state == S.DRAFT and ready.endorsed_at is None
    assert AuditEvent.objects.filter(action="awards.application.reopen").exists()


# --- transitions -------------------------------------------------------------------------------


ALLOWED = [
    # (from state, action, persona, reason, to state)
    (S.DRAFT, "send", "coordinator", "", S.AWAITING_ENDORSEMENT),
    (S.RETURNED, "send", "coordinator", "", S.AWAITING_ENDORSEMENT),
    (S.AWAITING_ENDORSEMENT, "recall", "coordinator", "", S.DRAFT),
    (S.AWAITING_ENDORSEMENT, "endorse", "head", "", S.ENDORSED),
    (S.AWAITING_ENDORSEMENT, "return", "head", "แก้ตัวชี้วัด", S.RETURNED),
    (S.ENDORSED, "reopen", "coordinator", "", S.DRAFT),
    (S.ENDORSED, "submit", "coordinator", "", S.SUBMITTED),
    (S.DRAFT, "withdraw", "coordinator", "ไม่พร้อม", S.WITHDRAWN),
    (S.AWAITING_ENDORSEMENT, "withdraw", "head", "ไม่พร้อม", S.WITHDRAWN),
    (S.SUBMITTED, "withdraw", "head", "ไม่พร้อม", S.WITHDRAWN),
    (S.SUBMITTED, "screen_out", "secretariat", "ไม่ตรงประเภท", S.SCREENED_OUT),
    (S.SCREENED_OUT, "reinstate", "secretariat", "ตรวจใหม่แล้ว", S.SUBMITTED),
]


@pytest.fixture
def personas(coordinator, agency_head, secretariat):
    return {"coordinator": coordinator, "head": agency_head, "secretariat": secretariat}


@pytest.mark.parametrize(("state", "action", "who", "reason", "after"), ALLOWED)
def test_allowed_transitions(ready, personas, state, action, who, reason, after):
    _set_state(ready, state)
    result = application_transition(
        application=ready, action=action, actor=personas[who], reason=reason
    )
    assert result.state == after == ready.state
    event = AuditEvent.objects.get(action=f"awards.application.{action}")
    assert event.before["state"] == state and event.after["state"] == after
    assert event.reason == reason
    if reason:
        assert ready.state_reason == reason


WRONG_PERSON = [
    (S.DRAFT, "send", "head"),
    (S.AWAITING_ENDORSEMENT, "endorse", "coordinator"),
    (S.AWAITING_ENDORSEMENT, "return", "secretariat"),
    (S.ENDORSED, "submit", "head"),
    (S.ENDORSED, "reopen", "secretariat"),
    (S.DRAFT, "withdraw", "secretariat"),
    (S.SUBMITTED, "screen_out", "coordinator"),
    (S.SCREENED_OUT, "reinstate", "head"),
    (S.AWAITING_ENDORSEMENT, "endorse", "other_head"),
]


@pytest.mark.parametrize(("state", "action", "who"), WRONG_PERSON)
def test_refused_for_the_wrong_person(ready, personas, other_agency, state, action, who):
    other_head = UserFactory()
    MembershipFactory(user=other_head, organization=other_agency, role=Role.AGENCY_HEAD)
    personas["other_head"] = other_head
    _set_state(ready, state)
    with pytest.raises(PermissionDeniedError):
        application_transition(application=ready, action=action, actor=personas[who], reason="r")
    ready.refresh_from_db()
    assert ready.state == state


@pytest.mark.parametrize(
    ("state", "action", "who"),
    [
        (S.DRAFT, "endorse", "head"),
        (S.DRAFT, "submit", "coordinator"),
        (S.AWAITING_ENDORSEMENT, "submit", "coordinator"),
        (S.SUBMITTED, "send", "coordinator"),
        (S.WITHDRAWN, "reinstate", "secretariat"),
        (S.DRAFT, "screen_out", "secretariat"),
        (S.WITHDRAWN, "withdraw", "coordinator"),
    ],
)
def test_refused_in_the_wrong_state(ready, personas, state, action, who):
    _set_state(ready, state)
    with pytest.raises(ConflictError) as error:
        application_transition(application=ready, action=action, actor=personas[who], reason="r")
    assert error.value.code == "invalid_transition"


@pytest.mark.parametrize(
    ("state", "action", "who"),
    [
        (S.AWAITING_ENDORSEMENT, "return", "head"),
        (S.DRAFT, "withdraw", "coordinator"),
        (S.SUBMITTED, "screen_out", "secretariat"),
        (S.SCREENED_OUT, "reinstate", "secretariat"),
    ],
)
def test_refused_without_a_reason(ready, personas, state, action, who):
    _set_state(ready, state)
    with pytest.raises(DomainError) as error:
        application_transition(application=ready, action=action, actor=personas[who], reason=" ")
    assert error.value.code == "reason_required" and error.value.field == "reason"


def test_unknown_action_is_refused(ready, coordinator):
    with pytest.raises(DomainError) as error:
        application_transition(application=ready, action="approve", actor=coordinator)
    assert error.value.code == "unknown_action"


def test_send_needs_complete_answers(application, coordinator):
    with pytest.raises(ApplicationProblemsError) as error:
        application_transition(application=application, action="send", actor=coordinator)
    assert error.value.code == "incomplete"
    assert {"summary", "indicators"} <= {problem.key for problem in error.value.problems}


def test_submit_needs_eligibility(ready, coordinator, agency_head, award_type):
    award_type.eligibility = {"organization_kinds": ["province"]}
    award_type.save()
    with pytest.raises(ApplicationProblemsError) as error:
        submit_application(ready, coordinator, agency_head)
    assert error.value.code == "not_eligible"
    assert ready.state == S.ENDORSED


def test_withdraw_refused_once_results_are_known(ready, agency_head):
    _set_state(ready, S.SUBMITTED)
    type(ready).objects.filter(pk=ready.pk).update(award_level="good")
    with pytest.raises(ConflictError) as error:
        application_transition(application=ready, action="withdraw", actor=agency_head, reason="x")
    assert error.value.code == "results_known"


# --- deadline and extension --------------------------------------------------------------------


def test_submit_refused_after_the_deadline_then_allowed_with_an_extension(
    ready, coordinator, agency_head, award_type, secretariat, agency
):
    application_transition(application=ready, action="send", actor=coordinator)
    application_transition(application=ready, action="endorse", actor=agency_head)
    _close(award_type)
    with pytest.raises(DomainError) as error:
        application_transition(application=ready, action="submit", actor=coordinator)
    assert error.value.code == "deadline_passed"
    with pytest.raises(PermissionDeniedError):
        deadline_extension_grant(
            award_type=award_type,
            organization=agency,
            until=timezone.now() + datetime.timedelta(days=2),
            reason="x",
            actor=coordinator,
        )
    with pytest.raises(DomainError) as error:
        deadline_extension_grant(
            award_type=award_type,
            organization=agency,
            until=timezone.now() + datetime.timedelta(days=2),
            reason="",
            actor=secretariat,
        )
    assert error.value.field == "reason"
    deadline_extension_grant(
        award_type=award_type,
        organization=agency,
        until=timezone.now() + datetime.timedelta(days=2),
        reason="ระบบขัดข้อง",
        actor=secretariat,
    )
    assert AuditEvent.objects.get(action="awards.extension.granted").reason == "ระบบขัดข้อง"
    application_transition(application=ready, action="submit", actor=coordinator)
    assert ready.state == S.SUBMITTED


def test_an_extension_for_another_agency_does_not_help(
    ready, coordinator, agency_head, award_type, secretariat, other_agency
):
    application_transition(application=ready, action="send", actor=coordinator)
    application_transition(application=ready, action="endorse", actor=agency_head)
    _close(award_type)
    DeadlineExtensionFactory(
        award_type=award_type, organization=other_agency, granted_by=secretariat
    )
    with pytest.raises(DomainError):
        application_transition(application=ready, action="submit", actor=coordinator)


def test_extension_must_be_later_than_the_closing_time(award_type, agency, secretariat):
    with pytest.raises(DomainError) as error:
        deadline_extension_grant(
            award_type=award_type,
            organization=agency,
            until=award_type.closes_at - datetime.timedelta(hours=1),
            reason="x",
            actor=secretariat,
        )
    assert error.value.field == "until"


# --- submission ------------------------------------------------------------------------------


def test_submission_freezes_the_revision_and_numbers_per_cycle(
    award_type, agency, coordinator, agency_head
):
    first = ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    second = ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    other_type = AwardTypeFactory(
        branch=award_type.branch, code="PG-NETWORK", form_schema=RICH_FORM, eligibility={}
    )
    third = ApplicationFactory(award_type=other_type, organization=agency, created_by=coordinator)
    year = award_type.cycle.year_be
    submit_application(first, coordinator, agency_head, complete_answers())
    submit_application(third, coordinator, agency_head, complete_answers())
    submit_application(second, coordinator, agency_head, complete_answers())
    assert first.reference == f"LR{year}-{award_type.code}-00001"
    assert third.reference == f"LR{year}-PG-NETWORK-00002"
    assert second.reference == f"LR{year}-{award_type.code}-00003"
    first.refresh_from_db()
    assert first.submitted_revision.number == first.revision_count == 2
    assert first.submitted_at is not None
    assert first.eligibility_snapshot[0] == {"rule": "answers", "setting": None, "passed": True}
    # A withdrawn application keeps its number; the next one is never reused.
    application_transition(application=first, action="withdraw", actor=agency_head, reason="x")
    fourth = ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    submit_application(fourth, coordinator, agency_head, complete_answers())
    assert fourth.reference.endswith("-00004")


# --- partners ----------------------------------------------------------------------------------


def test_partners_with_helpful_errors(application, coordinator, award_type):
    partner_body = OrganizationFactory(code="MOF-CGD")
    with pytest.raises(DomainError) as error:
        application_partner_set(
            application=application, organization="NOPE", role="partner", actor=coordinator
        )
    assert error.value.code == "unknown_organization" and "NOPE" in str(error.value.message)
    with pytest.raises(DomainError) as error:
        application_partner_set(
            application=application,
            organization=application.organization.code,
            role="partner",
            actor=coordinator,
        )
    assert error.value.code == "partner_is_applicant"
    closed = OrganizationFactory()
    type(closed).objects.filter(pk=closed.pk).update(status=OrganizationStatus.DISSOLVED)
    with pytest.raises(DomainError) as error:
        application_partner_set(
            application=application, organization=closed.code, role="partner", actor=coordinator
        )
    assert error.value.code == "organization_inactive"
    with pytest.raises(DomainError) as error:
        application_partner_set(
            application=application, organization="mof-cgd", role="model_agency", actor=coordinator
        )
    assert error.value.code == "invalid_role"
    partner = application_partner_set(
        application=application, organization="mof-cgd", role="partner", actor=coordinator
    )
    assert partner.organization == partner_body
    award_type.shared_work = True
    award_type.save()
    again = application_partner_set(
        application=application,
        organization=partner_body,
        role="adopting_agency",
        actor=coordinator,
    )
    assert again.pk == partner.pk and again.role == "adopting_agency"
    application_partner_remove(partner=again, actor=coordinator)
    assert not application.partners.exists()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"awards.application.partner_set", "awards.application.partner_removed"} <= actions


def test_partner_changes_refused_to_the_head(application, agency_head):
    with pytest.raises(PermissionDeniedError):
        application_partner_set(
            application=application,
            organization=OrganizationFactory(),
            role="partner",
            actor=agency_head,
        )


# --- notifications -----------------------------------------------------------------------------


def test_mail_goes_to_the_head_when_sent_and_to_coordinators_after(
    ready, coordinator, agency_head, mailoutbox, django_capture_on_commit_callbacks
):
    agency_head.email, coordinator.email = "head@rd.go.th", "coord@rd.go.th"
    agency_head.save()
    coordinator.save()
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(application=ready, action="send", actor=coordinator)
    assert [m.to for m in mailoutbox] == [["head@rd.go.th"]]
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(
            application=ready, action="return", actor=agency_head, reason="เพิ่มข้อมูล"
        )
    assert mailoutbox[-1].to == ["coord@rd.go.th"]
    assert "เพิ่มข้อมูล" in mailoutbox[-1].body
    assert f"/awards/applications/{ready.pk}/" in mailoutbox[-1].body


def test_no_mail_when_the_transaction_fails(ready, coordinator, mailoutbox):
    with pytest.raises(PermissionDeniedError):
        application_transition(application=ready, action="endorse", actor=coordinator)
    assert mailoutbox == []

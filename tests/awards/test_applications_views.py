"""The application pages, for every persona: allowed and refused, and bad input kept."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from loetrat.awards.enums import ApplicationState
from loetrat.awards.models import Application, DeadlineExtension
from loetrat.awards.services import application_partner_set, application_save
from loetrat.organizations.enums import Role
from tests.factories import (
    ApplicationFactory,
    AwardTypeFactory,
    MembershipFactory,
    OrganizationFactory,
    UserFactory,
)
from tests.factories.applications import PDF_BYTES, RICH_FORM, complete_answers, submit_application

READERS = ["coordinator_client", "agency_head_client", "secretariat_client"]
OUTSIDERS = ["assessor_client", "no_role_client", "outsider_client"]


@pytest.fixture
def outsider_client(client, other_agency):
    user = UserFactory()
    MembershipFactory(user=user, organization=other_agency, role=Role.AGENCY_COORDINATOR)
    client.force_login(user)
    return client


@pytest.fixture
def award_type(db):
    return AwardTypeFactory(form_schema=RICH_FORM, eligibility={})


@pytest.fixture
def application(award_type, agency, coordinator):
    return ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)


@pytest.fixture
def submitted(application, coordinator, agency_head):
    return submit_application(application, coordinator, agency_head, complete_answers())


def url(name, application, *args):
    return reverse(f"awards:{name}", args=[application.pk, *args])


# --- list --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "persona", ["coordinator_client", "agency_head_client", "secretariat_client"]
)
def test_list_shows_the_agencys_applications(request, application, persona):
    response = request.getfixturevalue(persona).get(reverse("awards:application_list"))
    assert response.status_code == 200
    assert application.title_th in response.content.decode()


def test_list_hides_other_agencies_and_filters(outsider_client, coordinator_client, application):
    assert (
        application.title_th
        not in outsider_client.get(reverse("awards:application_list")).content.decode()
    )
    response = coordinator_client.get(reverse("awards:application_list"), {"state": "submitted"})
    assert application.title_th not in response.content.decode()
    year = application.cycle.year_be
    response = coordinator_client.get(reverse("awards:application_list"), {"cycle": year})
    assert application.title_th in response.content.decode()


def test_list_shows_applications_naming_the_agency_as_partner(
    application, coordinator, outsider_client, other_agency
):
    application_partner_set(
        application=application, organization=other_agency, role="partner", actor=coordinator
    )
    assert (
        application.title_th
        in outsider_client.get(reverse("awards:application_list")).content.decode()
    )


def test_list_refused_without_a_role(no_role_client, anonymous_client, db):
    assert no_role_client.get(reverse("awards:application_list")).status_code == 403
    assert anonymous_client.get(reverse("awards:application_list")).status_code == 302


def _list_queries(client, award_type, agency, coordinator, count):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    existing = Application.objects.count()
    for _ in range(count - existing):
        ApplicationFactory(award_type=award_type, organization=agency, created_by=coordinator)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("awards:application_list"))
    assert response.status_code == 200
    return len(queries)


def test_list_query_count_does_not_grow(coordinator_client, award_type, agency, coordinator):
    few = _list_queries(coordinator_client, award_type, agency, coordinator, 5)
    many = _list_queries(coordinator_client, award_type, agency, coordinator, 50)
    assert few == many


# --- new ---------------------------------------------------------------------------------------


def test_new_application(coordinator_client, award_type, agency):
    response = coordinator_client.get(reverse("awards:application_new"))
    assert response.status_code == 200 and award_type.name_th in response.content.decode()
    response = coordinator_client.post(
        reverse("awards:application_new"),
        {"award_type": award_type.pk, "organization": agency.pk, "title_th": "ระบบภาษีออนไลน์"},
    )
    application = Application.objects.get(title_th="ระบบภาษีออนไลน์")
    assert response.status_code == 302
    assert response["Location"] == url("application_edit", application)


def test_new_application_keeps_input_on_error(coordinator_client, award_type, agency):
    response = coordinator_client.post(
        reverse("awards:application_new"),
        {"award_type": award_type.pk, "organization": agency.pk, "title_th": ""},
    )
    assert response.status_code == 400
    award_type.eligibility = {"organization_kinds": ["province"]}
    award_type.save()
    response = coordinator_client.post(
        reverse("awards:application_new"),
        {"award_type": award_type.pk, "organization": agency.pk, "title_th": "งานของฉัน"},
    )
    assert response.status_code == 400
    assert "งานของฉัน" in response.content.decode()


@pytest.mark.parametrize("persona", ["agency_head_client", "secretariat_client", "no_role_client"])
def test_new_application_refused_to_non_coordinators(request, persona, db):
    assert (
        request.getfixturevalue(persona).get(reverse("awards:application_new")).status_code == 403
    )


# --- detail ------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", READERS)
def test_detail_allowed(request, application, persona):
    response = request.getfixturevalue(persona).get(url("application_detail", application))
    assert response.status_code == 200
    assert application.title_th in response.content.decode()


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_detail_refused_with_404(request, application, persona):
    response = request.getfixturevalue(persona).get(url("application_detail", application))
    assert response.status_code == 404


def test_detail_lists_problems_with_links_and_only_allowed_buttons(
    coordinator_client, agency_head_client, application
):
    page = coordinator_client.get(url("application_detail", application)).content.decode()
    assert url("application_edit", application) + "#field-summary" in page
    assert url("application_action", application, "send") in page
    assert url("application_action", application, "endorse") not in page
    head_page = agency_head_client.get(url("application_detail", application)).content.decode()
    assert url("application_action", application, "send") not in head_page
    assert url("application_action", application, "withdraw") in head_page


def test_detail_shows_reason_and_history(application, coordinator, agency_head, coordinator_client):
    application_save(application=application, actor=coordinator, data=complete_answers())
    coordinator_client.post(url("application_action", application, "send"))
    from django.test import Client

    head = Client()
    head.force_login(agency_head)
    head.post(url("application_action", application, "return"), {"reason": "เติมงบประมาณ"})
    application.refresh_from_db()
    assert application.state == ApplicationState.RETURNED
    page = coordinator_client.get(url("application_detail", application)).content.decode()
    assert "เติมงบประมาณ" in page
    assert "Returned by the agency head" in page or "ส่งคืน" in page or "returned" in page.lower()


# --- edit --------------------------------------------------------------------------------------


def test_edit_page_renders_every_kind(coordinator_client, application):
    response = coordinator_client.get(url("application_edit", application))
    page = response.content.decode()
    assert response.status_code == 200
    for key in ("summary", "owner", "budget", "started", "scope", "channels", "evidence"):
        assert f'id="field-{key}"' in page
    assert 'name="indicators-0-target"' in page and 'name="indicators-1-target"' in page
    assert 'name="indicators-2-target"' not in page
    assert "ส่วนที่ 1" in page


@pytest.mark.parametrize("persona", ["agency_head_client", "secretariat_client"])
def test_edit_refused_to_readers(request, application, persona):
    assert (
        request.getfixturevalue(persona).get(url("application_edit", application)).status_code
        == 403
    )


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_edit_refused_to_outsiders(request, application, persona):
    assert (
        request.getfixturevalue(persona).get(url("application_edit", application)).status_code
        == 404
    )


def _post_data(**overrides):
    data = {
        "title_th": "ระบบใหม่",
        "title_en": "New system",
        "summary": "ก",
        "budget": "หนึ่งพัน",
        "started": "31/02/2566",
        "scope": "national",
        "channels": ["web", "app"],
        "indicators-rows": "2",
        "indicators-0-name": "ความพึงพอใจ",
        "indicators-0-direction": "higher",
        "indicators-0-target": "ร้อยละแปดสิบ",
        "then": "edit",
    }
    data.update(overrides)
    return data


def test_a_draft_keeps_invalid_input_and_shows_the_problem(coordinator_client, application):
    response = coordinator_client.post(url("application_edit", application), _post_data())
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.revision_count == 2
    assert application.data["budget"] == "หนึ่งพัน"
    assert application.data["indicators"][0]["target"] == "ร้อยละแปดสิบ"
    page = coordinator_client.get(url("application_edit", application)).content.decode()
    assert 'value="หนึ่งพัน"' in page and 'value="31/02/2566"' in page
    assert "field--invalid" in page
    assert "ร้อยละแปดสิบ" in page


def test_save_with_files_and_add_rows(coordinator_client, application):
    data = _post_data(
        budget="1000",
        add_rows="indicators",
        evidence=[SimpleUploadedFile("a.pdf", PDF_BYTES), SimpleUploadedFile("x.pdf", b"MZ..")],
    )
    response = coordinator_client.post(url("application_edit", application), data)
    assert response.status_code == 302
    assert response["Location"].endswith("?rows-indicators=8#field-indicators")
    application.refresh_from_db()
    assert len(application.data["evidence"]) == 1 and application.revision_count == 2
    page = coordinator_client.get(response["Location"]).content.decode()
    assert 'name="indicators-7-target"' in page
    assert "a.pdf" in page


def test_saving_an_endorsed_application_warns_then_reverts(
    coordinator_client, application, coordinator, agency_head
):
    application_save(application=application, actor=coordinator, data=complete_answers())
    from loetrat.awards.services import application_transition

    application_transition(application=application, action="send", actor=coordinator)
    application_transition(application=application, action="endorse", actor=agency_head)
    page = coordinator_client.get(url("application_edit", application)).content.decode()
    assert "message--warning" in page
    coordinator_client.post(url("application_edit", application), _post_data(budget="5"))
    application.refresh_from_db()
    assert application.state == ApplicationState.DRAFT


def test_after_the_deadline_the_page_is_readable_but_not_editable(
    coordinator_client, application, award_type
):
    award_type.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    award_type.save()
    response = coordinator_client.get(url("application_edit", application))
    assert response.status_code == 302 and response["Location"] == url(
        "application_detail", application
    )
    response = coordinator_client.post(url("application_edit", application), _post_data())
    assert response.status_code == 400
    assert "ระบบใหม่" in response.content.decode()
    application.refresh_from_db()
    assert application.revision_count == 1
    page = coordinator_client.get(url("application_detail", application)).content.decode()
    assert application.title_th in page


def test_expired_session_redirects_to_login_with_next(anonymous_client, application):
    response = anonymous_client.post(url("application_edit", application), _post_data())
    assert response.status_code == 302
    assert "next=" in response["Location"] and "/edit/" in response["Location"]


# --- actions, partners, extension ---------------------------------------------------------------


def test_actions_from_the_page(coordinator_client, agency_head_client, application, coordinator):
    response = coordinator_client.post(url("application_action", application, "send"))
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == ApplicationState.DRAFT  # incomplete: refused with messages
    application_save(application=application, actor=coordinator, data=complete_answers())
    coordinator_client.post(url("application_action", application, "send"))
    agency_head_client.post(url("application_action", application, "endorse"))
    response = coordinator_client.post(url("application_action", application, "submit"))
    assert response["Location"] == url("application_receipt", application)
    application.refresh_from_db()
    assert application.state == ApplicationState.SUBMITTED


def test_action_by_the_wrong_person_changes_nothing(
    agency_head_client, outsider_client, application
):
    agency_head_client.post(url("application_action", application, "send"))
    assert outsider_client.post(url("application_action", application, "send")).status_code == 404
    application.refresh_from_db()
    assert application.state == ApplicationState.DRAFT


def test_partner_add_and_remove_pages(coordinator_client, agency_head_client, application):
    OrganizationFactory(code="MOF-CGD")
    coordinator_client.post(
        url("application_partner_add", application),
        {"organization": "XX-NONE", "role": "partner"},
    )
    assert not application.partners.exists()
    coordinator_client.post(
        url("application_partner_add", application), {"organization": "MOF-CGD", "role": "partner"}
    )
    partner = application.partners.get()
    assert (
        agency_head_client.post(
            url("application_partner_add", application),
            {"organization": "MOF-CGD", "role": "partner"},
        ).status_code
        == 403
    )
    agency_head_client.post(url("application_partner_remove", application, partner.pk))
    assert application.partners.exists()
    coordinator_client.post(url("application_partner_remove", application, partner.pk))
    assert not application.partners.exists()


def test_extension_by_the_secretariat_only(secretariat_client, coordinator_client, application):
    data = {"until_date": "31/12/2599", "until_time": "16:30", "reason": "ระบบล่ม"}
    assert (
        coordinator_client.post(url("application_extension", application), data).status_code == 403
    )
    response = secretariat_client.post(url("application_extension", application), data)
    assert response.status_code == 302
    extension = DeadlineExtension.objects.get()
    assert extension.reason == "ระบบล่ม" and timezone.localtime(extension.until).year == 2056


# --- revisions, receipt ------------------------------------------------------------------------


def test_revisions_compare_field_by_field_and_row_by_row(
    coordinator_client, application, coordinator, agency_head_client
):
    application_save(application=application, actor=coordinator, data=complete_answers())
    changed = complete_answers(owner="กองคลัง", indicators=[{"name": "ความพึงพอใจ", "target": "90"}])
    application_save(application=application, actor=coordinator, data=changed)
    response = agency_head_client.get(url("application_revisions", application), {"a": 3, "b": 2})
    page = response.content.decode()
    assert response.status_code == 200
    assert "กองคลัง" in page and "กองแผน" in page
    assert "90" in page and "80" in page
    assert (
        coordinator_client.get(
            url("application_revisions", application), {"a": 9, "b": 2}
        ).status_code
        == 404
    )


def test_revisions_refused_to_outsiders(outsider_client, application):
    assert outsider_client.get(url("application_revisions", application)).status_code == 404


def test_receipt_page_and_pdf(coordinator_client, submitted):
    page = coordinator_client.get(url("application_receipt", submitted)).content.decode()
    assert submitted.reference in page
    response = coordinator_client.get(url("application_receipt_pdf", submitted))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF") and len(response.content) > 5000
    assert submitted.reference in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"


def test_receipt_pdf_embeds_one_font_for_thai_and_latin(submitted):
    """Digits and codes are garbled when a Thai-only face is used, so check the face."""
    from loetrat.awards.services.receipts import application_receipt_pdf

    assert b"Laksaman" in application_receipt_pdf(submitted, uncompressed_pdf=True)


def test_receipt_404_before_submission_and_for_outsiders(
    coordinator_client, outsider_client, application, submitted
):
    draft = ApplicationFactory(
        award_type=application.award_type,
        organization=application.organization,
        created_by=application.created_by,
    )
    assert coordinator_client.get(url("application_receipt", draft)).status_code == 404
    assert outsider_client.get(url("application_receipt_pdf", submitted)).status_code == 404


def test_an_action_the_person_may_not_take_is_a_403_that_says_why(agency_head_client, application):
    """A refusal for who asks is the 403 page with the service's reason, not a message on the
    application page as if the action had merely failed."""
    response = agency_head_client.post(url("application_action", application, "send"))
    assert response.status_code == 403
    assert "ท่านไม่มีสิทธิ์" in response.content.decode()
    application.refresh_from_db()
    assert application.state == "draft"

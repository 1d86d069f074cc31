import datetime

import pytest
from django.urls import reverse

from loetrat.core.models import AuditEvent
from loetrat.organizations.enums import OrganizationStatus
from loetrat.organizations.models import Organization, OrganizationName

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(secretariat_admin_client):
    secretariat_admin_client.cookies["loetrat_language"] = "en"
    return secretariat_admin_client


def new_body(**overrides):
    return {
        "code": "MOF-NEW",
        "kind": "department",
        "name_th": "กรมใหม่",
        "name_en": "New Department",
        "abbreviation_th": "",
        "abbreviation_en": "",
        "parent_code": "MOF",
        "active_from": "1/10/2566",
        "active_until": "",
        "website": "",
        **overrides,
    }


def edit_data(organization, **overrides):
    return {
        "code": organization.code,
        "kind": organization.kind,
        "name_th": organization.name_th,
        "name_en": organization.name_en,
        "abbreviation_th": organization.abbreviation_th,
        "abbreviation_en": organization.abbreviation_en,
        "parent_code": organization.parent.code if organization.parent else "",
        "active_from": "",
        "active_until": "",
        "website": organization.website,
        "effective_on": "",
        "reason": "",
        **overrides,
    }


def test_create_body(secretariat_admin_client, ministry):
    response = secretariat_admin_client.post(reverse("organizations:create"), new_body())

    assert response.status_code == 302
    body = Organization.objects.get(code="MOF-NEW")
    assert body.parent == ministry and body.active_from == datetime.date(2023, 10, 1)
    assert response.url == reverse("organizations:detail", args=["MOF-NEW"])
    assert AuditEvent.objects.filter(action="organizations.body.created").exists()


def test_create_form_keeps_typed_values_and_shows_field_errors(english, ministry):
    response = english.post(
        reverse("organizations:create"),
        new_body(parent_code="NOPE", active_until="1/1/2560", name_en="Kept English name"),
    )

    assert response.status_code == 400
    form = response.context["form"]
    assert "No body has the code “NOPE”" in form.errors["parent_code"][0]
    assert form.errors["active_until"]
    content = response.content.decode()
    assert 'value="Kept English name"' in content and 'value="NOPE"' in content
    assert not Organization.objects.filter(code="MOF-NEW").exists()


def test_create_duplicate_code_error_is_beside_the_code(english, agency):
    response = english.post(reverse("organizations:create"), new_body(code="MOF-RD"))

    assert response.status_code == 400
    assert "already used" in response.context["form"].errors["code"][0]


def test_create_prefills_parent_from_query(secretariat_admin_client, ministry):
    response = secretariat_admin_client.get(reverse("organizations:create") + "?parent=MOF")
    assert response.context["form"]["parent_code"].value() == "MOF"


def test_rename_records_former_name(secretariat_admin_client, agency):
    response = secretariat_admin_client.post(
        reverse("organizations:edit", args=[agency.code]),
        edit_data(agency, name_th="กรมสรรพากรใหม่", effective_on="1/1/2567", reason="มติ ครม."),
    )

    assert response.status_code == 302
    agency.refresh_from_db()
    assert agency.name_th == "กรมสรรพากรใหม่"
    former = OrganizationName.objects.get(organization=agency)
    assert former.name_th == "กรมสรรพากร" and former.used_until == datetime.date(2023, 12, 31)
    assert AuditEvent.objects.get(action="organizations.body.updated").reason == "มติ ครม."


def test_change_parent_moves_the_body(secretariat_admin_client, agency, other_agency):
    response = secretariat_admin_client.post(
        reverse("organizations:edit", args=[agency.code]),
        edit_data(agency, parent_code="MOI"),
    )

    assert response.status_code == 302
    agency.refresh_from_db()
    assert agency.parent.code == "MOI" and agency.path.startswith(agency.parent.path)


def test_moving_under_own_unit_shows_the_service_error_beside_parent(english, agency, ministry):
    response = english.post(
        reverse("organizations:edit", args=[ministry.code]),
        edit_data(ministry, parent_code="MOF-RD", name_en="Typed and kept"),
    )

    assert response.status_code == 400
    assert "cannot be placed under itself" in response.context["form"].errors["parent_code"][0]
    assert 'value="Typed and kept"' in response.content.decode()


def test_merge(secretariat_admin_client, agency, other_agency):
    response = secretariat_admin_client.post(
        reverse("organizations:merge", args=[other_agency.code]),
        {"into_code": "MOF-RD", "on": "", "reason": "ควบรวม"},
    )

    assert response.status_code == 302
    other_agency.refresh_from_db()
    assert other_agency.status == OrganizationStatus.MERGED and other_agency.successor == agency


def test_merge_into_itself_is_a_form_error(english, agency):
    response = english.post(
        reverse("organizations:merge", args=[agency.code]),
        {"into_code": "MOF-RD", "on": "", "reason": ""},
    )

    assert response.status_code == 400
    assert "cannot be merged into itself" in str(response.context["form"].non_field_errors())


def test_dissolve_requires_a_reason(english, agency):
    url = reverse("organizations:dissolve", args=[agency.code])

    response = english.post(url, {"on": "", "reason": ""})
    assert response.status_code == 400 and response.context["form"].errors["reason"]

    response = english.post(url, {"on": "", "reason": "ยุบเลิกตามกฎหมาย"})
    assert response.status_code == 302
    agency.refresh_from_db()
    assert agency.status == OrganizationStatus.DISSOLVED


def test_dissolve_with_active_units_is_refused_as_form_error(english, agency, ministry):
    response = english.post(
        reverse("organizations:dissolve", args=[ministry.code]), {"on": "", "reason": "x"}
    )

    assert response.status_code == 400
    assert "active units" in str(response.context["form"].non_field_errors())


def test_closed_body_cannot_be_merged_again(secretariat_admin_client, agency, other_agency):
    secretariat_admin_client.post(
        reverse("organizations:dissolve", args=[agency.code]), {"on": "", "reason": "x"}
    )

    response = secretariat_admin_client.get(reverse("organizations:merge", args=[agency.code]))

    assert response.status_code == 302


def test_detail_shows_edit_links_only_to_admins(
    secretariat_admin_client, secretariat_client, agency
):
    url = reverse("organizations:detail", args=[agency.code])
    edit = reverse("organizations:edit", args=[agency.code]).encode()
    assert edit in secretariat_admin_client.get(url).content
    assert edit not in secretariat_client.get(url).content


def test_unknown_body_is_404(secretariat_admin_client):
    for name in ("edit", "merge", "dissolve"):
        assert (
            secretariat_admin_client.get(
                reverse(f"organizations:{name}", args=["NONE"])
            ).status_code
            == 404
        )


@pytest.mark.parametrize("name", ["edit", "merge", "dissolve"])
@pytest.mark.parametrize("persona", ["secretariat_client", "coordinator_client"])
def test_others_are_refused(request, agency, name, persona):
    client = request.getfixturevalue(persona)
    url = reverse(f"organizations:{name}", args=[agency.code])
    assert client.get(url).status_code == 403
    assert client.post(url, {"reason": "x"}).status_code == 403
    agency.refresh_from_db()
    assert agency.status == OrganizationStatus.ACTIVE


@pytest.mark.parametrize("persona", ["secretariat_client", "coordinator_client"])
def test_others_cannot_create(request, persona, ministry):
    client = request.getfixturevalue(persona)
    assert client.post(reverse("organizations:create"), new_body()).status_code == 403
    assert not Organization.objects.filter(code="MOF-NEW").exists()


@pytest.mark.parametrize("name", ["edit", "merge", "dissolve"])
def test_anonymous_is_sent_to_login(anonymous_client, agency, name):
    response = anonymous_client.get(reverse(f"organizations:{name}", args=[agency.code]))
    assert response.status_code == 302 and "/accounts/login/" in response.url
    response = anonymous_client.get(reverse("organizations:create"))
    assert response.status_code == 302 and "/accounts/login/" in response.url

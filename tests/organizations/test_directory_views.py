"""The directory of public bodies and one body's page: who sees what."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from loetrat.organizations.enums import OrganizationKind, OrganizationStatus
from loetrat.organizations.services import organization_dissolve, organization_update
from tests.factories import OrganizationFactory

LIST_URL = reverse("organizations:list")


def _detail(organization) -> str:
    return reverse("organizations:detail", args=[organization.code])


def _codes(response) -> list[str]:
    return [organization.code for organization in response.context["listing"].rows]


@pytest.fixture
def unit(agency):
    return OrganizationFactory(
        code="MOF-RD-IT", kind=OrganizationKind.INTERNAL_UNIT, name_th="กองเทคโนโลยี", parent=agency
    )


@pytest.mark.parametrize("persona", ["secretariat_client", "secretariat_admin_client"])
def test_secretariat_sees_the_directory(request, persona, agency, other_agency):
    response = request.getfixturevalue(persona).get(LIST_URL)
    assert response.status_code == 200
    assert {"MOF-RD", "MOI-DOPA", "OPDC"} <= set(_codes(response))


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
def test_directory_refused_to_others(request, persona):
    assert request.getfixturevalue(persona).get(LIST_URL).status_code == 403


def test_directory_redirects_anonymous_to_login(anonymous_client):
    response = anonymous_client.get(LIST_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_directory_search_by_thai_name_and_code(secretariat_client, agency, other_agency):
    assert _codes(secretariat_client.get(LIST_URL, {"q": "สรรพากร"})) == ["MOF-RD"]
    assert _codes(secretariat_client.get(LIST_URL, {"q": "moi-dopa"})) == ["MOI-DOPA"]


def test_directory_filters_by_kind_and_status(secretariat_client, agency, other_agency):
    organization_dissolve(organization=other_agency, actor=None, reason="ทดสอบ")
    ministries = _codes(secretariat_client.get(LIST_URL, {"kind": "ministry"}))
    assert sorted(ministries) == ["MOF", "MOI", "OPM"]
    dissolved = _codes(secretariat_client.get(LIST_URL, {"status": OrganizationStatus.DISSOLVED}))
    assert dissolved == ["MOI-DOPA"]


def test_directory_sorts_by_code(secretariat_client, agency, other_agency):
    codes = _codes(secretariat_client.get(LIST_URL, {"sort": "-code"}))
    assert codes == sorted(codes, reverse=True)


def _list_queries(client, parent, count) -> int:
    for _ in range(count):
        OrganizationFactory(parent=parent)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST_URL).status_code == 200
    return len(queries)


def test_directory_query_count_does_not_grow(secretariat_client, ministry, other_agency):
    few = _list_queries(secretariat_client, ministry, 5)
    many = _list_queries(secretariat_client, other_agency, 55)
    assert few == many


@pytest.mark.parametrize("persona", ["secretariat_client", "secretariat_admin_client"])
def test_secretariat_sees_any_body(request, persona, agency, other_agency):
    client = request.getfixturevalue(persona)
    assert client.get(_detail(agency)).status_code == 200
    assert client.get(_detail(other_agency)).status_code == 200


def test_coordinator_sees_own_agency_and_units_below(coordinator_client, agency, unit):
    response = coordinator_client.get(_detail(agency))
    assert response.status_code == 200
    assert unit.name_th in response.text
    assert coordinator_client.get(_detail(unit)).status_code == 200


def test_coordinator_gets_404_for_another_ministrys_body(coordinator_client, other_agency):
    assert coordinator_client.get(_detail(other_agency)).status_code == 404


def test_coordinator_gets_404_for_the_ministry_above(coordinator_client, ministry, agency):
    assert coordinator_client.get(_detail(ministry)).status_code == 404


def test_unknown_code_is_404(secretariat_client):
    assert secretariat_client.get(reverse("organizations:detail", args=["NOPE"])).status_code == 404


def test_no_role_user_gets_404_for_any_body(no_role_client, agency):
    assert no_role_client.get(_detail(agency)).status_code == 404


def test_detail_redirects_anonymous_to_login(anonymous_client, agency):
    assert anonymous_client.get(_detail(agency)).status_code == 302


def test_history_and_members_shown_only_to_secretariat(
    secretariat_client, coordinator_client, coordinator, agency
):
    organization_update(organization=agency, actor=None, name_en="Revenue Department")
    secretariat_page = secretariat_client.get(_detail(agency))
    assert list(secretariat_page.context["history"])
    assert list(secretariat_page.context["members"])
    coordinator_page = coordinator_client.get(_detail(agency))
    assert list(coordinator_page.context["history"]) == []
    assert list(coordinator_page.context["members"]) == []


def test_the_directory_sorts_names_in_thai_dictionary_order(secretariat_client):
    for code, name in [("M-IND", "กระทรวงอุตสาหกรรม"), ("M-AG", "กระทรวงเกษตรและสหกรณ์")]:
        OrganizationFactory(code=code, kind=OrganizationKind.MINISTRY, name_th=name)
    response = secretariat_client.get(LIST_URL, {"kind": OrganizationKind.MINISTRY})
    codes = [code for code in _codes(response) if code.startswith("M-")]
    assert codes == ["M-AG", "M-IND"]
    response = secretariat_client.get(
        LIST_URL, {"kind": OrganizationKind.MINISTRY, "sort": "-name"}
    )
    assert [code for code in _codes(response) if code.startswith("M-")] == ["M-IND", "M-AG"]

"""GET /api/v1/organizations/: visibility, filters, pagination, errors and query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.accounts.tokens import api_token_create
from loetrat.organizations.enums import OrganizationKind
from loetrat.organizations.services import organization_dissolve
from tests.factories import OrganizationFactory

LIST = "/api/v1/organizations/"


def _codes(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["code"] for item in response.json()["items"]]


@pytest.fixture
def unit(agency):
    return OrganizationFactory(code="MOF-RD-IT", kind=OrganizationKind.INTERNAL_UNIT, parent=agency)


def test_secretariat_sees_every_body(secretariat_client, agency, other_agency):
    response = secretariat_client.get(LIST)
    assert set(_codes(response)) == {"OPM", "OPDC", "MOF", "MOF-RD", "MOI", "MOI-DOPA"}
    assert response.json()["count"] == 6


def test_coordinator_sees_own_subtree_only(coordinator_client, agency, unit, other_agency):
    assert _codes(coordinator_client.get(LIST)) == ["MOF-RD", "MOF-RD-IT"]


def test_coordinator_with_token_sees_the_same(anonymous_client, coordinator, unit, other_agency):
    _, key = api_token_create(user=coordinator, name="x")
    response = anonymous_client.get(LIST, HTTP_AUTHORIZATION=f"Bearer {key}")
    assert _codes(response) == ["MOF-RD", "MOF-RD-IT"]


def test_list_item_shape(coordinator_client, agency, ministry):
    item = coordinator_client.get(LIST).json()["items"][0]
    assert item["code"] == "MOF-RD"
    assert item["name_th"] == "กรมสรรพากร"
    assert item["parent"] == {
        "id": ministry.pk,
        "code": "MOF",
        "name_th": "กระทรวงการคลัง",
        "name_en": "Ministry of Finance",
    }
    assert item["status"] == "active"


def test_list_requires_authentication(anonymous_client, db):
    response = anonymous_client.get(LIST)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"


def test_pagination_with_limit_and_offset(secretariat_client, agency, other_agency):
    everything = _codes(secretariat_client.get(LIST))
    page = secretariat_client.get(LIST, {"limit": 2, "offset": 2})
    assert _codes(page) == everything[2:4]
    assert page.json()["count"] == len(everything)


def test_filter_by_text_kind_and_status(secretariat_client, agency, other_agency):
    assert _codes(secretariat_client.get(LIST, {"q": "สรรพากร"})) == ["MOF-RD"]
    assert set(_codes(secretariat_client.get(LIST, {"kind": "ministry"}))) == {"OPM", "MOF", "MOI"}
    organization_dissolve(organization=other_agency, actor=None, reason="ยุบ")
    assert _codes(secretariat_client.get(LIST, {"status": "dissolved"})) == ["MOI-DOPA"]


def test_filter_by_parent(secretariat_client, agency, ministry):
    assert _codes(secretariat_client.get(LIST, {"parent_id": ministry.pk})) == ["MOF-RD"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"kind": "nonsense"}, "kind"),
        ({"status": "closed"}, "status"),
        ({"limit": "many"}, "limit"),
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
        ({"parent_id": "abc"}, "parent_id"),
    ],
)
def test_bad_query_parameter_is_422_with_details(secretariat_client, db, params, field):
    response = secretariat_client.get(LIST, params)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_error"
    assert field in [detail["field"] for detail in body["details"]]


def test_limit_above_maximum_is_refused_not_ignored(secretariat_client, agency):
    response = secretariat_client.get(LIST, {"limit": 100_000})
    assert response.status_code == 422
    assert response.json()["code"] == "validation_error"


def test_detail_by_code(coordinator_client, agency):
    response = coordinator_client.get(f"{LIST}MOF-RD")
    assert response.status_code == 200
    assert response.json()["name_en"] == "The Revenue Department"


def test_detail_of_invisible_body_is_404_json(coordinator_client, other_agency):
    response = coordinator_client.get(f"{LIST}MOI-DOPA")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_detail_of_unknown_code_is_404_json(secretariat_client, db):
    response = secretariat_client.get(f"{LIST}NOPE")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def _list_queries(client, parent, count) -> int:
    for _ in range(count):
        OrganizationFactory(parent=parent)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST, {"limit": 100}).status_code == 200
    return len(queries)


def test_query_count_does_not_grow(secretariat_client, ministry, other_agency):
    few = _list_queries(secretariat_client, ministry, 5)
    many = _list_queries(secretariat_client, other_agency, 55)
    assert few == many

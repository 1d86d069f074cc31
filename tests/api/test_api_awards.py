"""/api/v1/awards/: cycles, types, copy, config updates, diff and counts."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.awards.models import AwardCycle
from loetrat.awards.services import cycle_copy
from tests.factories import AwardBranchFactory, AwardCycleFactory, AwardTypeFactory
from tests.factories.cycles import framework_version, make_applications

pytestmark = pytest.mark.django_db
API = "/api/v1/awards"


@pytest.fixture
def award_type():
    cycle = AwardCycleFactory(year_be=2566)
    branch = AwardBranchFactory(cycle=cycle, code="PUBLIC-SERVICE")
    return AwardTypeFactory(
        cycle=cycle, branch=branch, code="SV-INNOVATION", framework_version=framework_version()
    )


def _patch(client, url, data):
    return client.patch(url, json.dumps(data), content_type="application/json")


def test_read_endpoints(coordinator_client, award_type):
    cycles = coordinator_client.get(f"{API}/cycles").json()
    assert cycles["count"] == 1 and cycles["items"][0]["year_be"] == 2566
    detail = coordinator_client.get(f"{API}/cycles/2566").json()
    assert detail["branches"][0]["types"][0]["code"] == "SV-INNOVATION"
    types = coordinator_client.get(f"{API}/cycles/2566/types").json()
    assert types["items"][0]["is_open"] is True
    full = coordinator_client.get(f"{API}/types/{award_type.pk}").json()
    assert full["form_schema"][0]["key"] == "summary"
    assert full["framework_version"]["status"] == "approved"
    assert full["levels"][0]["name_th"] == "ดีเด่น"


def test_refusals(anonymous_client, no_role_client, coordinator_client, award_type):
    assert anonymous_client.get(f"{API}/cycles").status_code == 401
    assert no_role_client.get(f"{API}/cycles").status_code == 403
    assert coordinator_client.get(f"{API}/cycles/2599").status_code == 404
    assert coordinator_client.get(f"{API}/cycles/2566/counts").status_code == 403
    response = coordinator_client.post(
        f"{API}/cycles/2566/copy", json.dumps({"year_be": 2567}), content_type="application/json"
    )
    assert response.status_code == 403
    assert (
        _patch(coordinator_client, f"{API}/types/{award_type.pk}", {"name_th": "x"}).status_code
        == 403
    )


def test_copy_and_diff(secretariat_client, award_type):
    url = f"{API}/cycles/2566/copy"
    response = secretariat_client.post(
        url, json.dumps({"year_be": 2567}), content_type="application/json"
    )
    assert response.status_code == 201
    assert response.json()["copied_from_year"] == 2566
    again = secretariat_client.post(
        url, json.dumps({"year_be": 2567}), content_type="application/json"
    )
    assert again.status_code == 409
    new_type = AwardCycle.objects.get(year_be=2567).award_types.get()
    response = _patch(
        secretariat_client,
        f"{API}/types/{new_type.pk}",
        {"levels": [{"key": "top", "name_th": "ดีเด่น", "min_score": 90}], "reason": "มติ"},
    )
    assert response.status_code == 200, response.content
    diff = secretariat_client.get(f"{API}/cycles/2567/diff/2566").json()
    change = diff["branches"][0]["types_changed"][0]
    assert change["code"] == "SV-INNOVATION"
    assert [f["field"] for f in change["fields"]] == ["levels"]


def test_patch_validation_lists_every_problem(secretariat_client, award_type):
    response = _patch(
        secretariat_client,
        f"{API}/types/{award_type.pk}",
        {
            "levels": [{"key": "Bad Key", "min_score": 5000}],
            "form_schema": [{"key": "x", "kind": "nope"}],
            "eligibility": {"unknown_rule": 1},
        },
    )
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_error"
    assert {d["field"] for d in body["details"]} == {"levels", "form_schema", "eligibility"}
    response = _patch(
        secretariat_client, f"{API}/types/{award_type.pk}", {"framework_version_id": 999999}
    )
    assert response.status_code == 422
    draft = framework_version(status="draft")
    response = _patch(
        secretariat_client, f"{API}/types/{award_type.pk}", {"framework_version_id": draft.pk}
    )
    assert response.status_code == 400  # published cycle: must stay complete


def test_counts(secretariat_client, award_type, agency):
    make_applications(award_type, [agency], 3)
    make_applications(award_type, [agency], 2, state="draft")
    body = secretariat_client.get(f"{API}/cycles/2566/counts").json()
    assert body["total"] == 5
    assert body["types"][0]["counts"]["submitted"] == 3
    assert body["totals"]["draft"] == 2


def test_list_query_counts_do_not_grow(secretariat_client, award_type):
    def count(url):
        secretariat_client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert secretariat_client.get(url).status_code == 200
        return len(captured)

    urls = [f"{API}/cycles", f"{API}/cycles/2566", f"{API}/cycles/2566/types"]
    few = [count(url) for url in urls]
    for year in range(2567, 2572):
        cycle_copy(cycle=award_type.cycle, year_be=year, actor=None)
    for _ in range(5):
        AwardTypeFactory(cycle=award_type.cycle, branch=award_type.branch)
    AwardBranchFactory(cycle=award_type.cycle)
    assert [count(url) for url in urls] == few

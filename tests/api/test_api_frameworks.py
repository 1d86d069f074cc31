"""/api/v1/frameworks: permissions, nested trees, import problems, clone, approve, score."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.frameworks.services import framework_create
from tests.frameworks.helpers import document

API = "/api/v1/frameworks/"
V = API + "TEST-FW/versions/2566"


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


def test_list_and_detail(secretariat_client, draft):
    listed = secretariat_client.get(API).json()
    assert listed["count"] == 1 and listed["items"][0]["code"] == "TEST-FW"
    detail = secretariat_client.get(API + "TEST-FW").json()
    assert [v["label"] for v in detail["versions"]] == ["2566"]


def test_version_has_the_nested_tree(secretariat_client, draft):
    data = secretariat_client.get(V).json()
    assert data["status"] == "draft" and data["framework"]["code"] == "TEST-FW"
    assert [c["code"] for c in data["criteria"][0]["children"]] == ["1.1", "1.2"]
    export = secretariat_client.get(V + "/export").json()
    assert export["format"] == "loetrat.frameworks/1"


@pytest.mark.parametrize("client_name", ["coordinator_client", "anonymous_client"])
def test_others_are_refused(request, draft, client_name):
    client = request.getfixturevalue(client_name)
    assert client.get(API).status_code in (401, 403)
    assert client.get(V).status_code in (401, 403)


def test_officer_cannot_write(secretariat_client, draft):
    response = post(secretariat_client, V + "/clone", {"label": "2567"})
    assert response.status_code == 403 and response.json()["code"] == "forbidden"


def test_import_reports_each_problem(secretariat_admin_client, db):
    bad = document()
    bad["criteria"][1]["children"][0]["points"] = "x"
    bad["criteria"][0]["children"][0]["scale"]["levels"][0]["practices"] = []
    response = post(secretariat_admin_client, API + "TEST-FW/versions", bad)
    assert response.status_code == 422
    fields = [detail["field"] for detail in response.json()["details"]]
    assert "2 › 2.1" in fields and "1 › 1.1 › practices" in fields
    created = post(secretariat_admin_client, API + "TEST-FW/versions", document())
    assert created.status_code == 201 and created.json()["status"] == "draft"


def test_clone_paper_approval_and_frozen(secretariat_admin_client, draft):
    clone = post(secretariat_admin_client, V + "/clone", {"label": "2567"})
    assert clone.status_code == 201 and clone.json()["cloned_from"] == "2566"
    assert post(secretariat_admin_client, V + "/clone", {"label": "2567"}).status_code == 409
    paper = {"approving_resolution": "มติ 7/2565", "meeting_day": "2022-09-27"}
    late = post(
        secretariat_admin_client, V + "/paper-approval", {**paper, "meeting_day": "2023-06-01"}
    )
    assert late.status_code == 409 and late.json()["code"] == "approval_by_resolution_only"
    approved = post(secretariat_admin_client, V + "/paper-approval", paper)
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    approval = approved.json()["approval"]
    assert approval["approved_by"] == "มติ 7/2565 (27 กันยายน 2565)"
    assert approval["decided_on"] == "2022-09-27" and approval["source_kind"] == ""
    again = post(secretariat_admin_client, V + "/paper-approval", paper)
    assert again.status_code == 409 and again.json()["code"] == "already_approved"
    assert post(secretariat_admin_client, V + "/approve", paper).status_code == 404


def test_score(secretariat_client, draft):
    response = post(secretariat_client, V + "/score", {"inputs": {"2.1": 55, "2.2": 4}})
    data = response.json()
    assert response.status_code == 200 and data["version_label"] == "2566"
    scores = {node["code"]: node["score"] for node in data["nodes"]}
    assert scores["2.1"] == "39" and scores["2.2"] == "20"
    bad = post(secretariat_client, V + "/score", {"inputs": {"2.1": 52}})
    assert bad.status_code == 422 and bad.json()["details"][0]["field"] == "2.1"


def _count(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_list_query_count_is_constant(secretariat_client, secretariat_admin):
    for n in range(5):
        framework_create(actor=secretariat_admin, code=f"A{n}", name_th="ก")
    few = _count(secretariat_client, API)
    for n in range(45):
        framework_create(actor=secretariat_admin, code=f"B{n}", name_th="ข")
    assert _count(secretariat_client, API + "?limit=100") == few

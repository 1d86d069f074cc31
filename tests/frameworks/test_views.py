"""Every page with allowed and refused personas, and list query counts."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from openpyxl import load_workbook

from loetrat.frameworks.models import FrameworkVersion
from loetrat.frameworks.services import framework_create

from .helpers import document

BASE = "/frameworks/"
V = "/frameworks/TEST-FW/2566/"


def pages():
    return [
        BASE,
        "/frameworks/TEST-FW/",
        V,
        V + "export.json",
        V + "export.xlsx",
        V + "score/",
        "/frameworks/TEST-FW/diff/?old=2566&new=2566",
    ]


def admin_pages():
    return [BASE + "import/", V + "clone/", V + "paper-approval/", V + "retire/"]


@pytest.mark.parametrize("index", range(7))
def test_secretariat_sees_every_page(secretariat_client, draft, index):
    assert secretariat_client.get(pages()[index]).status_code == 200


@pytest.mark.parametrize("index", range(7))
def test_agency_users_are_refused(coordinator_client, draft, index):
    assert coordinator_client.get(pages()[index]).status_code == 403


@pytest.mark.parametrize("index", range(7))
def test_anonymous_is_sent_to_login(anonymous_client, draft, index):
    response = anonymous_client.get(pages()[index])
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("index", range(4))
def test_only_admins_may_change(secretariat_client, secretariat_admin_client, draft, index):
    assert secretariat_client.get(admin_pages()[index]).status_code == 403
    assert secretariat_admin_client.get(admin_pages()[index]).status_code == 200


def test_missing_objects_are_404(secretariat_admin_client, draft):
    assert secretariat_admin_client.get("/frameworks/NOPE/").status_code == 404
    assert secretariat_admin_client.get("/frameworks/TEST-FW/2999/").status_code == 404
    assert secretariat_admin_client.get("/frameworks/TEST-FW/2999/clone/").status_code == 404


def test_version_page_shows_the_tree(secretariat_client, draft):
    content = secretariat_client.get(V).content.decode()
    assert "หัวข้อ 1.1" in content and "พื้นฐาน" in content and "B1" in content


def test_clone_paper_approval_and_retire_through_the_pages(secretariat_admin_client, draft):
    secretariat_admin_client.cookies["loetrat_language"] = "en"
    response = secretariat_admin_client.post(V + "clone/", {"label": "2567"})
    assert response.status_code == 302 and response["Location"] == "/frameworks/TEST-FW/2567/"
    refused = secretariat_admin_client.post(V + "clone/", {"label": "2567"})
    assert refused.status_code == 400 and "already has a version" in refused.content.decode()
    missing = secretariat_admin_client.post(V + "paper-approval/", {"approving_resolution": ""})
    assert missing.status_code == 400
    after_gate = secretariat_admin_client.post(
        V + "paper-approval/",
        {"approving_resolution": "มติ ครั้งที่ 1/2566", "meeting_day": "10/1/2566"},
    )
    assert after_gate.status_code == 400
    assert "put it on a meeting" in after_gate.content.decode()
    assert FrameworkVersion.objects.get(label="2566").status == "draft"
    approved = secretariat_admin_client.post(
        V + "paper-approval/",
        {"approving_resolution": "มติ ครั้งที่ 7/2565", "meeting_day": "27/9/2565"},
    )
    assert approved.status_code == 302
    assert FrameworkVersion.objects.get(label="2566").status == "approved"
    assert "มติ ครั้งที่ 7/2565 (27 กันยายน 2565)" in secretariat_admin_client.get(V).content.decode()
    assert secretariat_admin_client.post(V + "retire/", {"reason": "x"}).status_code == 302


def test_import_page_lists_problems_or_creates_a_draft(secretariat_admin_client, db):
    import json

    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = document()
    bad["criteria"][1]["children"][0]["points"] = "x"
    upload = SimpleUploadedFile("bad.json", json.dumps(bad).encode())
    response = secretariat_admin_client.post(BASE + "import/", {"file": upload})
    assert response.status_code == 400 and "2 › 2.1" in response.content.decode()
    assert not FrameworkVersion.objects.exists()
    good = SimpleUploadedFile("good.json", json.dumps(document()).encode())
    response = secretariat_admin_client.post(BASE + "import/", {"file": good})
    assert response.status_code == 302 and response["Location"] == V


def test_exports_download(secretariat_client, draft):
    json_response = secretariat_client.get(V + "export.json")
    assert json_response.json()["version"]["label"] == "2566"
    xlsx = secretariat_client.get(V + "export.xlsx")
    assert "criteria" in load_workbook(io.BytesIO(xlsx.content)).sheetnames


def test_try_the_scoring(secretariat_client, draft):
    response = secretariat_client.post(
        V + "score/",
        {
            "c_1.1": ["B1", "B2", "B3", "B4", "A1"],
            "c_2.1": "55",
            "c_2.2": "3",
            "c_1.2_target": "10",
            "c_1.2_results": "2565: 12, 2566: 10",
        },
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "38.5" in content and "350" in content
    bad = secretariat_client.post(V + "score/", {"c_2.3": "11"})
    assert bad.status_code == 400


def test_diff_page(secretariat_client, demo):
    response = secretariat_client.get("/frameworks/PMQA-4.0/diff/", {"old": "2565", "new": "2566"})
    assert response.status_code == 200
    assert "ชุดข้อมูลดิจิทัล" in response.content.decode()


def _count(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_list_query_count_does_not_grow(secretariat_client, secretariat_admin):
    for n in range(5):
        framework_create(actor=secretariat_admin, code=f"A{n}", name_th="ก")
    few = _count(secretariat_client, BASE)
    for n in range(45):
        framework_create(actor=secretariat_admin, code=f"B{n}", name_th="ข")
    assert _count(secretariat_client, BASE) == few


def test_menu_shows_criteria_to_the_secretariat_only(secretariat, coordinator):
    from loetrat.core.audit import action_label
    from loetrat.core.navigation import links_for

    assert "frameworks" in [link.key for link in links_for(secretariat, "/")]
    assert "frameworks" not in [link.key for link in links_for(coordinator, "/")]
    with translation.override("en"):
        assert action_label("frameworks.version.approved") == "Criteria version approved"

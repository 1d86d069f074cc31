"""Cycle and type pages: who may see and change them, what they show, and their query counts."""

import datetime

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from loetrat.awards.enums import CycleStatus, PartnerRole, StageKind
from loetrat.awards.models import AwardCycle, AwardType
from loetrat.core.formschema import FieldKind
from loetrat.core.models import AuditEvent
from loetrat.organizations.enums import OrganizationKind
from tests.factories import AwardBranchFactory, AwardCycleFactory, AwardTypeFactory
from tests.factories.cycles import framework_version, make_applications

pytestmark = pytest.mark.django_db


@pytest.fixture
def cycle():
    return AwardCycleFactory(year_be=2566)


@pytest.fixture
def award_type(cycle):
    branch = AwardBranchFactory(cycle=cycle, code="PUBLIC-SERVICE")
    return AwardTypeFactory(
        cycle=cycle, branch=branch, code="SV-INNOVATION", framework_version=framework_version()
    )


@pytest.fixture
def draft_cycle():
    return AwardCycleFactory(year_be=2567, status=CycleStatus.DRAFT)


READ_ALLOWED = ["secretariat_admin_client", "secretariat_client", "coordinator_client",
                "assessor_client"]  # fmt: skip


@pytest.mark.parametrize("persona", READ_ALLOWED)
def test_read_pages_allowed(request, persona, award_type):
    client = request.getfixturevalue(persona)
    for url in (
        reverse("awards:cycles"),
        reverse("awards:cycle", args=[2566]),
        reverse("awards:type", args=[award_type.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    page = client.get(reverse("awards:type", args=[award_type.pk])).content.decode()
    assert "สรุปผลงาน" in page  # what to submit


def test_read_pages_refused(no_role_client, anonymous_client, award_type):
    for url in (reverse("awards:cycles"), reverse("awards:cycle", args=[2566])):
        assert no_role_client.get(url).status_code == 403
        assert anonymous_client.get(url).status_code == 302


def test_draft_cycle_hidden_from_agencies(coordinator_client, secretariat_client, draft_cycle):
    url = reverse("awards:cycle", args=[2567])
    assert coordinator_client.get(url).status_code == 404
    assert secretariat_client.get(url).status_code == 200
    assert "2567" not in coordinator_client.get(reverse("awards:cycles")).content.decode()


MANAGE_URLS = [
    ("get", "awards:cycle_create", lambda t: []),
    ("get", "awards:cycle_copy", lambda t: [2566]),
    ("get", "awards:type_edit", lambda t: [t.pk, "levels"]),
    ("get", "awards:type_create", lambda t: [2566]),
    ("get", "awards:branch_create", lambda t: [2566]),
    ("post", "awards:cycle_close", lambda t: [2566]),
    ("post", "awards:type_remove", lambda t: [t.pk]),
]


@pytest.mark.parametrize(("method", "name", "args"), MANAGE_URLS)
@pytest.mark.parametrize("persona", ["coordinator_client", "assessor_client", "no_role_client"])
def test_manage_pages_refused(request, persona, method, name, args, award_type):
    client = request.getfixturevalue(persona)
    response = getattr(client, method)(reverse(name, args=args(award_type)))
    assert response.status_code == 403
    assert AwardCycle.objects.get(year_be=2566).status == CycleStatus.PUBLISHED


@pytest.mark.parametrize("persona", ["secretariat_admin_client", "secretariat_client"])
def test_manage_pages_allowed(request, persona, award_type):
    client = request.getfixturevalue(persona)
    for method, name, args in MANAGE_URLS:
        if method == "get":
            assert client.get(reverse(name, args=args(award_type))).status_code == 200, name


def test_create_and_copy_cycle(secretariat_client, award_type):
    response = secretariat_client.post(reverse("awards:cycle_create"), {"year_be": "2570"})
    assert response.status_code == 302
    assert AwardCycle.objects.get(year_be=2570).name_th == "รางวัลเลิศรัฐ ประจำปี 2570"
    response = secretariat_client.post(
        reverse("awards:cycle_copy", args=[2566]), {"year_be": "2570"}
    )
    assert response.status_code == 400
    assert "2570" in response.content.decode()
    response = secretariat_client.post(
        reverse("awards:cycle_copy", args=[2566]), {"year_be": "2571"}
    )
    assert response.status_code == 302
    copy = AwardCycle.objects.get(year_be=2571)
    assert copy.award_types.get().code == "SV-INNOVATION"
    page = secretariat_client.get(reverse("awards:cycle_diff", args=[2571, 2566]))
    assert page.status_code == 200
    assert (
        secretariat_client.get(reverse("awards:cycle_diff_previous", args=[2571])).status_code
        == 200
    )


def test_publish_reports_problems(secretariat_client, draft_cycle):
    branch = AwardBranchFactory(cycle=draft_cycle)
    AwardTypeFactory(cycle=draft_cycle, branch=branch, code="SV-X")
    response = secretariat_client.post(reverse("awards:cycle_publish", args=[2567]))
    assert response.status_code == 409
    assert "SV-X" in response.content.decode()
    AwardType.objects.filter(code="SV-X").update(framework_version=framework_version())
    response = secretariat_client.post(reverse("awards:cycle_publish", args=[2567]))
    assert response.status_code == 302
    assert AwardCycle.objects.get(year_be=2567).status == CycleStatus.PUBLISHED


def test_close_cycle(secretariat_admin_client, award_type):
    response = secretariat_admin_client.post(reverse("awards:cycle_close", args=[2566]))
    assert response.status_code == 302
    assert AwardCycle.objects.get(year_be=2566).status == CycleStatus.CLOSED
    url = reverse("awards:type_edit", args=[award_type.pk, "basics"])
    assert secretariat_admin_client.get(url).status_code == 302


def _levels_post(rows, initial):
    data = {"levels-TOTAL_FORMS": str(len(rows)), "levels-INITIAL_FORMS": str(initial)}
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"levels-{i}-{key}"] = value
    return data


def test_edit_levels(secretariat_client, award_type):
    url = reverse("awards:type_edit", args=[award_type.pk, "levels"])
    rows = [
        {"key": "outstanding", "name_th": "ดีเด่น", "name_en": "Outstanding", "min_score": "85"},
        {"key": "good", "name_th": "ดี", "name_en": "Good", "min_score": "60", "DELETE": "on"},
        {"key": "fair", "name_th": "พอใช้", "name_en": "", "min_score": "70"},
    ]
    response = secretariat_client.post(url, _levels_post(rows, 2))
    assert response.status_code == 302
    award_type.refresh_from_db()
    assert [(lv["key"], lv["min_score"]) for lv in award_type.levels] == [
        ("outstanding", 85), ("fair", 70),
    ]  # fmt: skip
    bad = [{"key": "Bad Key", "name_th": "", "min_score": "abc"}]
    response = secretariat_client.post(url, _levels_post(bad, 0))
    assert response.status_code == 400
    assert "Bad Key" in response.content.decode()  # what was typed is kept


def test_edit_stages_keeps_order_and_scope(secretariat_client, award_type):
    url = reverse("awards:type_edit", args=[award_type.pk, "stages"])
    data = {"stages-TOTAL_FORMS": "2", "stages-INITIAL_FORMS": "0"}
    rows = [
        {"key": "visit", "kind": "site_visit", "name_th": "ตรวจพื้นที่", "ORDER": "2"},
        {"key": "stage1", "kind": "document_review", "name_th": "ตรวจเอกสาร", "scope": "7",
         "ORDER": "1"},
    ]  # fmt: skip
    for i, row in enumerate(rows):
        data.update({f"stages-{i}-{k}": v for k, v in row.items()})
    assert secretariat_client.post(url, data).status_code == 302
    award_type.refresh_from_db()
    assert [s["key"] for s in award_type.stage_plan] == ["stage1", "visit"]
    assert award_type.stage_plan[0]["scope"] == ["7"]


def test_edit_window_in_buddhist_era(secretariat_client, award_type):
    url = reverse("awards:type_edit", args=[award_type.pk, "window"])
    data = {"opens_on": "1/11/2569", "opens_time": "08:30", "closes_on": "31/1/2570",
            "closes_time": "16:30"}  # fmt: skip
    assert secretariat_client.post(url, data).status_code == 302
    award_type.refresh_from_db()
    from django.utils import timezone

    assert timezone.localtime(award_type.opens_at).date() == datetime.date(2026, 11, 1)
    assert timezone.localtime(award_type.closes_at).hour == 16
    bad = {**data, "closes_on": "1/10/2569"}
    response = secretariat_client.post(url, bad)
    assert response.status_code == 400
    assert "1/10/2569" in response.content.decode()


def test_edit_form_schema_lists_each_problem(secretariat_client, award_type):
    url = reverse("awards:type_edit", args=[award_type.pk, "form"])
    response = secretariat_client.post(url, {"form_schema": "[{"})
    assert response.status_code == 400
    assert "JSON" in response.content.decode()
    bad = '[{"key": "a", "kind": "nope"}, {"key": "a b", "kind": "short_text"}]'
    response = secretariat_client.post(url, {"form_schema": bad})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Field 1" in page and "Field 2" in page
    good = '[{"key": "summary", "kind": "long_text", "label_th": "สรุป", "label_en": "Summary"}]'
    assert secretariat_client.post(url, {"form_schema": good}).status_code == 302
    award_type.refresh_from_db()
    assert award_type.form_schema[0]["key"] == "summary"
    assert AuditEvent.objects.filter(action="awards.type.updated").exists()


def test_edit_eligibility_and_framework(secretariat_client, award_type):
    url = reverse("awards:type_edit", args=[award_type.pk, "eligibility"])
    data = {"repeat_win_years": "2", "organization_kinds": ["department", "province"]}
    assert secretariat_client.post(url, data).status_code == 302
    award_type.refresh_from_db()
    assert award_type.eligibility == {
        "repeat_win_years": 2, "organization_kinds": ["department", "province"],
    }  # fmt: skip
    url = reverse("awards:type_edit", args=[award_type.pk, "framework"])
    draft = framework_version(status="draft")
    response = secretariat_client.post(url, {"framework_version": draft.pk})
    assert response.status_code == 400  # a published cycle's type must stay complete
    award_type.refresh_from_db()
    assert award_type.framework_version.status == "approved"


def test_cycle_page_query_count_does_not_grow(secretariat_client, award_type, agency, ministry):
    url = reverse("awards:cycle", args=[2566])
    make_applications(award_type, [agency, ministry], 5)
    secretariat_client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert secretariat_client.get(url).status_code == 200
    other = AwardTypeFactory(cycle=award_type.cycle, branch=award_type.branch)
    make_applications(award_type, [agency, ministry], 45)
    make_applications(other, [agency], 5, state="draft")
    with CaptureQueriesContext(connection) as many:
        assert secretariat_client.get(url).status_code == 200
    assert len(many) == len(few)


def test_type_page_shows_labels_not_codes(secretariat_client, award_type):
    award_type.eligibility = {
        "organization_kinds": ["department", "province"],
        "partner_roles_required": ["model_agency", "adopting_agency"],
        "repeat_win_years": 3,
    }
    award_type.save()
    url = reverse("awards:type", args=[award_type.pk])
    for lang in ("th", "en"):
        with translation.override(lang):
            labels = [
                str(label)
                for label in (
                    OrganizationKind.DEPARTMENT.label,
                    OrganizationKind.PROVINCE.label,
                    PartnerRole.MODEL_AGENCY.label,
                    StageKind.SITE_VISIT.label,
                    StageKind.COMMITTEE.label,
                    FieldKind.LONG_TEXT.label,
                    FieldKind.NUMBER.label,
                )
            ]
        secretariat_client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
        page = secretariat_client.get(url).content.decode()
        assert f'<html lang="{lang}">' in page
        for label in labels:
            assert label in page, (lang, label)
        for code in ("department, province", "model_agency", "(site_visit", "· long_text"):
            assert code not in page, (lang, code)
        assert "<code>summary</code>" in page  # the field key stays visible, muted


def test_form_edit_preview_shows_field_kinds(secretariat_client, award_type):
    page = secretariat_client.get(
        reverse("awards:type_edit", args=[award_type.pk, "form"])
    ).content.decode()
    with translation.override("th"):
        assert str(FieldKind.LONG_TEXT.label) in page
    assert "· long_text" not in page

"""What keeps the secretariat's workspace fast with a national cycle (5,000 applications): the
list reads only the columns it shows, its query count does not grow with the rows or the page,
the filter selects render without a template per option, and the .xlsx export reads plain
columns in a bounded number of queries."""

import io

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from openpyxl import load_workbook

from loetrat.awards.exports import write_applications_xlsx
from loetrat.awards.forms.workspace import PlainSelect, WorkspaceFilterForm
from loetrat.awards.models import Application
from loetrat.awards.selectors.workspace import workspace_applications
from loetrat.organizations.enums import OrganizationKind
from tests.factories import (
    AwardBranchFactory,
    AwardCycleFactory,
    AwardTypeFactory,
    OrganizationFactory,
)
from tests.factories.cycles import make_applications

pytestmark = pytest.mark.django_db
URL = "/awards/cycles/2566/workspace/"

HEAVY_APPLICATION_FIELDS = {"data", "eligibility_snapshot", "state_reason", "search_text"}
HEAVY_TYPE_FIELDS = {"form_schema", "eligibility", "stage_plan", "levels"}


@pytest.fixture
def setup(agency, other_agency):
    """Two branches with a type each; agencies under a ministry and under a province."""
    cycle = AwardCycleFactory(year_be=2566)
    service = AwardBranchFactory(cycle=cycle, code="PUBLIC-SERVICE", name_th="สาขาบริการภาครัฐ")
    pmqa = AwardBranchFactory(cycle=cycle, code="PMQA", name_th="สาขาคุณภาพการบริหารจัดการภาครัฐ")
    province = OrganizationFactory(
        code="P-CM", kind=OrganizationKind.PROVINCE, name_th="จังหวัดเชียงใหม่"
    )
    return {
        "cycle": cycle,
        "innovation": AwardTypeFactory(cycle=cycle, branch=service, code="SV-INNOVATION"),
        "quality": AwardTypeFactory(cycle=cycle, branch=pmqa, code="PMQA-OVERALL"),
        "province": province,
        "office": OrganizationFactory(
            code="P-CM-PO", name_th="สำนักงานจังหวัดเชียงใหม่", parent=province
        ),
        "agency": agency,
        "other": other_agency,
    }


def test_list_does_not_load_answers_or_forms(secretariat_client, setup):
    make_applications(setup["innovation"], [setup["agency"], setup["office"]], 3)
    with CaptureQueriesContext(connection) as captured:
        response = secretariat_client.get(URL)
    rows = response.context["rows"]
    assert len(rows) == 3
    for application in rows:
        assert application.get_deferred_fields() >= HEAVY_APPLICATION_FIELDS
        assert application.award_type.get_deferred_fields() >= HEAVY_TYPE_FIELDS
    sql = " ".join(query["sql"] for query in captured.captured_queries)
    assert '"awards_application"."data"' not in sql
    assert '"awards_awardtype"."form_schema"' not in sql


def test_rows_show_state_date_type_and_places(secretariat_client, setup):
    make_applications(setup["innovation"], [setup["agency"]], 1)
    make_applications(setup["quality"], [setup["office"]], 1, state="draft")
    page = secretariat_client.get(URL).content.decode()
    assert 'badge--submitted">' in page and 'badge--draft">' in page
    assert "สาขาบริการภาครัฐ" in page and "<code>PMQA-OVERALL</code>" in page
    assert "กระทรวงการคลัง" in page and "จังหวัดเชียงใหม่" in page
    assert "—" in page  # the draft has no reference nor submission time


@pytest.mark.parametrize("params", [{}, {"state": "submitted"}, {"sort": "agency"}])
def test_query_count_does_not_grow_with_rows_or_page(secretariat_client, setup, params):
    s = setup
    orgs = [s["agency"], s["other"], s["office"]]
    make_applications(s["innovation"], orgs, 5)
    secretariat_client.get(URL, params)
    with CaptureQueriesContext(connection) as few:
        assert secretariat_client.get(URL, params).status_code == 200
    make_applications(s["innovation"], orgs, 110)
    with CaptureQueriesContext(connection) as first:
        assert secretariat_client.get(URL, params).status_code == 200
    with CaptureQueriesContext(connection) as deep:
        assert secretariat_client.get(URL, {**params, "page": 3}).status_code == 200
    assert len(few) == len(first) == len(deep)


def test_filter_selects_render_as_djangos_select(setup):
    setup["quality"].name_th = "คุณภาพ <ทั้งองค์กร> & ผลลัพธ์"
    setup["quality"].save()
    for data in (None, {"state": "submitted", "province": str(setup["province"].pk)}):
        form = WorkspaceFilterForm(data, cycle=setup["cycle"])
        for name, field in form.fields.items():
            if not isinstance(field.widget, PlainSelect):
                continue
            fast = str(form[name])
            field.widget.__class__ = forms.Select
            assert fast == str(form[name]), name
            field.widget.__class__ = PlainSelect
    assert "&lt;ทั้งองค์กร&gt; &amp; ผลลัพธ์" in str(form["award_type"])
    assert f'<option value="{setup["province"].pk}" selected>' in str(form["province"])


def test_export_query_count_does_not_grow(setup):
    s = setup
    orgs = [s["agency"], s["other"], s["office"]]
    make_applications(s["innovation"], orgs, 3)
    with CaptureQueriesContext(connection) as few:
        write_applications_xlsx(workspace_applications(s["cycle"]), io.BytesIO())
    make_applications(s["innovation"], orgs, 60)
    make_applications(s["quality"], orgs, 20, state="draft")
    with CaptureQueriesContext(connection) as many:
        assert write_applications_xlsx(workspace_applications(s["cycle"]), io.BytesIO()) == 83
    assert len(many) == len(few)
    sql = " ".join(query["sql"] for query in many.captured_queries)
    assert '"awards_application"."data"' not in sql


def _sheet_rows(cycle):
    target = io.BytesIO()
    write_applications_xlsx(workspace_applications(cycle).order_by("reference", "pk"), target)
    return list(load_workbook(io.BytesIO(target.getvalue())).active.iter_rows(values_only=True))


def test_export_cells(setup):
    s = setup
    [submitted] = make_applications(s["innovation"], [s["agency"], s["office"]], 1)
    [draft] = make_applications(s["quality"], [s["office"]], 1, state="draft")
    Application.objects.filter(pk=submitted.pk).update(title_th="=HYPERLINK(1)")
    header, first, second = _sheet_rows(s["cycle"])
    by_title = {row[7]: row for row in (first, second)}
    row = by_title["'=HYPERLINK(1)"]  # text, not a formula
    assert row[0] == submitted.reference and row[1] == "2566"
    assert row[4:7] == ("กรมสรรพากร", "กระทรวงการคลัง", None)
    assert row[11].startswith("สำนักงานจังหวัดเชียงใหม่ (")  # partner (role)
    empty = by_title[draft.title_th]
    assert empty[0] is None and empty[9] is None and empty[10] is None  # blank, not ""
    assert empty[4:7] == ("สำนักงานจังหวัดเชียงใหม่", None, "จังหวัดเชียงใหม่")


def test_export_names_follow_the_language(setup):
    make_applications(setup["innovation"], [setup["agency"]], 1)
    with translation.override("en"):
        _header, row = _sheet_rows(setup["cycle"])
    assert row[4:6] == ("The Revenue Department", "Ministry of Finance")

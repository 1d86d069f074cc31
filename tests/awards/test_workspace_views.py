"""The secretariat's workspace: who may see it, filters, search, query counts, the counts
dashboard and the .xlsx export."""

import datetime
import io
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from loetrat.awards.models import Application
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
EXPORT = "/awards/cycles/2566/workspace/export.xlsx"


@pytest.fixture
def setup(agency, other_agency):
    cycle = AwardCycleFactory(year_be=2566)
    service = AwardBranchFactory(cycle=cycle, code="PUBLIC-SERVICE", name_th="สาขาบริการภาครัฐ")
    pmqa = AwardBranchFactory(cycle=cycle, code="PMQA", name_th="สาขาคุณภาพการบริหารจัดการภาครัฐ")
    innovation = AwardTypeFactory(cycle=cycle, branch=service, code="SV-INNOVATION")
    quality = AwardTypeFactory(cycle=cycle, branch=pmqa, code="PMQA-OVERALL")
    province = OrganizationFactory(
        code="P-CM", kind=OrganizationKind.PROVINCE, name_th="จังหวัดเชียงใหม่"
    )
    office = OrganizationFactory(code="P-CM-PO", name_th="สำนักงานจังหวัดเชียงใหม่", parent=province)
    return {
        "cycle": cycle,
        "service": service,
        "innovation": innovation,
        "quality": quality,
        "province": province,
        "office": office,
        "agency": agency,
        "other": other_agency,
    }


def _titles(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("persona", ["secretariat_admin_client", "secretariat_client"])
def test_allowed(request, persona, setup):
    client = request.getfixturevalue(persona)
    for url in (URL, EXPORT, "/awards/cycles/2566/dashboard/"):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("persona", ["coordinator_client", "assessor_client", "no_role_client"])
def test_refused(request, persona, setup):
    client = request.getfixturevalue(persona)
    for url in (URL, EXPORT, "/awards/cycles/2566/dashboard/"):
        assert client.get(url).status_code == 403


def test_anonymous_goes_to_login(anonymous_client, setup):
    assert anonymous_client.get(URL).status_code == 302


def test_filters(secretariat_client, setup, ministry):
    s = setup
    [mof] = make_applications(s["innovation"], [s["agency"]], 1)
    [moi] = make_applications(s["quality"], [s["other"]], 1, state="draft")
    [cm] = make_applications(s["innovation"], [s["office"]], 1, award_level="outstanding")
    Application.objects.filter(pk=mof.pk).update(title_th="ระบบยื่นภาษีออนไลน์")

    def refs(**params):
        page = _titles(secretariat_client.get(URL, params))
        return {a.pk for a in (mof, moi, cm) if a.title_th in page or (
            a.pk == mof.pk and "ระบบยื่นภาษีออนไลน์" in page)}  # fmt: skip

    assert refs() == {mof.pk, moi.pk, cm.pk}
    assert refs(branch=s["service"].pk) == {mof.pk, cm.pk}
    assert refs(award_type=s["quality"].pk) == {moi.pk}
    assert refs(ministry=ministry.pk) == {mof.pk}
    assert refs(province=s["province"].pk) == {cm.pk}
    assert refs(state="draft") == {moi.pk}
    assert refs(level="outstanding") == {cm.pk}
    assert refs(q="ภาษีออนไลน์") == {mof.pk}
    assert refs(q="กรมการปกครอง") == {moi.pk}
    assert refs(q=cm.reference) == {cm.pk}


def test_list_shows_ministry_and_province(secretariat_client, setup):
    make_applications(setup["innovation"], [setup["agency"], setup["office"]], 2)
    page = _titles(secretariat_client.get(URL))
    assert "กระทรวงการคลัง" in page and "จังหวัดเชียงใหม่" in page


def test_query_count_does_not_grow(secretariat_client, setup):
    s = setup
    orgs = [s["agency"], s["other"], s["office"]]
    make_applications(s["innovation"], orgs, 5)
    secretariat_client.get(URL)
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(URL, {"branch": s["service"].pk, "sort": "agency"})
    make_applications(s["innovation"], orgs, 45)
    make_applications(s["quality"], orgs, 10, state="draft")
    with CaptureQueriesContext(connection) as many:
        secretariat_client.get(URL, {"branch": s["service"].pk, "sort": "agency"})
    assert len(many) == len(few)
    with CaptureQueriesContext(connection) as dashboard:
        secretariat_client.get("/awards/cycles/2566/dashboard/")
    assert len(dashboard) < 15


def test_dashboard_counts(secretariat_client, setup):
    make_applications(setup["innovation"], [setup["agency"]], 3)
    make_applications(setup["innovation"], [setup["agency"]], 2, state="draft")
    response = secretariat_client.get("/awards/cycles/2566/dashboard/")
    page = _titles(response)
    assert "SV-INNOVATION" in page and "PMQA-OVERALL" in page
    assert response.context["grand_total"] == 5
    assert response.context["submitted_total"] == 3


def test_export(secretariat_client, setup):
    s = setup
    make_applications(s["innovation"], [s["agency"], s["office"]], 4)
    make_applications(s["quality"], [s["other"]], 2, state="draft")
    Application.objects.filter(state="submitted").update(
        submitted_at=datetime.datetime(2023, 1, 15, 10, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Bangkok"))
    )
    response = secretariat_client.get(EXPORT, {"branch": s["service"].pk})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "loetrat-applications-2566" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] in ("Reference", "เลขที่อ้างอิง")
    assert len(rows[0]) == 12
    assert len(rows) == 5  # header + the four of the branch
    body = rows[1:]
    assert {row[2] for row in body} == {"สาขาบริการภาครัฐ"}
    assert any(row[5] == "กระทรวงการคลัง" for row in body)
    assert any(row[6] == "จังหวัดเชียงใหม่" for row in body)
    assert all(row[0].startswith("LR2566-") for row in body)
    # A real Excel date and time, shown in the Buddhist Era by its number format.
    assert {row[9] for row in body} == {datetime.datetime(2023, 1, 15, 10, 0)}
    cells = [row[9] for row in sheet.iter_rows(min_row=2)]
    assert all(cell.is_date for cell in cells)
    assert {cell.number_format for cell in cells} == {"[$-th-TH,107]d mmmm yyyy hh:mm"}
    assert all(row[11] for row in body)  # partners


def test_export_rejects_bad_filter(secretariat_client, setup):
    response = secretariat_client.get(EXPORT, {"state": "nonsense"})
    assert response.status_code == 400


def test_type_column_shows_the_name_with_the_code_below(secretariat_client, setup):
    AwardType = type(setup["quality"])
    AwardType.objects.filter(pk=setup["quality"].pk).update(name_th="คุณภาพการบริหารจัดการ")
    make_applications(setup["quality"], [setup["agency"]], 1)
    page = _titles(secretariat_client.get(URL))
    assert 'คุณภาพการบริหารจัดการ<br><span class="muted"><code>PMQA-OVERALL</code>' in page

"""CSV and Excel exports of the audit log."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from loetrat.core.audit import action_label, audit_record
from loetrat.core.models import AuditEvent
from loetrat.core.views.audit import EXPORT_HEADERS

CSV_URL = reverse("core:audit_export", args=["csv"])
XLSX_URL = reverse("core:audit_export", args=["xlsx"])


@pytest.fixture
def events(agency):
    audit_record(
        actor=None,
        action="organizations.body.updated",
        target=agency,
        organization_id=agency.pk,
        before={"name_th": "กรมสรรพากรเดิม"},
        after={"name_th": "กรมสรรพากร"},
        reason="เปลี่ยนชื่อตามพระราชกฤษฎีกา",
    )
    audit_record(actor=None, action="accounts.user.logged_in")


def _csv_rows(response) -> list[list[str]]:
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_has_bom_header_and_thai_text(secretariat_client, events):
    response = secretariat_client.get(CSV_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'attachment; filename="loetrat-audit-' in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"
    rows = _csv_rows(response)
    assert rows[0] == EXPORT_HEADERS
    assert len(rows) == 3
    updated = next(row for row in rows if row[2] == "organizations.body.updated")
    assert updated[6] == "กรมสรรพากร"
    assert updated[10] == "เปลี่ยนชื่อตามพระราชกฤษฎีกา"


def test_csv_writes_changes_as_json(secretariat_client, events):
    rows = _csv_rows(secretariat_client.get(CSV_URL))
    updated = next(row for row in rows if row[2] == "organizations.body.updated")
    assert updated[8] == '{"name_th": "กรมสรรพากรเดิม"}'
    assert updated[9] == '{"name_th": "กรมสรรพากร"}'


def test_csv_follows_filters(secretariat_client, events):
    rows = _csv_rows(secretariat_client.get(CSV_URL, {"action": "accounts."}))
    assert [row[2] for row in rows[1:]] == ["accounts.user.logged_in"]


def test_csv_neutralises_spreadsheet_formulas(secretariat_client, db):
    audit_record(actor=None, action="a.b.c", reason='=HYPERLINK("http://evil.example")')
    rows = _csv_rows(secretariat_client.get(CSV_URL))
    assert rows[1][10] == '\'=HYPERLINK("http://evil.example")'


def test_xlsx_opens_with_header_and_thai_rows(secretariat_client, events):
    response = secretariat_client.get(XLSX_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == EXPORT_HEADERS
    assert len(rows) == 3
    assert any("เปลี่ยนชื่อตามพระราชกฤษฎีกา" in (row[10] or "") for row in rows[1:])


def test_invalid_filter_exports_nothing_rather_than_everything(secretariat_client, events):
    response = secretariat_client.get(CSV_URL, {"date_from": "02/01/2569", "date_to": "01/01/2569"})
    assert response.status_code == 400


@pytest.mark.parametrize("url", [CSV_URL, XLSX_URL])
@pytest.mark.parametrize("persona", ["coordinator_client", "assessor_client", "no_role_client"])
def test_export_refused_outside_secretariat(request, persona, url):
    assert request.getfixturevalue(persona).get(url).status_code == 403


def test_xlsx_does_not_turn_typed_text_into_formulas(secretariat_client, db):
    audit_record(actor=None, action="a.b.c", reason="=1+1")
    response = secretariat_client.get(XLSX_URL)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cell = sheet.cell(row=2, column=11)
    assert cell.data_type == "s"
    assert cell.value == "'=1+1"


def test_exports_name_each_action_by_its_label(secretariat_client, events):
    rows = _csv_rows(secretariat_client.get(CSV_URL))
    updated = next(row for row in rows if row[2] == "organizations.body.updated")
    assert updated[3] == action_label("organizations.body.updated") != updated[2]
    sheet = openpyxl.load_workbook(io.BytesIO(secretariat_client.get(XLSX_URL).content)).active
    labels = {row[2]: row[3] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert labels["accounts.user.logged_in"] == action_label("accounts.user.logged_in")
    assert labels["accounts.user.logged_in"] != "accounts.user.logged_in"


def test_times_are_exported_to_the_second(secretariat_client, db):
    event = audit_record(actor=None, action="accounts.user.logged_in")
    moment = timezone.localtime(AuditEvent.objects.get(pk=event.pk).occurred_at)
    rows = _csv_rows(secretariat_client.get(CSV_URL))
    assert rows[1][0].endswith(f"{moment:%H:%M:%S} น.")
    sheet = openpyxl.load_workbook(io.BytesIO(secretariat_client.get(XLSX_URL).content)).active
    cell = sheet.cell(row=2, column=1)
    assert cell.is_date and cell.data_type == "d"
    assert cell.value == moment.replace(tzinfo=None, microsecond=cell.value.microsecond)
    assert cell.number_format == "[$-th-TH,107]d mmmm yyyy hh:mm:ss"

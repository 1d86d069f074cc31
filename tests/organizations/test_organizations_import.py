import datetime
import io

import pytest
from django.core.management import CommandError, ManagementUtility, call_command
from django.utils import translation
from openpyxl import load_workbook

from loetrat.core.models import AuditEvent
from loetrat.core.spreadsheets import SpreadsheetError
from loetrat.organizations.enums import OrganizationKind, OrganizationStatus
from loetrat.organizations.models import Organization, OrganizationName
from loetrat.organizations.services import (
    organization_import_template,
    organization_merge,
    organizations_import,
    read_organization_file,
)
from tests.organizations.helpers import GOOD_ROWS, HEADER, csv_bytes, write, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def errors_of(result):
    return [(error.row, error.column) for error in result.errors]


@pytest.mark.parametrize("name", ["bodies.csv", "bodies.xlsx"])
def test_good_file_creates_parents_before_children(tmp_path, secretariat_admin, name):
    path = write(tmp_path, name, GOOD_ROWS)

    result = organizations_import(file=path, actor=secretariat_admin)

    assert result.ok and result.applied
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    ministry = Organization.objects.get(code="T-MIN")
    department = Organization.objects.get(code="T-DEPT")
    unit = Organization.objects.get(code="T-UNIT")
    assert ministry.kind == OrganizationKind.MINISTRY and ministry.parent is None
    assert ministry.active_from == datetime.date(2002, 10, 3)
    assert department.kind == OrganizationKind.DEPARTMENT and department.parent == ministry
    assert department.active_from == datetime.date(2022, 10, 1)  # 1/10/2565 BE
    assert department.abbreviation_en == "DT"
    assert unit.kind == OrganizationKind.INTERNAL_UNIT and unit.parent == department
    assert unit.path.startswith(department.path) and unit.depth == 2
    assert unit.website == "https://www.trial.go.th"
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert actions.count("organizations.body.created") == 3
    assert "organizations.import.applied" in actions


def test_second_run_is_unchanged(tmp_path, secretariat_admin):
    path = write(tmp_path, "bodies.xlsx", GOOD_ROWS)
    organizations_import(file=path, actor=secretariat_admin)

    result = organizations_import(file=path, actor=secretariat_admin)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)
    assert Organization.objects.filter(code__startswith="T-").count() == 3


def test_update_with_rename_keeps_history(secretariat_admin, agency, ministry):
    rows = [
        {
            "รหัส": "MOF-RD",
            "ประเภท": "department",
            "ชื่อภาษาไทย": "กรมสรรพากรใหม่",
            "name_en": "The Revenue Department",
            "parent_code": "MOF",
            "renamed_on": "1/1/2567",
        }
    ]

    result = organizations_import(rows=rows, actor=secretariat_admin)

    assert result.ok and (result.created, result.updated) == (0, 1)
    assert result.rows[0].changes == {"name_th": ("กรมสรรพากร", "กรมสรรพากรใหม่")}
    agency.refresh_from_db()
    assert agency.name_th == "กรมสรรพากรใหม่"
    former = OrganizationName.objects.get(organization=agency)
    assert former.name_th == "กรมสรรพากร"
    assert former.used_until == datetime.date(2023, 12, 31)
    event = AuditEvent.objects.get(action="organizations.body.updated")
    assert event.before == {"name_th": "กรมสรรพากร"}


def test_update_moves_a_body_under_a_new_parent_from_the_same_file(secretariat_admin, agency):
    rows = [
        {"code": "MOF-RD", "kind": "department", "name_th": "กรมสรรพากร", "parent_code": "MIN-NEW"},
        {"code": "MIN-NEW", "kind": "ministry", "name_th": "กระทรวงใหม่", "parent_code": ""},
    ]

    result = organizations_import(rows=rows, actor=secretariat_admin)

    assert result.ok, result.errors
    agency.refresh_from_db()
    assert agency.parent.code == "MIN-NEW"
    assert agency.path.startswith(agency.parent.path)


def test_dry_run_writes_nothing(tmp_path, secretariat_admin):
    result = organizations_import(
        file=write(tmp_path, "b.csv", GOOD_ROWS), actor=secretariat_admin, dry_run=True
    )

    assert result.ok and not result.applied and result.created == 3
    assert not Organization.objects.filter(code__startswith="T-").exists()
    assert not AuditEvent.objects.exists()


BAD_CASES = [
    # (row values, expected (row, column) errors)
    (["X1", "school", "ชื่อ", "", "", "", "", "", "", ""], [(2, "kind")]),
    (["X1", "กรม", "", "", "", "", "", "", "", ""], [(2, "name_th")]),
    (["", "กรม", "ชื่อ", "", "", "", "", "", "", ""], [(2, "code")]),
    (["X" * 33, "กรม", "ชื่อ", "", "", "", "", "", "", ""], [(2, "code")]),
    (["A B", "กรม", "ชื่อ", "", "", "", "", "", "", ""], [(2, "code")]),
    (["import", "กรม", "ชื่อ", "", "", "", "", "", "", ""], [(2, "code")]),
    (["X1", "กรม", "ชื่อ", "", "", "", "NOPE", "", "", ""], [(2, "parent_code")]),
    (["X1", "กรม", "ชื่อ", "", "", "", "X1", "", "", ""], [(2, "parent_code")]),
    (["X1", "กรม", "ชื่อ", "", "", "", "", "31/02/2565", "", ""], [(2, "active_from")]),
    (["X1", "กรม", "ชื่อ", "", "", "", "", "1/1/2566", "1/1/2565", ""], [(2, "active_until")]),
    (["X1", "กรม", "ชื่อ", "", "ก" * 51, "", "", "", "", ""], [(2, "abbreviation_th")]),
    (["X1", "กรม", "ชื่อ", "", "", "", "", "", "", "not a url"], [(2, "website")]),
]


@pytest.mark.parametrize("row,expected", BAD_CASES)
@pytest.mark.parametrize("name", ["bad.csv", "bad.xlsx"])
def test_each_bad_row_kind_is_reported_and_nothing_written(
    tmp_path, secretariat_admin, row, expected, name
):
    good = ["OK-1", "กรม", "กรมที่ดี", "", "", "", "", "", "", ""]
    path = write(tmp_path, name, [good, row])
    shifted = [(number + 1, column) for number, column in expected]

    result = organizations_import(file=path, actor=secretariat_admin)

    assert errors_of(result) == shifted
    assert not result.applied
    assert not Organization.objects.filter(code="OK-1").exists()
    assert not AuditEvent.objects.exists()


def test_every_bad_row_is_reported_with_its_excel_row_number(tmp_path, secretariat_admin):
    rows = [
        ["A1", "กรม", "หนึ่ง", "", "", "", "", "", "", ""],  # row 2, fine
        ["", "", "", "", "", "", "", "", "", ""],  # row 3, blank: skipped, keeps its number
        ["A1", "กรม", "ซ้ำ", "", "", "", "", "", "", ""],  # row 4, duplicate code
        ["C1", "กรม", "วน 1", "", "", "", "C2", "", "", ""],  # row 5, cycle
        ["C2", "กรม", "วน 2", "", "", "", "C1", "", "", ""],  # row 6, cycle
        ["B1", "unknown", "", "", "", "", "", "not a date", "", ""],  # row 7, three errors
    ]

    result = organizations_import(file=write(tmp_path, "f.xlsx", rows), actor=secretariat_admin)

    assert errors_of(result) == [
        (4, "code"),
        (5, "parent_code"),
        (6, "parent_code"),
        (7, "kind"),
        (7, "name_th"),
        (7, "active_from"),
    ]
    assert "row 2" in result.errors[0].message
    assert "C1 → C2 → C1" in result.errors[1].message
    assert str(result.errors[0]).startswith("Row 4, code:")
    assert not Organization.objects.filter(code__in=["A1", "C1", "C2"]).exists()


def test_parent_may_come_later_in_the_file_or_from_the_database(secretariat_admin, ministry):
    rows = [
        {"code": "CHILD", "kind": "department", "name_th": "ลูก", "parent_code": "LATER"},
        {"code": "LATER", "kind": "ministry", "name_th": "แม่", "parent_code": ""},
        {"code": "UNDER-MOF", "kind": "department", "name_th": "ใต้คลัง", "parent_code": "MOF"},
    ]

    result = organizations_import(rows=rows, actor=secretariat_admin)

    assert result.ok
    assert Organization.objects.get(code="UNDER-MOF").parent == ministry


def test_cycle_through_the_database_is_refused(secretariat_admin, agency):
    # MOF-RD sits under MOF in the database; making MOF a child of MOF-RD closes a loop.
    rows = [
        {"code": "MOF", "kind": "ministry", "name_th": "กระทรวงการคลัง", "parent_code": "MOF-RD"}
    ]

    result = organizations_import(rows=rows, actor=secretariat_admin)

    assert errors_of(result) == [(2, "parent_code")]


def test_closed_parent_and_case_mismatch_are_refused(secretariat_admin, agency, other_agency):
    organization_merge(organization=other_agency, into=agency, actor=secretariat_admin)
    rows = [
        {"code": "N1", "kind": "department", "name_th": "หนึ่ง", "parent_code": "MOI-DOPA"},
        {"code": "N2", "kind": "department", "name_th": "สอง", "parent_code": "mof"},
        {"code": "mof-rd", "kind": "department", "name_th": "สาม"},
    ]

    result = organizations_import(rows=rows, actor=secretariat_admin)

    assert errors_of(result) == [(2, "parent_code"), (3, "parent_code"), (4, "code")]
    assert "Did you mean “MOF”?" in result.errors[1].message


def test_header_problems_are_reported_on_row_1(secretariat_admin):
    rows = [{"code": "X", "name_eng": "oops", "name_th": "ชื่อ", "ชื่อ": "ซ้ำ"}]

    result = organizations_import(rows=rows, actor=secretariat_admin)

    assert errors_of(result) == [(1, ""), (1, "name_th"), (1, "kind")]


def test_header_only_file_is_an_error(tmp_path, secretariat_admin):
    result = organizations_import(file=write(tmp_path, "e.csv", []), actor=secretariat_admin)

    assert errors_of(result) == [(2, "")]


@pytest.mark.parametrize(
    "content,filename,code",
    [
        (b"code,kind\n", "bodies.txt", "bad_extension"),
        (b"PK\x03\x04 not really a zip", "bodies.xlsx", "bad_file"),
        (csv_bytes(GOOD_ROWS), "bodies.xlsx", "bad_file"),
        ("code,kind,name_th\nX,กรม,ชื่อ\n".encode("cp874"), "bodies.csv", "bad_file"),
        (b"", "bodies.csv", "empty"),
        (b"a" * (5 * 1024 * 1024 + 1), "bodies.csv", "too_large"),
    ],
)
def test_unreadable_files_are_refused(content, filename, code):
    with pytest.raises(SpreadsheetError) as caught:
        read_organization_file(content=content, filename=filename)
    assert caught.value.code == code


def test_csv_without_bom_and_with_semicolons_is_read():
    content = "code;kind;name_th\nX1;กรม;ชื่อ\n".encode()

    headers, rows = read_organization_file(content=content, filename="b.csv")

    assert headers == ["code", "kind", "name_th"]
    assert rows == [(2, {"code": "X1", "kind": "กรม", "name_th": "ชื่อ"})]


def test_xlsx_dates_and_numbers_are_read(secretariat_admin):
    rows = [[1001, "province", "จังหวัดทดสอบ", "", "", "", "", datetime.datetime(2020, 1, 2), "", ""]]

    result = organizations_import(file=xlsx_bytes(rows), filename="p.xlsx", actor=secretariat_admin)

    assert result.ok, result.errors
    body = Organization.objects.get(code="1001")
    assert body.active_from == datetime.date(2020, 1, 2)


def test_template_has_header_and_an_example_that_imports(secretariat_admin, ministry):
    workbook = load_workbook(io.BytesIO(organization_import_template()))
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header[: len(HEADER)] == HEADER
    assert sheet.max_row == 2
    active_from = sheet.cell(row=2, column=header.index("active_from") + 1)
    assert active_from.is_date and active_from.value == datetime.datetime(1915, 9, 2)
    assert active_from.number_format == "d mmmm yyyy"  # English: these tests run in English
    with translation.override("th"):
        thai = load_workbook(io.BytesIO(organization_import_template())).worksheets[0]
    assert thai.cell(row=2, column=active_from.column).number_format == "[$-th-TH,107]d mmmm yyyy"

    result = organizations_import(
        file=organization_import_template(), filename="t.xlsx", actor=secretariat_admin
    )

    assert result.ok, result.errors
    assert Organization.objects.get(code="MOF-RD").parent == ministry


# The management command -------------------------------------------------------------------


def test_command_imports_and_prints_counts(tmp_path, capsys):
    path = write(tmp_path, "bodies.csv", GOOD_ROWS)

    call_command("import_organizations", str(path))

    assert "created 3, updated 0, unchanged 0" in capsys.readouterr().out
    assert Organization.objects.filter(code__startswith="T-").count() == 3
    assert AuditEvent.objects.filter(action="organizations.import.applied").exists()


def test_command_dry_run_writes_nothing(tmp_path, capsys):
    call_command("import_organizations", str(write(tmp_path, "b.xlsx", GOOD_ROWS)), "--dry-run")

    assert "Dry run" in capsys.readouterr().out
    assert not Organization.objects.exists()


def test_command_reports_errors_and_fails(tmp_path, capsys):
    rows = [*GOOD_ROWS, ["T-MIN", "กระทรวง", "ซ้ำ", "", "", "", "", "", "", ""]]

    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_organizations", str(write(tmp_path, "b.csv", rows)))

    assert "Row 5, code:" in capsys.readouterr().err
    assert not Organization.objects.exists()


def test_command_exit_code_is_non_zero(tmp_path):
    path = write(tmp_path, "b.csv", [["X", "nope", "", "", "", "", "", "", "", ""]])
    utility = ManagementUtility(["manage.py", "import_organizations", str(path)])
    with pytest.raises(SystemExit) as caught:
        utility.execute()
    assert caught.value.code == 1


def test_command_refuses_a_missing_file_and_unknown_actor(tmp_path):
    with pytest.raises(CommandError):
        call_command("import_organizations", str(tmp_path / "missing.csv"))
    with pytest.raises(CommandError):
        call_command(
            "import_organizations", str(write(tmp_path, "b.csv", GOOD_ROWS)), "--actor", "ghost"
        )


def test_imported_body_statuses_are_active(secretariat_admin):
    organizations_import(
        rows=[{"code": "S1", "kind": "state_enterprise", "name_th": "รัฐวิสาหกิจ"}],
        actor=secretariat_admin,
    )
    assert Organization.objects.get(code="S1").status == OrganizationStatus.ACTIVE

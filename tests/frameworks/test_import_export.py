"""Import (JSON and .xlsx) validates everything first and writes nothing on problems; export
is the exact inverse of import."""

import io
import json

import pytest
from django.utils import translation
from openpyxl import load_workbook

from loetrat.frameworks.models import Framework, FrameworkVersion
from loetrat.frameworks.selectors import version_document
from loetrat.frameworks.services import (
    ImportProblems,
    version_export_json,
    version_export_xlsx,
    version_import,
    version_import_file,
)

from .helpers import document


def strip_version(data):
    return {**data, "version": {**data["version"], "label": ""}}


def test_import_creates_a_draft_with_the_tree(draft):
    assert draft.status == "draft" and draft.framework.name_th == "เกณฑ์ทดสอบ"
    assert draft.criteria.count() == 8


def test_import_refuses_an_existing_label(draft, secretariat_admin):
    with translation.override("en"), pytest.raises(ImportProblems) as caught:
        version_import(document=document(), actor=secretariat_admin)
    with translation.override("en"):
        assert "already has a version 2566" in str(caught.value.problems[0])


def test_every_problem_is_reported_with_its_place_and_nothing_is_written(db, secretariat_admin):
    bad = document(decimals=5)
    category = bad["criteria"][0]
    category["children"][0]["scale"]["levels"][1]["max_points"] = 50
    category["children"][1]["scale"]["direction"] = "sideways"
    bad["criteria"][1]["children"][0]["points"] = "abc"
    bad["criteria"][1]["children"].append({"code": "2.1", "name_th": ""})
    with pytest.raises(ImportProblems) as caught:
        version_import(document=bad, actor=secretariat_admin)
    places = [problem.location for problem in caught.value.problems]
    assert "version" in places
    assert "1 › 1.1 › levels" in places
    assert "1 › 1.2 › parameters" in places
    assert "2 › 2.1" in places
    assert sum(1 for place in places if place == "2 › 2.1") >= 3  # bad points, twice, no name
    assert not Framework.objects.exists() and not FrameworkVersion.objects.exists()


def test_parent_points_must_agree_with_children(db, secretariat_admin):
    bad = document()
    bad["criteria"][1]["points"] = "90"
    with pytest.raises(ImportProblems) as caught:
        version_import(document=bad, actor=secretariat_admin)
    assert caught.value.problems[0].location == "2"


def test_json_round_trip_is_identical(draft, secretariat_admin):
    exported = json.loads(version_export_json(draft))
    exported["version"]["label"] = "copy"
    again = version_import(document=exported, actor=secretariat_admin)
    assert strip_version(version_document(again)) == strip_version(version_document(draft))


def test_xlsx_round_trip_is_identical(draft, secretariat_admin):
    content = version_export_xlsx(draft)
    workbook = load_workbook(io.BytesIO(content))
    assert workbook.sheetnames == ["version", "criteria", "levels", "practices", "parameters"]
    for row in workbook["version"].iter_rows():
        if row[0].value == "label":
            row[1].value = "copy"
    output = io.BytesIO()
    workbook.save(output)
    again = version_import_file(
        content=output.getvalue(), filename="x.xlsx", actor=secretariat_admin
    )
    assert strip_version(version_document(again)) == strip_version(version_document(draft))
    positions = dict(again.criteria.values_list("code", "position"))
    assert positions == dict(draft.criteria.values_list("code", "position"))


def test_xlsx_problems_name_sheet_and_row(draft, secretariat_admin):
    workbook = load_workbook(io.BytesIO(version_export_xlsx(draft)))
    for row in workbook["version"].iter_rows():
        if row[0].value == "label":
            row[1].value = "bad"
    workbook["levels"]["H2"] = 999  # max_points of 1.1's first level
    workbook["criteria"].append(["9.9", "NOPE", 1, "ลอย"])
    workbook["practices"].append(["1.1", "nolevel", "X1", "ข้อ"])
    output = io.BytesIO()
    workbook.save(output)
    with pytest.raises(ImportProblems) as caught:
        version_import_file(content=output.getvalue(), filename="x.xlsx", actor=secretariat_admin)
    found = {(p.sheet, p.row, p.location) for p in caught.value.problems}
    assert ("levels", 2, "1 › 1.1 › levels") in found
    assert any(p.sheet == "criteria" and "NOPE" in p.message for p in caught.value.problems)
    assert any(p.sheet == "practices" for p in caught.value.problems)
    assert not FrameworkVersion.objects.filter(label="bad").exists()
    levels = next(str(p) for p in caught.value.problems if p.sheet == "levels")
    assert levels.startswith("แผ่นงาน levels แถวที่ 2: ") and " row " not in levels


def test_unreadable_files_are_refused(db, secretariat_admin):
    from loetrat.core.spreadsheets import SpreadsheetError

    with pytest.raises(SpreadsheetError):
        version_import_file(content=b"{not json", filename="x.json", actor=secretariat_admin)
    with pytest.raises(SpreadsheetError):
        version_import_file(content=b"abc", filename="x.xlsx", actor=secretariat_admin)
    with pytest.raises(SpreadsheetError):
        version_import_file(content=b"abc", filename="x.csv", actor=secretariat_admin)

"""The .xlsx form of a version document, the one OPDC staff edit in Excel.

Sheets: "version" (key, value rows), "criteria" (one row per criterion), "levels" (the levels
or bands of each scale), "practices" (maturity practices) and "parameters" (a scale's other
settings, e.g. a results indicator's direction). `document_to_xlsx` and `xlsx_to_document` are
exact inverses for any document in canonical form."""

from __future__ import annotations

import io
import zipfile

from django.utils.translation import gettext as _

from loetrat.core.spreadsheets import MAX_XLSX_UNPACKED_BYTES, SpreadsheetError

from .scoring import list_key, plain
from .scoring.canonical import ITEM_FIELDS
from .scoring.numbers import json_number

VERSION_KEYS = [
    ("format", None),
    ("framework_code", "code"),
    ("framework_name_th", "name_th"),
    ("framework_name_en", "name_en"),
    ("framework_description_th", "description_th"),
    ("framework_description_en", "description_en"),
    ("framework_kind", "kind"),
    ("label", "label"),
    ("rounding", "rounding"),
    ("decimals", "decimals"),
    ("notes", "notes"),
]
CRITERIA_COLUMNS = [
    "code",
    "parent_code",
    "position",
    "name_th",
    "name_en",
    "guidance_th",
    "guidance_en",
    "points",
    "weight",
    "aggregation",
    "scale_type",
]
LEVEL_COLUMNS = [
    "criterion_code",
    "level",
    "key",
    "label_th",
    "label_en",
    "descriptor_th",
    "descriptor_en",
    "max_points",
    "min_percent",
    "max_percent",
    "up_to_percent",
    "points",
]
PRACTICE_COLUMNS = ["criterion_code", "level_key", "code", "text_th", "text_en"]
PARAMETER_COLUMNS = ["criterion_code", "key", "value"]
SHEETS = {
    "version": ["key", "value"],
    "criteria": CRITERIA_COLUMNS,
    "levels": LEVEL_COLUMNS,
    "practices": PRACTICE_COLUMNS,
    "parameters": PARAMETER_COLUMNS,
}


def _flatten(criteria, parent_code=""):
    for position, entry in enumerate(criteria, start=1):
        yield entry, parent_code, position
        yield from _flatten(entry.get("children", []), entry["code"])


def document_to_xlsx(document: dict, *, positions: dict | None = None) -> bytes:
    """The workbook for a document; `positions` (code → stored position) keeps the stored
    numbering, otherwise children are numbered 1, 2, 3 in order."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheets = {}
    for index, (name, columns) in enumerate(SHEETS.items()):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        sheet.title = name
        sheet.append(columns)
        sheets[name] = sheet
    framework, version = document["framework"], document["version"]
    for key, source in VERSION_KEYS:
        value = document["format"] if source is None else framework.get(source, version.get(source))
        if key.startswith("framework_"):
            value = framework.get(source)
        sheets["version"].append([key, value])
    for entry, parent_code, position in _flatten(document["criteria"]):
        code = entry["code"]
        row = {
            **entry,
            "parent_code": parent_code,
            "points": json_number(entry["points"]),
            "weight": json_number(entry["weight"]),
            "position": (positions or {}).get(code, position),
        }
        sheets["criteria"].append([row.get(column) for column in CRITERIA_COLUMNS])
        scale, key = entry.get("scale") or {}, list_key(entry["scale_type"])
        for name, value in scale.items():
            if name != key:
                sheets["parameters"].append([code, name, value])
        for number, item in enumerate(scale.get(key, []) if key else [], start=1):
            sheets["levels"].append(
                [code, number, *[item.get(column) for column in LEVEL_COLUMNS[2:]]]
            )
            for practice in item.get("practices", []):
                sheets["practices"].append(
                    [
                        code,
                        item.get("key"),
                        practice["code"],
                        practice["text_th"],
                        practice["text_en"],
                    ]
                )
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _cell(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        value = value.strip()
        return value
    return value


def _text(value) -> str:
    return "" if value is None else str(value)


def _rows(workbook, name):
    if name not in workbook.sheetnames:
        return []
    rows = list(workbook[name].iter_rows(values_only=True))
    if not rows:
        return []
    headers = [str(h or "").strip() for h in rows[0]]
    result = []
    for number, values in enumerate(rows[1:], start=2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        result.append((number, {h: _cell(v) for h, v in zip(headers, values, strict=False) if h}))
    return result


def _open(content: bytes):
    from openpyxl import load_workbook

    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise SpreadsheetError(
            _("The file is not a real .xlsx workbook. Save it from Excel as .xlsx.")
        )
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_XLSX_UNPACKED_BYTES:
            raise SpreadsheetError(_("The workbook is too large once unpacked."))
    try:
        return load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of errors for damaged files
        raise SpreadsheetError(_("The .xlsx file is damaged. Save it again from Excel.")) from None


def _number_or_text(value):
    if value is None or value == "":
        return None
    return value if isinstance(value, int | float) else _text(value)


def xlsx_to_document(content: bytes) -> tuple[dict, dict, list[tuple[str, int, str]]]:
    """The document a workbook describes; where each criterion's rows are ({(code, part):
    (sheet, row)}, for locating problems); and the problems only a workbook can have, as
    (sheet, row, message): unknown parents, parent loops, practices of unknown levels."""
    workbook = _open(content)
    missing = [name for name in ("version", "criteria") if name not in workbook.sheetnames]
    if missing:
        raise SpreadsheetError(
            _("The workbook needs the sheets %(sheets)s.") % {"sheets": ", ".join(missing)}
        )
    values = {_text(row.get("key")): row.get("value") for _n, row in _rows(workbook, "version")}
    framework = {source: _text(values.get(key)) for key, source in VERSION_KEYS[1:7]}
    version = {source: values.get(key) for key, source in VERSION_KEYS[7:]}
    version["label"], version["notes"] = _text(version["label"]), _text(version["notes"])
    document = {
        "format": _text(values.get("format")) or None,
        "framework": framework,
        "version": version,
        "criteria": [],
    }
    document = {k: v for k, v in document.items() if v is not None}
    places: dict = {}
    problems: list[tuple[str, int, str]] = []
    entries: dict[str, dict] = {}
    order = []
    for number, row in _rows(workbook, "criteria"):
        code = _text(row.get("code"))
        places.setdefault((code, ""), ("criteria", number))
        entry = {
            name: _text(row.get(name))
            for name in ("code", "name_th", "name_en", "guidance_th", "guidance_en")
        }
        entry["points"] = _number_or_text(row.get("points"))
        entry["weight"] = _number_or_text(row.get("weight"))
        entry["aggregation"] = _text(row.get("aggregation")) or "sum"
        entry["scale_type"] = _text(row.get("scale_type")) or "none"
        entry["scale"], entry["children"] = {}, []
        position = row.get("position")
        sort_key = position if isinstance(position, int) else number
        order.append((_text(row.get("parent_code")), sort_key, number, code, entry))
        if code not in entries:
            entries[code] = entry
    for number, row in _rows(workbook, "parameters"):
        code = _text(row.get("criterion_code"))
        places.setdefault((code, "parameters"), ("parameters", number))
        if code in entries:
            entries[code]["scale"][_text(row.get("key"))] = _number_or_text(row.get("value"))
    levels_by_key = {}
    for number, row in _rows(workbook, "levels"):
        code = _text(row.get("criterion_code"))
        entry = entries.get(code)
        key = list_key(entry["scale_type"]) if entry else None
        places.setdefault((code, key or "levels"), ("levels", number))
        if not key:
            continue
        fields = dict(ITEM_FIELDS[entry["scale_type"]][1])
        item = {
            name: (_text(row.get(name)) if kind is str else _number_or_text(row.get(name)))
            for name, kind in fields.items()
        }
        if entry["scale_type"] == "maturity":
            item["practices"] = []
            levels_by_key[(code, item["key"])] = item
        entry["scale"].setdefault(key, []).append(item)
    for number, row in _rows(workbook, "practices"):
        code = _text(row.get("criterion_code"))
        places.setdefault((code, "practices"), ("practices", number))
        level = levels_by_key.get((code, _text(row.get("level_key"))))
        practice = {name: _text(row.get(name)) for name in ("code", "text_th", "text_en")}
        if level is not None:
            level["practices"].append(practice)
        else:
            problems.append(
                (
                    "practices",
                    number,
                    _("%(code)s has no maturity level “%(level)s”.")
                    % {"code": code, "level": _text(row.get("level_key"))},
                )
            )
    workbook.close()
    attached = set()
    for parent_code, _sort, number, code, entry in sorted(order, key=lambda r: (r[1], r[2])):
        parent = entries.get(parent_code) if parent_code else None
        if parent_code and parent is None:
            problems.append(
                (
                    "criteria",
                    number,
                    _("%(code)s: no criterion has the parent code %(parent)s.")
                    % {"code": code, "parent": parent_code},
                )
            )
        elif parent is not None:
            parent["children"].append(entry)
        else:
            document["criteria"].append(entry)
    stack = list(document["criteria"])
    while stack:
        entry = stack.pop()
        attached.add(id(entry))
        stack.extend(entry["children"])
    for parent_code, _sort, number, code, entry in order:
        if id(entry) not in attached and parent_code in entries:
            problems.append(
                (
                    "criteria",
                    number,
                    _("%(code)s is inside a loop of parent codes.") % {"code": code},
                )
            )
    return document, places, problems


def locator(places: dict):
    """A `locate(code, part)` for parse_document from xlsx_to_document's places."""

    def locate(code: str, part: str):
        return places.get((code, part)) or places.get((code, "")) or ("", None)

    return locate


__all__ = ["document_to_xlsx", "locator", "plain", "xlsx_to_document"]

"""Importing the organisation tree from a spreadsheet (.xlsx or .csv).

The whole file is checked first and every bad row is reported with the row number Excel shows
(the header is row 1). Nothing is written until the file is clean; then bodies are created and
updated through `organization_create` / `organization_update`, parents before children, in one
transaction. The management command and the secretariat's import page share this module."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import DomainError
from loetrat.core.spreadsheets import EXTRA
from loetrat.core.thai.dates import parse_date

from ..enums import OrganizationStatus
from ..models import Organization
from .import_format import (
    CODE_PATTERN,
    COLUMNS,
    DATE_FIELDS,
    HEADER_LOOKUP,
    KIND_HINT,
    KIND_LOOKUP,
    REQUIRED_COLUMNS,
    RESERVED_CODES,
    TEXT_FIELDS,
    ImportResult,
    PlannedRow,
    RowError,
    lookup_key,
    read_organization_file,
)
from .organizations import organization_create, organization_update


def _max_length(name: str) -> int:
    return Organization._meta.get_field(name).max_length


# Validating ------------------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    values: dict[str, Any]


def _map_headers(headers: Iterable[str], errors: list[RowError]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    seen: dict[str, str] = {}
    for header in headers:
        column = HEADER_LOOKUP.get(lookup_key(header))
        if column is None:
            errors.append(
                RowError(
                    1,
                    "",
                    _("Unknown column “%(header)s”. The columns are: %(columns)s.")
                    % {"header": header, "columns": ", ".join(COLUMNS)},
                )
            )
        elif column in seen:
            errors.append(
                RowError(
                    1,
                    column,
                    _("The columns “%(first)s” and “%(second)s” are the same; keep one.")
                    % {"first": seen[column], "second": header},
                )
            )
        else:
            seen[column] = header
            mapping[header] = column
    for column in REQUIRED_COLUMNS:
        if column not in seen:
            errors.append(
                RowError(1, column, _("The column “%(column)s” is missing.") % {"column": column})
            )
    return mapping


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return re.sub(r"\s+", " ", str(value)).strip()


def _date(value: Any, number: int, column: str, errors: list[RowError]):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return parse_date(str(value))
    except ValueError:
        errors.append(
            RowError(
                number,
                column,
                _("“%(value)s” is not a date. Write it like 19/11/2562 or 2019-11-19.")
                % {"value": value},
            )
        )
        return None


def _clean_row(row: _Row, errors: list[RowError]) -> dict[str, Any]:
    """Normalise one row's present columns; append its own (context-free) errors."""
    raw, number, data = row.values, row.number, {}
    if EXTRA in raw:
        errors.append(RowError(number, "", _("The row has values in a column without a header.")))
    code = _text(raw.get("code"))
    if not code:
        errors.append(RowError(number, "code", _("The code is missing.")))
    elif len(code) > _max_length("code"):
        errors.append(
            RowError(
                number,
                "code",
                _("The code “%(code)s” is longer than %(limit)s characters.")
                % {"code": code, "limit": _max_length("code")},
            )
        )
    elif not CODE_PATTERN.match(code) or code.casefold() in RESERVED_CODES:
        errors.append(
            RowError(
                number,
                "code",
                _(
                    "The code “%(code)s” is not allowed. Use letters A–Z, digits, “-”, “_” or "
                    "“.”, starting with a letter or digit."
                )
                % {"code": code},
            )
        )
    data["code"] = code
    kind_text = _text(raw.get("kind"))
    if not kind_text:
        errors.append(RowError(number, "kind", _("The kind is missing.")))
    elif lookup_key(kind_text) not in KIND_LOOKUP:
        errors.append(
            RowError(
                number,
                "kind",
                _("Unknown kind “%(kind)s”. Use one of: %(kinds)s.")
                % {"kind": kind_text, "kinds": KIND_HINT},
            )
        )
    else:
        data["kind"] = KIND_LOOKUP[lookup_key(kind_text)]
    for name in TEXT_FIELDS:
        if name in raw:
            data[name] = _text(raw.get(name))
            limit = 200 if name == "website" else _max_length(name)
            if len(data[name]) > limit:
                errors.append(
                    RowError(
                        number,
                        name,
                        _("This is longer than %(limit)s characters.") % {"limit": limit},
                    )
                )
    if not data.get("name_th"):
        errors.append(RowError(number, "name_th", _("The Thai name is missing.")))
    website = data.get("website")
    if website:
        if "://" not in website:
            website = data["website"] = "https://" + website
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            errors.append(
                RowError(
                    number,
                    "website",
                    _("“%(value)s” is not a web address.") % {"value": raw.get("website")},
                )
            )
    if "parent_code" in raw:
        data["parent_code"] = _text(raw.get("parent_code")) or None
    for name in (*DATE_FIELDS, "renamed_on"):
        if name in raw:
            data[name] = _date(raw.get(name), number, name, errors)
    return data


def _validate(rows: list[_Row], errors: list[RowError]) -> list[PlannedRow]:
    """Check every row against the file and the database and plan what each would do."""
    cleaned: dict[str, tuple[_Row, dict]] = {}
    for row in rows:
        data = _clean_row(row, errors)
        code = data["code"]
        if not code:
            continue
        if code in cleaned:
            errors.append(
                RowError(
                    row.number,
                    "code",
                    _("The code “%(code)s” is also on row %(row)s; each body may appear once.")
                    % {"code": code, "row": cleaned[code][0].number},
                )
            )
            continue
        cleaned[code] = (row, data)

    # code -> (parent code, status, pk) for every body in the database: one query.
    known = {
        code: (parent, status, pk)
        for code, parent, status, pk in Organization.objects.values_list(
            "code", "parent__code", "status", "pk"
        )
    }
    known_folded = {code.casefold(): code for code in known}
    folded = {code.casefold(): code for code in cleaned} | known_folded
    for code, (row, _data) in list(cleaned.items()):
        twin = known_folded.get(code.casefold())
        if code not in known and twin:
            errors.append(
                RowError(
                    row.number,
                    "code",
                    _(
                        "The code “%(code)s” differs from the existing body “%(other)s” only in "
                        "capital letters; use “%(other)s”."
                    )
                    % {"code": code, "other": twin},
                )
            )
            del cleaned[code]
    existing = Organization.objects.in_bulk(
        [code for code in cleaned if code in known], field_name="code"
    )
    for code, organization in existing.items():
        organization.parent_code = known[code][0]

    def final_parent(code: str) -> str | None:
        if code in cleaned and "parent_code" in cleaned[code][1]:
            return cleaned[code][1]["parent_code"]
        return known[code][0] if code in known else None

    for code, (row, data) in cleaned.items():
        parent = data.get("parent_code")
        if not parent:
            continue
        if parent == code:
            errors.append(
                RowError(row.number, "parent_code", _("A body cannot be its own parent."))
            )
        elif parent not in cleaned and parent not in known:
            hint = folded.get(parent.casefold())
            message = _(
                "The parent code “%(code)s” is neither in this file nor an existing body."
            ) % {"code": parent}
            if hint:
                message += " " + _("Did you mean “%(code)s”?") % {"code": hint}
            errors.append(RowError(row.number, "parent_code", message))
        elif parent in known and known[parent][1] != OrganizationStatus.ACTIVE:
            errors.append(
                RowError(
                    row.number,
                    "parent_code",
                    _("The parent body “%(code)s” is closed (merged or dissolved).")
                    % {"code": parent},
                )
            )

    _check_cycles(cleaned, final_parent, errors)

    planned = []
    for code, (row, data) in cleaned.items():
        current = existing.get(code)
        start = data.get("active_from", current.active_from if current else None)
        end = data.get("active_until", current.active_until if current else None)
        if start and end and end < start:
            errors.append(
                RowError(
                    row.number,
                    "active_until",
                    _("The end date is before the start date (%(start)s).")
                    % {"start": start.isoformat()},
                )
            )
        plan = PlannedRow(row=row.number, code=code, name_th=data.get("name_th", ""), values=data)
        if current is None:
            plan.action = "create"
        else:
            for name in ("kind", *TEXT_FIELDS, *DATE_FIELDS, "parent_code"):
                if name in data and data[name] != (getattr(current, name) or _blank(name)):
                    plan.changes[name] = (getattr(current, name), data[name])
            plan.action = "update" if plan.changes else "unchanged"
        planned.append(plan)

    for plan in planned:
        depth, code = 0, plan.code
        seen = {code}
        while (parent := final_parent(code)) in cleaned and parent not in seen:
            depth, code = depth + 1, parent
            seen.add(code)
        plan.depth = depth
    return planned


def _blank(name: str):
    return None if name in (*DATE_FIELDS, "parent_code") else ""


def _check_cycles(cleaned, final_parent, errors: list[RowError]) -> None:
    safe: set[str] = set()
    reported: set[str] = set()
    for start in cleaned:
        path: list[str] = []
        code: str | None = start
        while code and code not in safe and code not in path:
            path.append(code)
            code = final_parent(code)
        loop = path[path.index(code) :] if code and code in path else []
        if len(loop) > 1:  # a body naming itself as parent is reported on its own
            shown = " → ".join([*loop, code])
            for member in loop:
                if member in cleaned and member not in reported:
                    reported.add(member)
                    errors.append(
                        RowError(
                            cleaned[member][0].number,
                            "parent_code",
                            _("The parents form a loop: %(loop)s.") % {"loop": shown},
                        )
                    )
        safe.update(path)


# Applying --------------------------------------------------------------------------------


class _RowFailed(Exception):
    def __init__(self, plan: PlannedRow, error: Exception):
        super().__init__(str(error))
        self.plan = plan
        self.error = error


def _apply(planned: list[PlannedRow], *, actor, source: str) -> None:
    cache: dict[str, Organization] = {}

    def body(code: str | None) -> Organization | None:
        if not code:
            return None
        if code not in cache:
            cache[code] = Organization.objects.get(code=code)
        return cache[code]

    reason = _("Imported from %(file)s") % {"file": source} if source else _("Imported")
    for plan in sorted(planned, key=lambda item: (item.depth, item.row)):
        if plan.action == "unchanged":
            continue
        values = plan.values
        try:
            if plan.action == "create":
                fields = {
                    name: values[name]
                    for name in ("kind", *TEXT_FIELDS, *DATE_FIELDS)
                    if values.get(name) is not None
                }
                cache[plan.code] = organization_create(
                    actor=actor, code=plan.code, parent=body(values.get("parent_code")), **fields
                )
                continue
            changes = {name: new for name, (_old, new) in plan.changes.items()}
            if "parent_code" in changes:
                changes["parent"] = body(changes.pop("parent_code"))
            organization = organization_update(
                organization=body(plan.code),
                actor=actor,
                reason=reason,
                effective_on=values.get("renamed_on"),
                **changes,
            )
        except (DomainError, ValidationError) as exc:
            raise _RowFailed(plan, exc) from exc
        if "parent" in changes:
            cache.clear()
        cache[plan.code] = organization


def _errors_for(plan: PlannedRow, exc: Exception) -> list[RowError]:
    def column(name: str | None) -> str:
        name = {"parent": "parent_code"}.get(name or "", name or "")
        return name if name in COLUMNS else ""

    if isinstance(exc, DomainError):
        return [RowError(plan.row, column(exc.field), str(exc.message))]
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        return [
            RowError(plan.row, column(name), message)
            for name, messages in exc.message_dict.items()
            for message in messages
        ]
    return [RowError(plan.row, "", "; ".join(getattr(exc, "messages", [str(exc)])))]


def _rows_from(rows: Iterable[Mapping[str, Any]] | None, file, filename: str):
    """Headers and numbered raw rows from a list of dicts or a file (path, bytes, file object)."""
    if rows is not None:
        rows = [dict(row) for row in rows]
        headers = list(dict.fromkeys(str(header) for row in rows for header in row))
        return headers, [_Row(index, row) for index, row in enumerate(rows, start=2)]
    if isinstance(file, str | Path):
        content = Path(file).read_bytes()
    elif isinstance(file, bytes):
        content = file
    else:
        content = file.read()
    headers, numbered = read_organization_file(content=content, filename=filename)
    return headers, [_Row(number, values) for number, values in numbered]


def _error_order(error: RowError) -> tuple[int, int]:
    return error.row, COLUMNS.index(error.column) if error.column in COLUMNS else -1


def organizations_import(
    *,
    actor,
    rows: Iterable[Mapping[str, Any]] | None = None,
    file=None,
    filename: str = "",
    dry_run: bool = False,
) -> ImportResult:
    """Validate a whole file of bodies and, when every row is good and not `dry_run`, create
    and update them in one audited transaction.

    `rows` are dicts keyed by header (the first is row 2); `file` is a path, bytes or an
    uploaded file, with `filename` telling its type when it is not a path. Raises
    ImportFileError for a file that cannot be read at all; row problems come back in
    `ImportResult.errors`, and then nothing is written."""
    if rows is None and isinstance(file, str | Path):
        filename = filename or str(file)
    elif rows is None and not filename:
        filename = getattr(file, "name", "") or ""
    headers, raw_rows = _rows_from(rows, file, filename)
    source = Path(filename).name if filename else ""
    result = ImportResult(dry_run=dry_run)
    mapping = _map_headers(headers, result.errors)
    mapped = []
    for row in raw_rows:
        values = {mapping[key]: value for key, value in row.values.items() if key in mapping}
        if EXTRA in row.values:
            values[EXTRA] = row.values[EXTRA]
        mapped.append(_Row(row.number, values))
    if not result.errors and not mapped:
        result.errors.append(RowError(2, "", _("The file has a header row but no bodies.")))
    if result.errors:
        return result
    if dry_run:
        result.rows = _validate(mapped, result.errors)
        result.errors.sort(key=_error_order)
        return result
    try:
        with transaction.atomic():
            result.rows = _validate(mapped, result.errors)
            result.errors.sort(key=_error_order)
            if result.errors:
                return result
            _apply(result.rows, actor=actor, source=source)
            audit_record(
                actor=actor,
                action="organizations.import.applied",
                after={
                    "file": source,
                    "created": result.created,
                    "updated": result.updated,
                    "unchanged": result.unchanged,
                },
            )
    except _RowFailed as failure:
        result.errors.extend(_errors_for(failure.plan, failure.error))
        return result
    result.applied = True
    return result

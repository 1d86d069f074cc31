"""Forms as data (a list of field dicts, e.g. an award type's application form): checking a
schema, reading answers typed into it, and finding what is wrong with them.

Answers are stored as {key: value}: text as str, number as the str of the Decimal, date as ISO
str, choice as its value, multi_choice as a list, table as a list of row dicts, file as a list of
attachment ids. In a draft, a value that did not parse is kept exactly as typed (nothing is
lost); `answer_problems` reports it beside its field. Full checks (required fields, minimum table
rows) run when the application is sent to the agency head and when it is submitted, so a
submitted application's answers are always well formed."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from ..thai.dates import format_date, parse_date, resolve_language
from ..thai.words import to_arabic_digits
from .kinds import FieldKind

DEFAULT_MAX_LENGTH = {FieldKind.SHORT_TEXT: 300, FieldKind.LONG_TEXT: 5000}
COLUMN_KINDS = frozenset({FieldKind.SHORT_TEXT, FieldKind.NUMBER, FieldKind.CHOICE})
COLUMN_ROLES = frozenset({"indicator", "unit", "direction", "target", "result"})
ACCEPT_KINDS = frozenset({"pdf", "image"})
DEFAULT_MAX_ROWS = 50
DEFAULT_MAX_FILES = 5


def text_in(item: dict, name: str, lang: str | None = None) -> str:
    """`item[name_en]` in English when given, else `item[name_th]` (Thai first)."""
    if resolve_language(lang) == "en" and item.get(f"{name}_en"):
        return str(item[f"{name}_en"])
    return str(item.get(f"{name}_th") or item.get(f"{name}_en") or "")


def field_label(field: dict, lang: str | None = None) -> str:
    return text_in(field, "label", lang) or str(field.get("key", ""))


def field_anchor(key: str) -> str:
    """The id of a field's block on the edit page, for "fix this" links."""
    return f"field-{key}"


def max_length_of(field: dict) -> int:
    return int(field.get("max_length") or DEFAULT_MAX_LENGTH.get(field.get("kind"), 300))


def max_rows_of(field: dict) -> int:
    return int(field.get("max_rows") or DEFAULT_MAX_ROWS)


def choice_values(item: dict) -> list[str]:
    return [str(choice.get("value")) for choice in item.get("choices") or []]


# --- checking a schema -------------------------------------------------------------------------


def _choices_problems(where: str, choices) -> list[str]:
    if not isinstance(choices, list) or not choices:
        return [f"{where}: choices must be a non-empty list of {{value, label_th, label_en}}"]
    problems, seen = [], set()
    for number, choice in enumerate(choices, start=1):
        if not isinstance(choice, dict) or choice.get("value") in (None, ""):
            problems.append(f"{where}: choice {number} has no value")
            continue
        if str(choice["value"]) in seen:
            problems.append(f"{where}: choice value {choice['value']!r} appears twice")
        seen.add(str(choice["value"]))
        if not choice.get("label_th"):
            problems.append(f"{where}: choice {choice['value']!r} has no Thai label (label_th)")
    return problems


def _int_problem(where: str, field: dict, name: str) -> list[str]:
    value = field.get(name)
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return [f"{where}: {name} must be a whole number of 0 or more, not {value!r}"]
    return []


def _number_bound_problems(where: str, field: dict) -> list[str]:
    problems = []
    for name in ("min", "max"):
        value = field.get(name)
        if value is not None and (isinstance(value, bool) or parse_number(value) is None):
            problems.append(f"{where}: {name} must be a number, not {value!r}")
    bounded = field.get("min") is not None and field.get("max") is not None
    if not problems and bounded and parse_number(field["min"]) > parse_number(field["max"]):
        problems.append(f"{where}: min is greater than max")
    return problems


def _table_problems(where: str, field: dict) -> list[str]:
    columns = field.get("columns")
    if not isinstance(columns, list) or not columns:
        return [f"{where}: a table needs a non-empty list of columns"]
    problems, seen = [], set()
    for number, column in enumerate(columns, start=1):
        if not isinstance(column, dict) or not column.get("key"):
            problems.append(f"{where}: column {number} has no key")
            continue
        cwhere = f"{where}, column {column['key']!r}"
        if column["key"] in seen:
            problems.append(f"{cwhere}: duplicate column key")
        seen.add(column["key"])
        kind = column.get("kind", FieldKind.SHORT_TEXT)
        if kind not in COLUMN_KINDS:
            problems.append(f"{cwhere}: kind {kind!r} is not one of {sorted(COLUMN_KINDS)}")
        if not column.get("label_th"):
            problems.append(f"{cwhere}: missing Thai label (label_th)")
        role = column.get("role")
        if role and role not in COLUMN_ROLES:
            problems.append(f"{cwhere}: role {role!r} is not one of {sorted(COLUMN_ROLES)}")
        if role == "result" and not isinstance(column.get("year"), int):
            problems.append(f"{cwhere}: a result column needs its BE year (year)")
        if kind == FieldKind.CHOICE:
            problems += _choices_problems(cwhere, column.get("choices"))
    problems += _int_problem(where, field, "min_rows") + _int_problem(where, field, "max_rows")
    low, high = field.get("min_rows"), field.get("max_rows")
    if not problems and low and high and low > high:
        problems.append(f"{where}: min_rows is greater than max_rows")
    return problems


def form_schema_problems(schema) -> list[str]:
    """Everything wrong with a form schema, each message naming the field (English, for the
    secretariat's type editor). An empty list means the schema can be used."""
    if not isinstance(schema, list):
        return ["The form must be a list of fields"]
    problems: list[str] = []
    seen: set[str] = set()
    for number, field in enumerate(schema, start=1):
        if not isinstance(field, dict):
            problems.append(f"Field {number} is not an object")
            continue
        key = field.get("key")
        where = f"Field {number} ({key!r})" if key else f"Field {number}"
        if not key or not isinstance(key, str) or not key.replace("_", "").isalnum():
            problems.append(f"{where}: key must be letters, digits and _ only")
        elif key in seen:
            problems.append(f"{where}: duplicate key {key!r}")
        seen.add(key)
        kind = field.get("kind")
        if kind not in FieldKind.values:
            problems.append(f"{where}: unknown kind {kind!r}; use one of {FieldKind.values}")
            continue
        if not field.get("label_th"):
            problems.append(f"{where}: missing Thai label (label_th)")
        if not field.get("label_en"):
            problems.append(f"{where}: missing English label (label_en)")
        if kind in DEFAULT_MAX_LENGTH:
            problems += _int_problem(where, field, "max_length")
        elif kind == FieldKind.NUMBER:
            problems += _number_bound_problems(where, field)
            problems += _int_problem(where, field, "decimals")
        elif kind in (FieldKind.CHOICE, FieldKind.MULTI_CHOICE):
            problems += _choices_problems(where, field.get("choices"))
        elif kind == FieldKind.TABLE:
            problems += _table_problems(where, field)
        elif kind == FieldKind.FILE:
            accept = field.get("accept", ["pdf", "image"])
            if not isinstance(accept, list) or not accept or set(accept) - ACCEPT_KINDS:
                problems.append(f"{where}: accept must list some of {sorted(ACCEPT_KINDS)}")
            problems += _int_problem(where, field, "max_files")
    return problems


# --- reading typed values ----------------------------------------------------------------------


def parse_number(value) -> Decimal | None:
    """A Decimal from 1,234.5 / ๑๒๓ / 12 (int) / "12.0"; None when it is not a number."""
    if isinstance(value, bool) or value is None:
        return None
    text = to_arabic_digits(str(value)).replace(",", "").replace(" ", "").strip()
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def parse_iso_or_typed_date(value) -> datetime.date | None:
    """A stored answer (ISO, Gregorian) or a typed date (Buddhist Era or Gregorian, see
    `parse_date`, which reads ISO dates too and tells the eras apart by range), or None."""
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        return None


def is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return not any(
            not is_empty(item) for item in (value.values() if isinstance(value, dict) else value)
        )
    return False


def _normal_scalar(kind: str, value):
    """The stored form of one typed value: canonical when it parses, the typed text when not."""
    if value is None:
        return ""
    if kind == FieldKind.NUMBER:
        number = parse_number(value)
        return str(number) if number is not None else str(value).strip()
    if kind == FieldKind.DATE:
        day = parse_iso_or_typed_date(value)
        return day.isoformat() if day else str(value).strip()
    return str(value).strip() if kind != FieldKind.LONG_TEXT else str(value).rstrip()


def normalise_answers(schema: list[dict], raw: dict, *, keep: dict | None = None) -> dict:
    """Stored answers from what was typed (a dict by field key). Unknown keys are dropped; file
    fields are taken from `keep` (the attachment services own them); empty table rows go."""
    keep = keep or {}
    answers: dict = {}
    for field in schema:
        key, kind = field["key"], field["kind"]
        if kind == FieldKind.FILE:
            answers[key] = list(keep.get(key) or [])
            continue
        value = raw.get(key)
        if kind == FieldKind.MULTI_CHOICE:
            items = value if isinstance(value, list | tuple) else ([value] if value else [])
            answers[key] = [str(item) for item in items if str(item).strip()]
        elif kind == FieldKind.TABLE:
            columns = field.get("columns") or []
            rows = []
            for row in value if isinstance(value, list) else []:
                if not isinstance(row, dict):
                    continue
                cells = {
                    c["key"]: _normal_scalar(c.get("kind", "short_text"), row.get(c["key"]))
                    for c in columns
                }
                if not is_empty(cells):
                    rows.append(cells)
            answers[key] = rows
        else:
            answers[key] = _normal_scalar(kind, value)
    return answers


# --- problems with answers ---------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerProblem:
    key: str
    message: str
    code: str = "invalid"
    row: int | None = None  # 1-based table row

    @property
    def anchor(self) -> str:
        return field_anchor(self.key)

    def as_dict(self) -> dict:
        return asdict(self)


def _scalar_problem(item: dict, value, label: str) -> str | None:
    """What is wrong with one non-empty value of a field or table column, or None."""
    kind = item.get("kind", FieldKind.SHORT_TEXT)
    if kind in DEFAULT_MAX_LENGTH:
        limit = max_length_of(item)
        if len(str(value)) > limit:
            return _("%(label)s: at most %(limit)s characters (now %(count)s).") % {
                "label": label,
                "limit": limit,
                "count": len(str(value)),
            }
    elif kind == FieldKind.NUMBER:
        return _number_problem(item, value, label)
    elif kind == FieldKind.DATE:
        if parse_iso_or_typed_date(value) is None:
            return _("%(label)s: %(value)s is not a date; type e.g. 19/11/2566.") % {
                "label": label,
                "value": value,
            }
    elif kind == FieldKind.CHOICE and str(value) not in choice_values(item):
        return _("%(label)s: %(value)s is not one of the choices.") % {
            "label": label,
            "value": value,
        }
    return None


def _number_problem(item: dict, value, label: str) -> str | None:
    number = parse_number(value)
    if number is None:
        return _("%(label)s: %(value)s is not a number; type digits only, e.g. 1250.5.") % {
            "label": label,
            "value": value,
        }
    low, high = parse_number(item.get("min")), parse_number(item.get("max"))
    if low is not None and number < low:
        return _("%(label)s: must be at least %(min)s.") % {"label": label, "min": low}
    if high is not None and number > high:
        return _("%(label)s: must be at most %(max)s.") % {"label": label, "max": high}
    decimals = item.get("decimals")
    if decimals is not None and -number.as_tuple().exponent > int(decimals):
        if int(decimals) == 0:
            return _("%(label)s: a whole number, please.") % {"label": label}
        return _("%(label)s: at most %(decimals)s decimal places.") % {
            "label": label,
            "decimals": decimals,
        }
    return None


def _table_problems_for(field: dict, rows, label: str, full: bool) -> list[AnswerProblem]:
    key = field["key"]
    rows = rows if isinstance(rows, list) else []
    problems = []
    for number, row in enumerate(rows, start=1):
        for column in field.get("columns") or []:
            cell = row.get(column["key"]) if isinstance(row, dict) else None
            if is_empty(cell):
                continue
            column_label = f"{label}, {_('row')} {number}, {text_in(column, 'label')}"
            message = _scalar_problem(column, cell, column_label)
            if message:
                problems.append(AnswerProblem(key, message, "invalid", number))
    min_rows, max_rows = int(field.get("min_rows") or 0), max_rows_of(field)
    if full and len(rows) < min_rows:
        problems.append(
            AnswerProblem(
                key,
                _("%(label)s: fill in at least %(count)s rows (now %(now)s).")
                % {"label": label, "count": min_rows, "now": len(rows)},
                "too_few_rows",
            )
        )
    if len(rows) > max_rows:
        problems.append(
            AnswerProblem(
                key,
                _("%(label)s: at most %(count)s rows.") % {"label": label, "count": max_rows},
                "too_many_rows",
            )
        )
    return problems


def answer_problems(schema: list[dict], data: dict, *, full: bool = True) -> list[AnswerProblem]:
    """Format problems always; with `full`, also missing required answers and too few rows."""
    problems: list[AnswerProblem] = []
    for field in schema:
        key, kind = field["key"], field["kind"]
        label = field_label(field)
        value = data.get(key)
        if is_empty(value):
            if full and field.get("required"):
                message = _("%(label)s: this is required.") % {"label": label}
                problems.append(AnswerProblem(key, message, "required"))
            elif full and kind == FieldKind.TABLE and field.get("min_rows"):
                problems += _table_problems_for(field, [], label, full)
            continue
        if kind == FieldKind.TABLE:
            problems += _table_problems_for(field, value, label, full)
        elif kind == FieldKind.MULTI_CHOICE:
            allowed = choice_values(field)
            for item in value if isinstance(value, list) else [value]:
                if str(item) not in allowed:
                    message = _("%(label)s: %(value)s is not one of the choices.") % {
                        "label": label,
                        "value": item,
                    }
                    problems.append(AnswerProblem(key, message))
        elif kind == FieldKind.FILE:
            limit = int(field.get("max_files") or DEFAULT_MAX_FILES)
            if isinstance(value, list) and len(value) > limit:
                message = _("%(label)s: at most %(count)s files.") % {
                    "label": label,
                    "count": limit,
                }
                problems.append(AnswerProblem(key, message, "too_many_files"))
        else:
            message = _scalar_problem(field, value, label)
            if message:
                problems.append(AnswerProblem(key, message))
    return problems


def display_value(item: dict, value, lang: str | None = None) -> str:
    """One stored answer (or table cell) as people read it: BE dates, choice labels, units."""
    if is_empty(value):
        return ""
    kind = item.get("kind", FieldKind.SHORT_TEXT)
    if kind == FieldKind.DATE:
        day = parse_iso_or_typed_date(value)
        return format_date(day, lang=lang) if day else str(value)
    if kind in (FieldKind.CHOICE, FieldKind.MULTI_CHOICE):
        labels = {str(c.get("value")): text_in(c, "label", lang) for c in item.get("choices") or []}
        items = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(str(v), str(v)) for v in items)
    if kind == FieldKind.NUMBER:
        unit = text_in(item, "unit", lang)
        return f"{value} {unit}".strip()
    return str(value)

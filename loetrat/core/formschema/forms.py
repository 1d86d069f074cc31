"""The HTML form built from a form schema (an award application's answers, a self-assessment's
narratives, a KPI report's results).

It never refuses a draft: every field is optional here, what was typed is read back as it is
(`answers_from_post`) and problems are shown beside their fields; the owning app runs the full
checks (`schema.answer_problems`) when the record is sent on. The template
`core/components/schema_items.html` renders `SchemaForm.items()`."""

from __future__ import annotations

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext as _

from ..forms import ThaiDateInput
from ..thai.dates import format_date
from .kinds import FieldKind
from .schema import (
    DEFAULT_MAX_LENGTH,
    field_anchor,
    field_label,
    max_length_of,
    max_rows_of,
    parse_iso_or_typed_date,
    text_in,
)

EXTRA_ROWS = 2
ADD_ROWS_STEP = 5


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


def _choices(item) -> list[tuple[str, str]]:
    return [(str(c.get("value")), text_in(c, "label")) for c in item.get("choices") or []]


def _help(item) -> str:
    parts = [text_in(item, "help")]
    kind = item.get("kind")
    if kind in DEFAULT_MAX_LENGTH:
        parts.append(_("At most %(count)s characters.") % {"count": max_length_of(item)})
    elif kind == FieldKind.NUMBER:
        unit = text_in(item, "unit")
        if unit:
            parts.append(_("In %(unit)s.") % {"unit": unit})
    elif kind == FieldKind.DATE:
        parts.append(_("Day/month/year, e.g. 19/11/2566."))
    elif kind == FieldKind.FILE:
        parts.append(_("PDF or images; you may choose several files at once."))
    return " ".join(part for part in parts if part)


def _shown(item, value) -> str:
    """A stored value as it goes back into a text input (BE dates for Thai readers)."""
    if value in (None, ""):
        return ""
    if item.get("kind") == FieldKind.DATE:
        day = parse_iso_or_typed_date(value)
        if day and str(value)[:4].isdigit():
            return format_date(day, style="numeric")
    return str(value)


def _form_field(item) -> forms.Field:
    kind = item["kind"]
    common = {"label": field_label(item), "required": False, "help_text": _help(item)}
    if kind == FieldKind.SHORT_TEXT:
        return forms.CharField(strip=False, **common)
    if kind == FieldKind.LONG_TEXT:
        return forms.CharField(strip=False, widget=forms.Textarea(attrs={"rows": 8}), **common)
    if kind == FieldKind.NUMBER:
        return forms.CharField(widget=forms.TextInput(attrs={"inputmode": "decimal"}), **common)
    if kind == FieldKind.DATE:
        return forms.CharField(widget=ThaiDateInput(), **common)
    if kind == FieldKind.CHOICE:
        return forms.ChoiceField(choices=[("", "—"), *_choices(item)], **common)
    if kind == FieldKind.MULTI_CHOICE:
        return forms.MultipleChoiceField(
            choices=_choices(item), widget=forms.CheckboxSelectMultiple, **common
        )
    return forms.FileField(widget=MultipleFileInput(attrs={"accept": ".pdf,image/*"}), **common)


@dataclass
class Cell:
    name: str
    label: str
    value: str
    kind: str
    choices: list = field(default_factory=list)


@dataclass
class Grid:
    key: str
    columns: list[str]
    rows: list[list[Cell]]
    can_add: bool
    rows_name: str


@dataclass
class Item:
    key: str
    kind: str
    label: str
    help: str
    section: str
    anchor: str
    required: bool
    bound: forms.BoundField | None = None
    grid: Grid | None = None
    problems: list = field(default_factory=list)
    files: list = field(default_factory=list)


def table_row_count(item, existing: int, requested: int = 0) -> int:
    """max(min_rows, rows typed + 2), or what the person asked for, capped at max_rows."""
    wanted = max(int(item.get("min_rows") or 0), existing + EXTRA_ROWS, requested)
    return min(wanted, max_rows_of(item))


def _grid(item, rows_data: list, count: int) -> Grid:
    key, columns = item["key"], item.get("columns") or []
    rows = []
    for index in range(count):
        row = (
            rows_data[index]
            if index < len(rows_data) and isinstance(rows_data[index], dict)
            else {}
        )
        cells = []
        for column in columns:
            kind = column.get("kind", FieldKind.SHORT_TEXT)
            cells.append(
                Cell(
                    name=f"{key}-{index}-{column['key']}",
                    label=_("Row %(row)s, %(column)s")
                    % {"row": index + 1, "column": text_in(column, "label")},
                    value=_shown(column, row.get(column["key"])),
                    kind=kind,
                    choices=_choices(column) if kind == FieldKind.CHOICE else [],
                )
            )
        rows.append(cells)
    return Grid(
        key=key,
        columns=[text_in(c, "label") for c in columns],
        rows=rows,
        can_add=count < max_rows_of(item),
        rows_name=f"{key}-rows",
    )


def tables_from_post(item, post) -> list[dict]:
    key, columns = item["key"], item.get("columns") or []
    try:
        count = min(int(post.get(f"{key}-rows", 0)), max_rows_of(item))
    except ValueError:
        count = 0
    return [
        {column["key"]: post.get(f"{key}-{index}-{column['key']}", "") for column in columns}
        for index in range(count)
    ]


def answers_from_post(schema, post) -> dict:
    """What was typed, by field key, exactly as typed (the services normalise it)."""
    answers = {}
    for item in schema or []:
        key, kind = item["key"], item["kind"]
        if kind == FieldKind.TABLE:
            answers[key] = tables_from_post(item, post)
        elif kind == FieldKind.MULTI_CHOICE:
            answers[key] = post.getlist(key)
        elif kind != FieldKind.FILE:
            answers[key] = post.get(key, "")
    return answers


class SchemaForm(forms.Form):
    """A form of the schema's fields, filled from saved answers or bound to the POST when re-shown
    after a refusal. `problems` maps a field key to what is wrong with it; `stored_files` are the
    files already kept for file fields (each with `field_key`), shown beside their field."""

    def __init__(
        self,
        *args,
        schema,
        answers=None,
        problems=None,
        stored_files=(),
        requested_rows=None,
        **kwargs,
    ):
        self.schema = schema or []
        self.answers = answers or {}
        initial = kwargs.pop("initial", {})
        for item in self.schema:
            value = self.answers.get(item["key"])
            initial[item["key"]] = (
                value if item["kind"] == FieldKind.MULTI_CHOICE else _shown(item, value)
            )
        super().__init__(*args, initial=initial, **kwargs)
        for item in self.schema:
            if item["kind"] != FieldKind.TABLE:
                self.fields[item["key"]] = _form_field(item)
        self.problems = problems or {}
        self.stored_files = list(stored_files)
        self.requested_rows = requested_rows or {}

    def items(self) -> list[Item]:
        result = []
        for item in self.schema:
            key, kind = item["key"], item["kind"]
            entry = Item(
                key=key,
                kind=kind,
                label=field_label(item),
                help=_help(item),
                section=text_in(item, "section"),
                anchor=field_anchor(key),
                required=bool(item.get("required")),
                problems=self.problems.get(key, []),
            )
            if kind == FieldKind.TABLE:
                rows = (
                    tables_from_post(item, self.data)
                    if self.is_bound
                    else list(self.answers.get(key) or [])
                )
                count = table_row_count(item, len(rows), self.requested_rows.get(key, 0))
                entry.grid = _grid(item, rows, count)
            else:
                entry.bound = self[key]
            if kind == FieldKind.FILE:
                entry.files = [f for f in self.stored_files if f.field_key == key]
            result.append(entry)
        return result

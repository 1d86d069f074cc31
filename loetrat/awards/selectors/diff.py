"""What changed between two cycles: branches and types matched by code, added, removed,
renamed or changed, with the configuration fields that changed. Each field's changes are data
(`Change`: a level's score, a stage added or renamed, a form field's label, kind, limits and
columns, an eligibility rule with its label and values), translated when the diff is built, and
`details` gives the same as one readable line each."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from loetrat.core.formschema import FieldKind
from loetrat.core.formschema.schema import field_label, text_in
from loetrat.organizations.enums import OrganizationKind

from ..enums import AwardSubject, PartnerRole, StageKind
from ..models import AwardCycle, AwardType

TYPE_FIELDS = {
    "branch": _("Branch"),
    "description_th": _("Description (Thai)"),
    "description_en": _("Description (English)"),
    "subject": _("What is awarded"),
    "shared_work": _("Several agencies may share a work"),
    "framework_version": _("Criteria version"),
    "form_schema": _("Application form"),
    "eligibility": _("Eligibility rules"),
    "stage_plan": _("Stages"),
    "levels": _("Award levels"),
    "max_file_mb": _("Largest file (MB)"),
    "max_total_mb": _("All files together (MB)"),
}
BRANCH_FIELDS = {
    "description_th": _("Description (Thai)"),
    "description_en": _("Description (English)"),
}


@dataclass
class Change:
    """One readable change inside a configuration field, e.g. a level whose minimum score moved
    (`changed`, label "ดีเด่น", what "minimum score", 80 → 85), a stage added or renamed, a form
    field removed. A changed form field or table column lists its own changes in `parts`.
    Every text is already translated; `key` is the code of the thing (level, stage, field, rule)."""

    action: str  # added, removed, renamed, changed, order
    key: str = ""
    label: str = ""
    what: str = ""
    old: str = ""
    new: str = ""
    parts: list[Change] = field(default_factory=list)

    def __str__(self) -> str:
        if self.action == "added":
            if self.new:
                return _("Added: %(label)s (%(detail)s)") % {
                    "label": self.label,
                    "detail": self.new,
                }
            return _("Added: %(label)s") % {"label": self.label}
        if self.action == "removed":
            return _("Removed: %(label)s") % {"label": self.label}
        if self.action == "renamed":
            return _("Renamed: %(old)s → %(new)s") % {"old": self.old, "new": self.new}
        if self.action == "order":
            return _("Order changed: %(old)s → %(new)s") % {"old": self.old, "new": self.new}
        if self.parts:
            return f"{self.label}: " + "; ".join(str(part) for part in self.parts)
        change = " ".join(filter(None, [self.what, f"{self.old} → {self.new}"]))
        return f"{self.label}: {change}" if self.label else change


@dataclass
class FieldChange:
    """One configuration field that differs. `changes` is the structure; `details` the same as
    one readable line each (what the API returns)."""

    field: str
    label: str
    changes: list[Change] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def __post_init__(self):
        if not self.details:
            self.details = [str(change) for change in self.changes]


@dataclass
class TypeChange:
    code: str
    old: AwardType
    new: AwardType
    renamed: bool
    fields: list[FieldChange]


@dataclass
class BranchDiff:
    code: str
    name: str
    status: str  # added, removed, changed, same
    renamed: bool = False
    old_name: str = ""
    fields: list[FieldChange] = field(default_factory=list)
    types_added: list[AwardType] = field(default_factory=list)
    types_removed: list[AwardType] = field(default_factory=list)
    types_changed: list[TypeChange] = field(default_factory=list)
    old_type_count: int = 0
    new_type_count: int = 0

    @property
    def has_changes(self) -> bool:
        return self.status != "same"


@dataclass
class CycleDiff:
    old: AwardCycle
    new: AwardCycle
    branches: list[BranchDiff]

    @property
    def has_changes(self) -> bool:
        return any(branch.has_changes for branch in self.branches)

    def branch(self, code: str) -> BranchDiff | None:
        return next((branch for branch in self.branches if branch.code == code), None)

    def type_change(self, code: str) -> TypeChange | None:
        for branch in self.branches:
            for change in branch.types_changed:
                if change.code == code:
                    return change
        return None


# --- readable values ---------------------------------------------------------------------------

NONE = "—"


def _fmt(value) -> str:
    if value is None or value == "" or value == []:
        return NONE
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, dict):
        return ", ".join(f"{key}={_fmt(item)}" for key, item in value.items())
    if isinstance(value, list):
        return ", ".join(_fmt(item) for item in value)
    if isinstance(value, float | Decimal):
        return _number(value)
    return str(value)


def _number(value) -> str:
    """80, 80.0 and "80.00" all read 80; 1250.5 reads 1,250.5."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not number.is_finite():
        return str(value)
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    else:
        number = number.normalize()
    return f"{number:,f}"


def _choice_label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except (ValueError, TypeError):
        return str(value)


def _labels(choices, values) -> str:
    if not values:
        return NONE
    items = values if isinstance(values, list) else [values]
    return ", ".join(_choice_label(choices, item) for item in items)


def _name(row: dict, name: str = "name") -> str:
    return text_in(row, name) or str(row.get("key", ""))


def _order(old_rows: dict, new_rows: dict, name: str) -> list[Change]:
    """The order of the rows both sides have, when it changed."""
    before = [key for key in old_rows if key in new_rows]
    after = [key for key in new_rows if key in old_rows]
    if before == after:
        return []
    return [
        Change(
            "order",
            old=", ".join(_name(old_rows[key], name) for key in before),
            new=", ".join(_name(new_rows[key], name) for key in after),
        )
    ]


def _keyed(rows) -> dict:
    return {row.get("key"): row for row in rows or [] if isinstance(row, dict)}


def _attribute_changes(before: dict, after: dict, attributes: dict, skip=()) -> list[Change]:
    """One `changed` per attribute that differs. `attributes` maps a name to (label, format);
    names it does not know are shown as they are stored."""
    changes = []
    for name in dict.fromkeys([*attributes, *before, *after]):
        if name in skip or before.get(name) == after.get(name):
            continue
        label, show = attributes.get(name, (name, _fmt))
        changes.append(
            Change(
                "changed",
                key=name,
                label=str(label),
                old=show(before.get(name)),
                new=show(after.get(name)),
            )
        )
    return changes


def _name_changes(before: dict, after: dict, name: str, labels: dict) -> list[Change]:
    """A rename in the language shown; when that name stayed, changes of the other one."""
    if _name(before, name) != _name(after, name):
        return [Change("renamed", old=_name(before, name), new=_name(after, name))]
    changes = []
    for suffix, label in labels.items():
        attribute = f"{name}_{suffix}"
        old, new = before.get(attribute) or "", after.get(attribute) or ""
        if old != new:
            changes.append(
                Change("changed", key=attribute, label=str(label), old=old or NONE, new=new or NONE)
            )
    return changes


NAME_LABELS = {"th": _("Thai name"), "en": _("English name")}


def _of(row_changes: list[Change], key: str, label: str) -> list[Change]:
    """Attribute changes of one level or stage, as "<its name>: <what> <old> → <new>"."""
    for change in row_changes:
        if change.action == "changed":
            change.what, change.label = change.label, label
        change.key = key
    return row_changes


# --- levels and stages -------------------------------------------------------------------------


def _level_changes(old, new) -> list[Change]:
    """Levels are read by score, so their order says nothing; a changed level reads
    "ดีเด่น: เกณฑ์ 80 → 85"."""
    before, after = _keyed(old), _keyed(new)
    score = gettext("minimum score")
    changes = [
        Change("added", key, _name(row), new=f"{score} {_number(row.get('min_score'))}")
        for key, row in after.items()
        if key not in before
    ]
    changes += [
        Change("removed", key, _name(row)) for key, row in before.items() if key not in after
    ]
    for key, row in after.items():
        if key not in before:
            continue
        label = _name(row)
        changes += _of(_name_changes(before[key], row, "name", NAME_LABELS), key, label)
        if before[key].get("min_score") != row.get("min_score"):
            changes.append(
                Change(
                    "changed",
                    key,
                    label,
                    what=score,
                    old=_number(before[key].get("min_score")),
                    new=_number(row.get("min_score")),
                )
            )
    return changes


def _scope(value) -> str:
    return ", ".join(value) if value else gettext("all")


STAGE_ATTRIBUTES = {
    "kind": (_("kind"), lambda value: _labels(StageKind, value)),
    "scope": (_("criteria assessed"), _scope),
}


def _stage_changes(old, new) -> list[Change]:
    before, after = _keyed(old), _keyed(new)
    changes = [
        Change("added", key, _name(row), new=_labels(StageKind, row.get("kind")))
        for key, row in after.items()
        if key not in before
    ]
    changes += [
        Change("removed", key, _name(row)) for key, row in before.items() if key not in after
    ]
    for key, row in after.items():
        if key not in before:
            continue
        label = _name(row)
        changes += _of(_name_changes(before[key], row, "name", NAME_LABELS), key, label)
        attributes = _attribute_changes(
            before[key], row, STAGE_ATTRIBUTES, skip={"key", "name_th", "name_en"}
        )
        changes += _of(attributes, key, label)
    return changes + _order(before, after, "name")


# --- eligibility -------------------------------------------------------------------------------


def _results_table(rule, schema) -> str:
    if not isinstance(rule, dict) or not rule.get("field"):
        return _fmt(rule)
    fields = _keyed(schema)
    key = rule["field"]
    name = field_label(fields[key]) if key in fields else key
    return gettext("%(field)s, %(years)s consecutive years of results") % {
        "field": name,
        "years": rule.get("min_years", 3),
    }


def _eligibility_changes(old: dict, new: dict, old_schema, new_schema) -> list[Change]:
    rules = {
        "organization_kinds": (
            _("Who may apply"),
            lambda value: _labels(OrganizationKind, value) if value else gettext("any public body"),
        ),
        "repeat_win_years": (
            _("The same work may not win this type again within (cycles)"),
            _fmt,
        ),
        "partner_roles_required": (
            _("Partner roles the application must name"),
            lambda value: _labels(PartnerRole, value),
        ),
    }
    changes = []
    for name in dict.fromkeys([*old, *new]):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if name == "results_table":
            label = gettext("Results table that must be complete")
            shown = (_results_table(before, old_schema), _results_table(after, new_schema))
        else:
            label, show = rules.get(name, (name, _fmt))
            shown = (show(before), show(after))
        changes.append(Change("changed", key=name, label=str(label), old=shown[0], new=shown[1]))
    return changes


# --- form schemas ------------------------------------------------------------------------------


def _kind(value) -> str:
    return _labels(FieldKind, value) if value else NONE


FIELD_ATTRIBUTES = {
    "kind": (_("kind"), _kind),
    "required": (_("required"), lambda value: _fmt(bool(value))),
    "max_length": (_("longest answer (characters)"), _fmt),
    "min": (_("smallest number"), lambda value: NONE if value is None else _number(value)),
    "max": (_("largest number"), lambda value: NONE if value is None else _number(value)),
    "decimals": (_("decimal places"), _fmt),
    "unit_th": (_("unit (Thai)"), _fmt),
    "unit_en": (_("unit (English)"), _fmt),
    "min_rows": (_("fewest rows"), _fmt),
    "max_rows": (_("most rows"), _fmt),
    "max_files": (_("most files"), _fmt),
    "accept": (_("file types"), _fmt),
    "section_th": (_("section heading (Thai)"), _fmt),
    "section_en": (_("section heading (English)"), _fmt),
    "help_th": (_("help (Thai)"), _fmt),
    "help_en": (_("help (English)"), _fmt),
    "role": (_("role"), _fmt),
    "year": (_("year"), _fmt),
}
LABEL_LABELS = {"th": _("Thai label"), "en": _("English label")}


def _choice_changes(before, after) -> list[Change]:
    old = {str(c.get("value")): c for c in before or [] if isinstance(c, dict)}
    new = {str(c.get("value")): c for c in after or [] if isinstance(c, dict)}
    changes = [
        Change("added", value, gettext("choice “%(label)s”") % {"label": _name(c, "label")})
        for value, c in new.items()
        if value not in old
    ]
    changes += [
        Change("removed", value, gettext("choice “%(label)s”") % {"label": _name(c, "label")})
        for value, c in old.items()
        if value not in new
    ]
    for value, choice in new.items():
        if value in old and old[value] != choice:
            for change in _name_changes(old[value], choice, "label", LABEL_LABELS):
                change.key = value
                changes.append(change)
    return changes


def _item_parts(before: dict, after: dict) -> list[Change]:
    """What changed in one form field or table column: its label, kind, limits, choices and
    (for a table) its columns."""
    parts = _name_changes(before, after, "label", LABEL_LABELS)
    parts += _attribute_changes(
        before,
        after,
        FIELD_ATTRIBUTES,
        skip={"key", "label_th", "label_en", "choices", "columns"},
    )
    if before.get("choices") != after.get("choices"):
        parts += _choice_changes(before.get("choices"), after.get("choices"))
    if before.get("columns") != after.get("columns"):
        parts += _column_changes(before.get("columns"), after.get("columns"))
    return parts


def _column_changes(old, new) -> list[Change]:
    before, after = _keyed(old), _keyed(new)
    column = gettext("column “%(label)s”")
    changes = [
        Change("added", key, column % {"label": _name(row, "label")})
        for key, row in after.items()
        if key not in before
    ]
    changes += [
        Change("removed", key, column % {"label": _name(row, "label")})
        for key, row in before.items()
        if key not in after
    ]
    for key, row in after.items():
        if key in before and before[key] != row:
            changes.append(
                Change(
                    "changed",
                    key,
                    column % {"label": _name(row, "label")},
                    parts=_item_parts(before[key], row),
                )
            )
    order = _order(before, after, "label")
    for change in order:
        change.label = gettext("columns")
    return changes + order


def _form_changes(old, new) -> list[Change]:
    """Field by field: added and removed fields, then each changed field with its parts."""
    before, after = _keyed(old), _keyed(new)
    changes = [
        Change("added", key, field_label(row), new=_kind(row.get("kind")))
        for key, row in after.items()
        if key not in before
    ]
    changes += [
        Change("removed", key, field_label(row)) for key, row in before.items() if key not in after
    ]
    for key, row in after.items():
        if key in before and before[key] != row:
            changes.append(
                Change("changed", key, field_label(row), parts=_item_parts(before[key], row))
            )
    return changes + _order(before, after, "label")


# --- the fields of a type ----------------------------------------------------------------------


def _version_label(version) -> str:
    return f"{version.framework.code} {version.label}" if version else NONE


def _field_changes(name: str, old, new) -> list[Change]:
    """The readable changes of one field between two types (or branches)."""
    old_value, new_value = getattr(old, name), getattr(new, name)
    if name == "form_schema":
        return _form_changes(old_value or [], new_value or [])
    if name == "stage_plan":
        return _stage_changes(old_value or [], new_value or [])
    if name == "levels":
        return _level_changes(old_value or [], new_value or [])
    if name == "eligibility":
        return _eligibility_changes(
            old_value or {}, new_value or {}, old.form_schema or [], new.form_schema or []
        )
    if name.startswith("description"):
        return []
    if name == "framework_version":
        shown = (_version_label(old_value), _version_label(new_value))
    elif name == "branch":
        shown = (old_value.name, new_value.name)
    elif name == "subject":
        shown = (_labels(AwardSubject, old_value), _labels(AwardSubject, new_value))
    else:
        shown = (_fmt(old_value), _fmt(new_value))
    return [Change("changed", key=name, old=shown[0], new=shown[1])]


def _compare(old, new, fields: dict) -> list[FieldChange]:
    changes = []
    for name, label in fields.items():
        old_value, new_value = getattr(old, name), getattr(new, name)
        if name == "framework_version":
            same = (old_value.pk if old_value else None) == (new_value.pk if new_value else None)
        elif name == "branch":
            same = old_value.code == new_value.code
        else:
            same = old_value == new_value
        if not same:
            changes.append(FieldChange(name, str(label), _field_changes(name, old, new)))
    return changes


def _renamed(old, new) -> bool:
    return old.name_th != new.name_th or old.name_en != new.name_en


def _types(cycle: AwardCycle) -> list[AwardType]:
    return list(
        cycle.award_types.select_related("branch", "framework_version__framework").order_by(
            "branch__position", "position", "code"
        )
    )


def cycle_diff(old: AwardCycle, new: AwardCycle) -> CycleDiff:
    """Compare two cycles (four queries). Types are grouped under their branch in the new cycle
    (the old one for removed types); a type that moved shows `branch` among its changes."""
    old_branches = {branch.code: branch for branch in old.branches.order_by("position", "code")}
    new_branches = {branch.code: branch for branch in new.branches.order_by("position", "code")}
    old_types = {award_type.code: award_type for award_type in _types(old)}
    new_types = {award_type.code: award_type for award_type in _types(new)}
    diffs: dict[str, BranchDiff] = {}
    for code, branch in new_branches.items():
        before = old_branches.get(code)
        if before is None:
            diffs[code] = BranchDiff(code, branch.name, "added")
        else:
            diffs[code] = BranchDiff(
                code,
                branch.name,
                "same",
                renamed=_renamed(before, branch),
                old_name=before.name,
                fields=_compare(before, branch, BRANCH_FIELDS),
            )
    for code, branch in old_branches.items():
        if code not in new_branches:
            diffs[code] = BranchDiff(code, branch.name, "removed")
    for award_type in old_types.values():
        diffs[award_type.branch.code].old_type_count += 1
    for code, award_type in new_types.items():
        branch_diff = diffs[award_type.branch.code]
        branch_diff.new_type_count += 1
        before = old_types.get(code)
        if before is None:
            branch_diff.types_added.append(award_type)
            continue
        fields = _compare(before, award_type, TYPE_FIELDS)
        renamed = _renamed(before, award_type)
        if fields or renamed:
            branch_diff.types_changed.append(TypeChange(code, before, award_type, renamed, fields))
    for code, award_type in old_types.items():
        if code not in new_types:
            diffs[award_type.branch.code].types_removed.append(award_type)
    for branch_diff in diffs.values():
        if branch_diff.status == "same" and (
            branch_diff.renamed
            or branch_diff.fields
            or branch_diff.types_added
            or branch_diff.types_removed
            or branch_diff.types_changed
        ):
            branch_diff.status = "changed"
    return CycleDiff(old, new, list(diffs.values()))

"""What changed between two cycles: branches and types matched by code, added, removed,
renamed or changed, with the configuration fields that changed and a readable detail of each."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

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
class FieldChange:
    field: str
    label: str
    details: list[str] = field(default_factory=list)


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


def _fmt(value) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key}={_fmt(item)}" for key, item in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(_fmt(item) for item in value) + "]"
    return str(value)


def _rows_details(old: list, new: list) -> list[str]:
    """Rows keyed by "key" (form fields, stages, levels): added, removed and changed keys."""
    before = {row.get("key"): row for row in old if isinstance(row, dict)}
    after = {row.get("key"): row for row in new if isinstance(row, dict)}
    details = [f"+ {key}: {_fmt(after[key])}" for key in after if key not in before]
    details += [f"− {key}" for key in before if key not in after]
    for key in after:
        if key in before and before[key] != after[key]:
            names = sorted(
                name
                for name in {*before[key], *after[key]}
                if before[key].get(name) != after[key].get(name)
            )
            changes = "; ".join(
                f"{name}: {_fmt(before[key].get(name, '—'))} → {_fmt(after[key].get(name, '—'))}"
                for name in names
            )
            details.append(f"~ {key}: {changes}")
    if not details and [r.get("key") for r in old] != [r.get("key") for r in new]:
        details.append(str(_("Order changed")))
    return details


def _dict_details(old: dict, new: dict) -> list[str]:
    details = []
    for key in dict.fromkeys([*old, *new]):
        if old.get(key) != new.get(key):
            details.append(f"{key}: {_fmt(old.get(key, '—'))} → {_fmt(new.get(key, '—'))}")
    return details


def _version_label(version) -> str:
    return f"{version.framework.code} {version.label}" if version else "—"


def _field_details(name: str, old_value, new_value) -> list[str]:
    if name in {"form_schema", "stage_plan", "levels"}:
        return _rows_details(old_value or [], new_value or [])
    if name == "eligibility":
        return _dict_details(old_value or {}, new_value or {})
    if name == "framework_version":
        return [f"{_version_label(old_value)} → {_version_label(new_value)}"]
    if name == "branch":
        return [f"{old_value.code} → {new_value.code}"]
    if name.startswith("description"):
        return []
    return [f"{_fmt(old_value)} → {_fmt(new_value)}"]


def _compare(old, new, fields: dict) -> list[FieldChange]:
    changes = []
    for name, label in fields.items():
        if name in {"framework_version", "branch"}:
            old_value, new_value = getattr(old, name), getattr(new, name)
            same = (old_value.pk if old_value else None) == (new_value.pk if new_value else None)
            if name == "branch":
                same = old_value.code == new_value.code
        else:
            old_value, new_value = getattr(old, name), getattr(new, name)
            same = old_value == new_value
        if not same:
            changes.append(
                FieldChange(name, str(label), _field_details(name, old_value, new_value))
            )
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

"""What changed between two versions of a framework, matched by criterion code."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .documents import TEXT_FIELDS
from .scoring import list_key

COMPARED_FIELDS = (*TEXT_FIELDS, "points", "weight", "aggregation", "scale_type")


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str


@dataclass
class CriterionChange:
    code: str
    name_th: str
    name_en: str
    changes: list[FieldChange] = field(default_factory=list)


@dataclass(frozen=True)
class CriterionMove:
    code: str
    name_th: str
    name_en: str
    parent_before: str
    parent_after: str
    position_before: int
    position_after: int


@dataclass
class VersionDiff:
    old_label: str
    new_label: str
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[CriterionChange] = field(default_factory=list)
    moved: list[CriterionMove] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.moved)


def _flat(criteria, parent="") -> dict[str, tuple[dict, str, int]]:
    rows = {}
    for position, entry in enumerate(criteria, start=1):
        rows[entry["code"]] = (entry, parent, position)
        rows.update(_flat(entry.get("children", []), entry["code"]))
    return rows


def _show(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _scale_changes(before: dict, after: dict) -> list[FieldChange]:
    changes = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        if isinstance(old, list) and isinstance(new, list):
            old_items = {str(item.get("key")): item for item in old if isinstance(item, dict)}
            new_items = {str(item.get("key")): item for item in new if isinstance(item, dict)}
            for item_key in dict.fromkeys([*old_items, *new_items]):
                if old_items.get(item_key) != new_items.get(item_key):
                    changes.append(
                        FieldChange(
                            f"scale.{key}[{item_key}]",
                            _show(old_items.get(item_key)),
                            _show(new_items.get(item_key)),
                        )
                    )
        elif old != new:
            changes.append(FieldChange(f"scale.{key}", _show(old), _show(new)))
    return changes


def document_diff(old: dict, new: dict) -> VersionDiff:
    """Differences between two version documents (see documents.py)."""
    diff = VersionDiff(old["version"]["label"], new["version"]["label"])
    before, after = _flat(old["criteria"]), _flat(new["criteria"])
    for code, (entry, _parent, _position) in after.items():
        if code not in before:
            diff.added.append(entry)
    for code, (entry, _parent, _position) in before.items():
        if code not in after:
            diff.removed.append(entry)
    for code, (entry, parent, position) in after.items():
        if code not in before:
            continue
        old_entry, old_parent, old_position = before[code]
        change = CriterionChange(code, entry["name_th"], entry["name_en"])
        for name in COMPARED_FIELDS:
            if old_entry.get(name) != entry.get(name):
                change.changes.append(
                    FieldChange(name, _show(old_entry.get(name)), _show(entry.get(name)))
                )
        if old_entry.get("scale") != entry.get("scale"):
            if old_entry["scale_type"] == entry["scale_type"] and list_key(entry["scale_type"]):
                change.changes += _scale_changes(old_entry["scale"], entry["scale"])
            else:
                change.changes.append(
                    FieldChange("scale", _show(old_entry["scale"]), _show(entry["scale"]))
                )
        if change.changes:
            diff.changed.append(change)
        if parent != old_parent or position != old_position:
            diff.moved.append(
                CriterionMove(
                    code,
                    entry["name_th"],
                    entry["name_en"],
                    old_parent,
                    parent,
                    old_position,
                    position,
                )
            )
    return diff


def version_diff(old, new) -> VersionDiff:
    """Differences between two stored versions: added, removed, changed (each field before and
    after, scales level by level) and moved criteria, matched by code."""
    from .selectors import version_document

    return document_diff(version_document(old), version_document(new))

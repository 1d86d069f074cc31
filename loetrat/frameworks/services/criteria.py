"""Editing a draft version's criteria one at a time. Approved and retired versions are frozen:
every write here refuses them with `version_frozen`."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record, changed_fields, snapshot
from loetrat.core.errors import ConflictError, DomainError

from ..documents import TEXT_FIELDS, _Parser
from ..enums import ScaleType
from ..models import Criterion, FrameworkVersion
from .versions import lock_draft

EDITABLE_FIELDS = [
    "code",
    *TEXT_FIELDS,
    "points",
    "weight",
    "aggregation",
    "scale_type",
    "scale",
]
AUDITED_FIELDS = [*EDITABLE_FIELDS, "parent", "position"]


def _checked(data: dict, *, has_children: bool) -> dict:
    """Validate one criterion's fields as an import would; the cleaned values."""
    parser = _Parser()
    parser.criterion({**data, "scale_type": ScaleType.NONE} if has_children else data, None, 1)
    if has_children and data.get("scale_type", ScaleType.NONE) != ScaleType.NONE:
        raise DomainError(
            _("A criterion with sub-criteria is scored from them; set its scale to none."),
            field="scale_type",
        )
    if parser.problems:
        raise DomainError("; ".join(problem.message for problem in parser.problems))
    node = parser.nodes[0]
    return {name: getattr(node, name) for name in EDITABLE_FIELDS}


def _check_code(version: FrameworkVersion, code: str, exclude_pk=None) -> None:
    qs = Criterion.objects.filter(version=version, code=code)
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    if qs.exists():
        raise ConflictError(
            _("The code %(code)s is already used in this version.") % {"code": code},
            code="duplicate_code",
            field="code",
        )


def _parent_in(version: FrameworkVersion, parent: Criterion | None) -> Criterion | None:
    if parent is None:
        return None
    parent = Criterion.objects.get(pk=parent.pk)
    if parent.version_id != version.pk:
        raise DomainError(_("The parent belongs to another version."), field="parent")
    if parent.scale_type != ScaleType.NONE:
        raise DomainError(
            _("%(code)s is scored directly; set its scale to none before adding sub-criteria.")
            % {"code": parent.code},
            field="parent",
        )
    return parent


def _next_position(version, parent) -> int:
    top = Criterion.objects.filter(version=version, parent=parent).aggregate(Max("position"))
    return (top["position__max"] or 0) + 1


def _repath(criterion: Criterion, parent: Criterion | None) -> None:
    old_path = criterion.path
    criterion.path = criterion.compute_path(parent.path if parent else "")
    criterion.depth = parent.depth + 1 if parent else 0
    if old_path and old_path != criterion.path:
        below = Criterion.objects.filter(
            version_id=criterion.version_id, path__startswith=old_path
        ).exclude(pk=criterion.pk)
        for child in below.only("pk", "path", "depth"):
            child.depth += criterion.depth - (old_path.count(".") - 1)
            child.path = criterion.path + child.path[len(old_path) :]
            child.save(update_fields=["path", "depth"])


@transaction.atomic
def criterion_add(
    *,
    version: FrameworkVersion,
    actor,
    parent: Criterion | None = None,
    position: int | None = None,
    **fields,
) -> Criterion:
    """Add a criterion to a draft, under `parent` or at the top, last unless `position`."""
    version = lock_draft(version)
    parent = _parent_in(version, parent)
    data = _checked(fields, has_children=False)
    _check_code(version, data["code"])
    criterion = Criterion(
        version=version,
        parent=parent,
        position=position if position is not None else _next_position(version, parent),
        **data,
    )
    criterion.save()
    _repath(criterion, parent)
    criterion.save(update_fields=["path", "depth"])
    audit_record(
        actor=actor,
        action="frameworks.version.criterion_added",
        target=version,
        after=snapshot(criterion, AUDITED_FIELDS),
    )
    return criterion


@transaction.atomic
def criterion_update(*, criterion: Criterion, actor, **changes) -> Criterion:
    """Change a draft criterion's code, names, guidance, points, weight, aggregation or scale."""
    version = lock_draft(criterion.version)
    criterion = Criterion.objects.get(pk=criterion.pk)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise DomainError(_("%(field)s cannot be changed here.") % {"field": ", ".join(unknown)})
    before = snapshot(criterion, AUDITED_FIELDS)
    current = {name: getattr(criterion, name) for name in EDITABLE_FIELDS}
    data = _checked({**current, **changes}, has_children=criterion.children.exists())
    if data["code"] != criterion.code:
        _check_code(version, data["code"], exclude_pk=criterion.pk)
    for name, value in data.items():
        setattr(criterion, name, value)
    criterion.save()
    before_changed, after_changed = changed_fields(before, snapshot(criterion, AUDITED_FIELDS))
    if after_changed:
        audit_record(
            actor=actor,
            action="frameworks.version.criterion_changed",
            target=version,
            before={"code": before["code"], **before_changed},
            after={"code": criterion.code, **after_changed},
        )
    return criterion


@transaction.atomic
def criterion_move(
    *, criterion: Criterion, actor, parent: Criterion | None, position: int
) -> Criterion:
    """Put a draft criterion (with its subtree) under another parent and/or at another place."""
    version = lock_draft(criterion.version)
    criterion = Criterion.objects.get(pk=criterion.pk)
    parent = _parent_in(version, parent)
    if parent is not None and parent.path.startswith(criterion.path):
        raise DomainError(
            _("A criterion cannot be placed under itself or one of its sub-criteria."),
            code="parent_cycle",
            field="parent",
        )
    before = snapshot(criterion, ["parent", "position"])
    criterion.parent, criterion.position = parent, max(int(position), 0)
    _repath(criterion, parent)
    criterion.save()
    audit_record(
        actor=actor,
        action="frameworks.version.criterion_moved",
        target=version,
        before={"code": criterion.code, **before},
        after={"code": criterion.code, **snapshot(criterion, ["parent", "position"])},
    )
    return criterion


@transaction.atomic
def criterion_remove(*, criterion: Criterion, actor) -> int:
    """Remove a draft criterion and its sub-criteria; returns how many were removed."""
    version = lock_draft(criterion.version)
    criterion = Criterion.objects.get(pk=criterion.pk)
    subtree = Criterion.objects.subtree_of(criterion)
    codes = list(subtree.order_by("path").values_list("code", flat=True))
    before = snapshot(criterion, AUDITED_FIELDS)
    subtree.order_by("-depth").delete()
    audit_record(
        actor=actor,
        action="frameworks.version.criterion_removed",
        target=version,
        before={**before, "removed_codes": codes},
    )
    return len(codes)

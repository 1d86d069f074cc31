"""Writing whole criteria trees at once (clone, import), a level at a time."""

from __future__ import annotations

from ..models import Criterion, FrameworkVersion

COPIED_FIELDS = (
    "code",
    "position",
    "name_th",
    "name_en",
    "guidance_th",
    "guidance_en",
    "points",
    "weight",
    "aggregation",
    "scale_type",
    "scale",
)


def create_tree(version: FrameworkVersion, nodes) -> int:
    """Create criteria from nodes that carry COPIED_FIELDS and `parent_code`, parents before
    children. Two queries per tree level, whatever the number of criteria."""
    by_depth: dict[int, list] = {}
    depth_of: dict[str, int] = {}
    for node in nodes:
        depth = depth_of[node.parent_code] + 1 if node.parent_code else 0
        depth_of[node.code] = depth
        by_depth.setdefault(depth, []).append(node)
    created: dict[str, Criterion] = {}
    for depth in sorted(by_depth):
        batch = [
            Criterion(
                version=version,
                parent=created[node.parent_code] if node.parent_code else None,
                depth=depth,
                **{name: getattr(node, name) for name in COPIED_FIELDS},
            )
            for node in by_depth[depth]
        ]
        Criterion.objects.bulk_create(batch)
        for criterion in batch:
            parent_path = criterion.parent.path if criterion.parent else ""
            criterion.path = criterion.compute_path(parent_path)
            created[criterion.code] = criterion
        Criterion.objects.bulk_update(batch, ["path"])
    return len(created)


class _Copied:
    def __init__(self, criterion: Criterion, parent_code: str | None):
        for name in COPIED_FIELDS:
            setattr(self, name, getattr(criterion, name))
        self.parent_code = parent_code


def copy_nodes(criteria: list[Criterion]) -> list[_Copied]:
    """Existing criteria (in path order) as nodes for create_tree."""
    codes = {criterion.pk: criterion.code for criterion in criteria}
    return [_Copied(criterion, codes.get(criterion.parent_id)) for criterion in criteria]

"""Reads of frameworks, versions and criteria trees, filtered by what the user may see."""

from __future__ import annotations

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from loetrat.organizations.roles import is_secretariat_user

from .documents import DOCUMENT_FORMAT, node_document
from .models import Criterion, Framework, FrameworkVersion
from .scoring import ScoreNode, VersionTree


def frameworks_visible_to(user) -> QuerySet[Framework]:
    """Every framework for the secretariat, with its number of versions; nothing for others."""
    if not is_secretariat_user(user):
        return Framework.objects.none()
    return Framework.objects.annotate(version_count=Count("versions"))


def frameworks_with_versions(user) -> QuerySet[Framework]:
    """Visible frameworks with their versions prefetched (two queries for any number)."""
    return frameworks_visible_to(user).prefetch_related(
        Prefetch("versions", queryset=FrameworkVersion.objects.order_by("label"))
    )


def framework_get_for(user, *, code: str) -> Framework:
    """One framework the user may see; 404 both when missing and when forbidden."""
    try:
        return frameworks_visible_to(user).get(code=code)
    except Framework.DoesNotExist:
        raise Http404 from None


def versions_of(framework: Framework) -> QuerySet[FrameworkVersion]:
    """A framework's versions, oldest label first, with what they came from."""
    return (
        framework.versions.select_related("cloned_from")
        .annotate(criterion_count=Count("criteria"))
        .order_by("label")
    )


def version_get_for(user, *, code: str, label: str) -> FrameworkVersion:
    """One version of a visible framework; 404 when missing or forbidden."""
    if not is_secretariat_user(user):
        raise Http404
    try:
        return FrameworkVersion.objects.select_related("framework", "cloned_from").get(
            framework__code=code, label=label
        )
    except FrameworkVersion.DoesNotExist:
        raise Http404 from None


def version_by_pk(pk) -> FrameworkVersion | None:
    return FrameworkVersion.objects.select_related("framework").filter(pk=pk).first()


def version_criteria(version: FrameworkVersion) -> list[Criterion]:
    """The criteria in reading order (parents before their children), in one query."""
    return list(Criterion.objects.filter(version=version).order_by("path"))


def _nest(criteria: list[Criterion]):
    children: dict[int | None, list[Criterion]] = {}
    for criterion in criteria:
        children.setdefault(criterion.parent_id, []).append(criterion)
    return children


def version_score_tree(version: FrameworkVersion) -> VersionTree:
    """The version's tree in the scoring module's form (one query)."""
    children = _nest(version_criteria(version))

    def build(criterion: Criterion) -> ScoreNode:
        return ScoreNode(
            code=criterion.code,
            name_th=criterion.name_th,
            name_en=criterion.name_en,
            points=criterion.points,
            weight=criterion.weight,
            aggregation=criterion.aggregation,
            scale_type=criterion.scale_type,
            scale=criterion.scale,
            children=tuple(build(child) for child in children.get(criterion.pk, [])),
        )

    return VersionTree(
        framework_code=version.framework.code,
        label=version.label,
        rounding=version.rounding,
        decimals=version.decimals,
        roots=tuple(build(root) for root in children.get(None, [])),
    )


def version_document(version: FrameworkVersion) -> dict:
    """The version as an interchange document (see documents.py): the export format."""
    framework = version.framework
    criteria = version_criteria(version)
    entries = {criterion.pk: node_document(criterion) for criterion in criteria}
    roots = []
    for criterion in criteria:
        entry = entries[criterion.pk]
        if criterion.parent_id is None:
            roots.append(entry)
        else:
            entries[criterion.parent_id]["children"].append(entry)
    return {
        "format": DOCUMENT_FORMAT,
        "framework": {
            "code": framework.code,
            "name_th": framework.name_th,
            "name_en": framework.name_en,
            "description_th": framework.description_th,
            "description_en": framework.description_en,
            "kind": framework.kind,
        },
        "version": {
            "label": version.label,
            "rounding": version.rounding,
            "decimals": version.decimals,
            "notes": version.notes,
        },
        "criteria": roots,
    }


def version_tree_rows(version: FrameworkVersion) -> list[Criterion]:
    """Criteria in reading order, each with `level_rows` ready for display of its scale."""
    return version_criteria(version)

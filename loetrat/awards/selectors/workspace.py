"""The secretariat's view of a cycle: every application, filtered and searched, with the
applicant's ministry and province resolved in one query per page (not per row)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from loetrat.core.text import search_key
from loetrat.organizations.enums import OrganizationKind
from loetrat.organizations.models import Organization

from ..models import Application, AwardCycle


@dataclass(frozen=True)
class WorkspaceFilters:
    branch: int | None = None
    award_type: int | None = None
    ministry: Organization | None = None
    province: Organization | None = None
    state: str = ""
    level: str = ""
    text: str = ""


# The columns the workspace list shows, and nothing else: the answers (`data`), the
# eligibility snapshot and the type's form schema, stage plan and levels are large JSON the list
# never reads, and the database would otherwise carry them through the sort of every matching row.
LIST_FIELDS = (
    "pk",
    "reference",
    "title_th",
    "state",
    "submitted_at",
    "award_level",
    "award_type__code",
    "award_type__name_th",
    "award_type__name_en",
    "award_type__branch__name_th",
    "award_type__branch__name_en",
    "organization__name_th",
    "organization__name_en",
    "organization__path",
)


def workspace_applications(cycle: AwardCycle, filters: WorkspaceFilters | None = None) -> QuerySet:
    """The cycle's applications matching `filters`, with type, branch and agency joined and
    only the columns of the list loaded (`LIST_FIELDS`).
    Ministry and province match the applicant or any body above it (path prefix)."""
    filters = filters or WorkspaceFilters()
    qs = (
        Application.objects.filter(cycle=cycle)
        .select_related("award_type__branch", "organization")
        .only(*LIST_FIELDS)
    )
    if filters.branch:
        qs = qs.filter(award_type__branch_id=filters.branch)
    if filters.award_type:
        qs = qs.filter(award_type_id=filters.award_type)
    if filters.ministry is not None:
        qs = qs.filter(organization__path__startswith=filters.ministry.path)
    if filters.province is not None:
        qs = qs.filter(organization__path__startswith=filters.province.path)
    if filters.state:
        qs = qs.filter(state=filters.state)
    if filters.level:
        qs = qs.filter(award_level=filters.level)
    text = filters.text.strip()
    if text:
        key = search_key(text)
        qs = qs.filter(
            Q(search_text__contains=key)
            | Q(title_th__icontains=text)
            | Q(reference__iexact=text)
            | Q(organization__search_text__contains=key)
        )
    return qs


def _ancestor_ids(path: str) -> list[int]:
    return [int(part) for part in path.split(".") if part]


def attach_places(applications: Iterable[Application]) -> list[Application]:
    """Set `ministry` and `province` (or None) on each application's organisation from its
    ancestors, in one query."""
    applications = list(applications)
    wanted = set()
    for application in applications:
        wanted.update(_ancestor_ids(application.organization.path))
    places = {
        body.pk: body
        for body in Organization.objects.filter(
            pk__in=wanted, kind__in=[OrganizationKind.MINISTRY, OrganizationKind.PROVINCE]
        ).only("pk", "kind", "name_th", "name_en", "path")
    }
    for application in applications:
        organization = application.organization
        ancestors = [places[i] for i in _ancestor_ids(organization.path) if i in places]
        organization.ministry = next(
            (b for b in ancestors if b.kind == OrganizationKind.MINISTRY), None
        )
        organization.province = next(
            (b for b in ancestors if b.kind == OrganizationKind.PROVINCE), None
        )
    return applications


def places() -> QuerySet[Organization]:
    """Ministries and provinces (for the filters), by name, in one query."""
    return (
        Organization.objects.filter(kind__in=[OrganizationKind.MINISTRY, OrganizationKind.PROVINCE])
        .only("pk", "kind", "name_th", "name_en", "path")
        .order_by("name_sort")
    )


def levels_of_cycle(cycle: AwardCycle) -> list[tuple[str, str]]:
    """(key, Thai name) of every award level used by the cycle's types, in order of first use."""
    return levels_in(cycle.award_types.values_list("levels", flat=True))


def levels_in(level_lists: Iterable) -> list[tuple[str, str]]:
    """(key, Thai name) of the levels in the types' `levels` lists, in order of first use."""
    seen: dict[str, str] = {}
    for levels in level_lists:
        for level in levels or []:
            if isinstance(level, dict) and level.get("key"):
                seen.setdefault(level["key"], level.get("name_th") or level["key"])
    return list(seen.items())

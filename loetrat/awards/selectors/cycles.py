"""Reads of award cycles, branches and types, filtered by what the user may see, and the
comparison of two cycles ("what changed from 2565 to 2566")."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from loetrat.organizations.roles import is_secretariat_user

from ..enums import CycleStatus
from ..models import Application, AwardBranch, AwardCycle, AwardType, DeadlineExtension
from .diff import CycleDiff, cycle_diff

DEFAULT_PROGRAMME = "loetrat"

__all__ = [
    "CycleDiff",
    "award_type_get_for",
    "cycle_diff",
    "cycle_get_for",
    "cycle_state_counts",
    "cycle_structure",
    "cycles_visible_to",
    "type_extensions",
    "types_visible_to",
]


def cycles_visible_to(user) -> QuerySet[AwardCycle]:
    """Every cycle for the secretariat; published and closed ones for anyone else who may see
    cycles (anyone with a current role); nothing for others."""
    if not user.has_perm("awards.view_cycle"):
        return AwardCycle.objects.none()
    qs = AwardCycle.objects.select_related("programme", "copied_from")
    if is_secretariat_user(user):
        return qs
    return qs.exclude(status=CycleStatus.DRAFT)


def cycle_get_for(user, year_be, *, programme: str = DEFAULT_PROGRAMME) -> AwardCycle:
    """One cycle by its Buddhist-Era year; 404 when missing or not visible."""
    try:
        return cycles_visible_to(user).get(programme__code=programme, year_be=int(year_be))
    except (AwardCycle.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def types_visible_to(user) -> QuerySet[AwardType]:
    return AwardType.objects.filter(cycle__in=cycles_visible_to(user)).select_related(
        "cycle", "branch", "framework_version__framework"
    )


def award_type_get_for(user, pk) -> AwardType:
    """One type of a visible cycle; 404 when missing or not visible."""
    try:
        return types_visible_to(user).get(pk=int(pk))
    except (AwardType.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def cycle_years() -> list[int]:
    """Every cycle's year, newest first."""
    return list(AwardCycle.objects.values_list("year_be", flat=True).order_by("-year_be"))


def award_types_by_pk(ids) -> QuerySet[AwardType]:
    """The types with these keys, with their cycle and branch (for choosing one)."""
    return AwardType.objects.filter(pk__in=list(ids)).select_related("cycle", "branch")


def award_type_get(pk) -> AwardType:
    """One type by its key, whatever the cycle's state (the services say when it is not open);
    404 when there is none."""
    found = AwardType.objects.select_related("cycle").filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def cycle_structure(cycle: AwardCycle, *, names_only: bool = False) -> list[AwardBranch]:
    """The cycle's branches in order, each with `types` (its award types in order): two queries.
    `names_only` reads just the types' codes and names (not their forms, rules or criteria)."""
    if names_only:
        types = AwardType.objects.only("pk", "branch_id", "code", "name_th", "name_en")
    else:
        types = AwardType.objects.select_related("framework_version__framework")
    types = types.order_by("position", "code")
    return list(
        cycle.branches.order_by("position", "code").prefetch_related(
            Prefetch("award_types", queryset=types, to_attr="types")
        )
    )


def cycle_state_counts(cycle: AwardCycle) -> dict[int, dict[str, int]]:
    """{type id: {state: number of applications}} in one aggregate query."""
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    rows = (
        Application.objects.filter(cycle=cycle)
        .values_list("award_type_id", "state")
        .annotate(n=Count("id"))
        .order_by()
    )
    for type_id, state, n in rows:
        counts[type_id][state] = n
    return dict(counts)


def type_extensions(award_type: AwardType) -> QuerySet[DeadlineExtension]:
    """The deadline extensions granted for a type, with their agencies and who granted them."""
    return award_type.extensions.select_related("organization", "granted_by").order_by(
        "organization__name_th"
    )

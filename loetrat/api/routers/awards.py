"""Award programmes, cycles, branches and types: the same selectors, services and permissions
as the secretariat's pages. PATCH checks the configuration first and answers 422 listing every
problem with the part of the type at fault."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Status
from ninja.pagination import paginate

from loetrat.awards.enums import ApplicationState
from loetrat.awards.selectors.cycles import (
    award_type_get_for,
    cycle_diff,
    cycle_get_for,
    cycle_state_counts,
    cycle_structure,
    cycles_visible_to,
    types_visible_to,
)
from loetrat.awards.services import (
    award_type_update,
    cycle_copy,
    eligibility_rule_problems,
    levels_problems,
    stage_plan_problems,
)
from loetrat.core.formschema.schema import form_schema_problems
from loetrat.frameworks.selectors import version_by_pk

from ..errors import problems_response
from ..pagination import BoundedPagination
from ..permissions import require_perm
from ..schemas.awards import (
    CopyIn,
    CountsOut,
    CycleDetailOut,
    CycleOut,
    DiffOut,
    TypeOut,
    TypeSummaryOut,
    TypeUpdateIn,
)
from ..schemas.common import Error

router = Router(tags=["awards"])


@router.get("/cycles", response=list[CycleOut], summary="Award cycles you may see")
@paginate(BoundedPagination)
def list_cycles(request: HttpRequest):
    require_perm(request, "awards.view_cycle")
    return cycles_visible_to(request.user).order_by("-year_be")


@router.get(
    "/cycles/{year}",
    response={200: CycleDetailOut, 403: Error, 404: Error},
    summary="One cycle (by its B.E. year) with its branches and types",
)
def get_cycle(request: HttpRequest, year: int):
    require_perm(request, "awards.view_cycle")
    cycle = cycle_get_for(request.user, year)
    branches = cycle_structure(cycle)
    for branch in branches:
        branch.types = list(branch.types)
        for award_type in branch.types:
            award_type.branch = branch
    cycle.branch_rows = branches
    return cycle


@router.get(
    "/cycles/{year}/types",
    response=list[TypeSummaryOut],
    summary="The award types of a cycle",
)
@paginate(BoundedPagination)
def list_types(request: HttpRequest, year: int):
    require_perm(request, "awards.view_cycle")
    cycle = cycle_get_for(request.user, year)
    return (
        types_visible_to(request.user)
        .filter(cycle=cycle)
        .order_by("branch__position", "position", "code")
    )


@router.post(
    "/cycles/{year}/copy",
    response={201: CycleOut, 400: Error, 403: Error, 404: Error, 409: Error},
    summary="Copy a cycle with its branches and types to a new year",
)
def copy_cycle(request: HttpRequest, year: int, payload: CopyIn):
    require_perm(request, "awards.manage_cycle")
    cycle = cycle_get_for(request.user, year)
    return Status(201, cycle_copy(cycle=cycle, year_be=payload.year_be, actor=request.user))


@router.get(
    "/cycles/{year}/diff/{other_year}",
    response={200: DiffOut, 403: Error, 404: Error},
    summary="What changed from other_year to year",
)
def diff_cycles(request: HttpRequest, year: int, other_year: int):
    require_perm(request, "awards.view_cycle")
    new = cycle_get_for(request.user, year)
    old = cycle_get_for(request.user, other_year)
    diff = cycle_diff(old, new)

    def ref(award_type):
        return {
            "id": award_type.pk,
            "code": award_type.code,
            "name_th": award_type.name_th,
            "name_en": award_type.name_en,
        }

    return {
        "old_year": old.year_be,
        "new_year": new.year_be,
        "branches": [
            {
                "code": branch.code,
                "status": branch.status,
                "renamed": branch.renamed,
                "old_type_count": branch.old_type_count,
                "new_type_count": branch.new_type_count,
                "types_added": [ref(t) for t in branch.types_added],
                "types_removed": [ref(t) for t in branch.types_removed],
                "types_changed": [
                    {
                        "code": change.code,
                        "renamed": change.renamed,
                        "old_name_th": change.old.name_th,
                        "new_name_th": change.new.name_th,
                        "fields": [vars(field) for field in change.fields],
                    }
                    for change in branch.types_changed
                ],
            }
            for branch in diff.branches
        ],
    }


@router.get(
    "/cycles/{year}/counts",
    response={200: CountsOut, 403: Error, 404: Error},
    summary="Applications per type and state (secretariat)",
)
def cycle_counts(request: HttpRequest, year: int):
    require_perm(request, "awards.view_workspace")
    cycle = cycle_get_for(request.user, year)
    counts = cycle_state_counts(cycle)
    types = cycle.award_types.order_by("branch__position", "position", "code")
    totals = dict.fromkeys(ApplicationState.values, 0)
    rows = []
    for award_type in types.only("pk", "code"):
        by_state = {state: counts.get(award_type.pk, {}).get(state, 0) for state in totals}
        for state, n in by_state.items():
            totals[state] += n
        rows.append(
            {
                "id": award_type.pk,
                "code": award_type.code,
                "counts": by_state,
                "total": sum(by_state.values()),
            }
        )
    return {
        "year_be": cycle.year_be,
        "types": rows,
        "totals": totals,
        "total": sum(totals.values()),
    }


@router.get(
    "/types/{type_id}",
    response={200: TypeOut, 403: Error, 404: Error},
    summary="One award type with its whole configuration",
)
def get_type(request: HttpRequest, type_id: int):
    require_perm(request, "awards.view_cycle")
    return award_type_get_for(request.user, type_id)


def _config_problems(payload: TypeUpdateIn, award_type) -> list[dict]:
    schema = payload.form_schema if payload.form_schema is not None else award_type.form_schema
    checks = [
        ("form_schema", payload.form_schema, lambda: form_schema_problems(payload.form_schema)),
        ("levels", payload.levels, lambda: levels_problems(payload.levels)),
        ("stage_plan", payload.stage_plan, lambda: stage_plan_problems(payload.stage_plan)),
        (
            "eligibility",
            payload.eligibility,
            lambda: eligibility_rule_problems(payload.eligibility, schema),
        ),
    ]
    return [
        {"field": field, "message": str(problem)}
        for field, sent, check in checks
        if sent is not None
        for problem in check()
    ]


def _invalid(details: list[dict]) -> Status:
    return problems_response(details, "validation_error", _("The configuration is not valid."))


@router.patch(
    "/types/{type_id}",
    response={200: TypeOut, 400: Error, 403: Error, 404: Error, 409: Error, 422: Error},
    summary="Change an award type's configuration (only the fields sent)",
)
def update_type(request: HttpRequest, type_id: int, payload: TypeUpdateIn):
    require_perm(request, "awards.manage_cycle")
    award_type = award_type_get_for(request.user, type_id)
    problems = _config_problems(payload, award_type)
    if problems:
        return _invalid(problems)
    changes = payload.model_dump(exclude_unset=True)
    reason = changes.pop("reason", "")
    if "framework_version_id" in changes:
        version_id = changes.pop("framework_version_id")
        changes["framework_version"] = version_by_pk(version_id) if version_id else None
        if version_id and changes["framework_version"] is None:
            return _invalid(
                [{"field": "framework_version_id", "message": _("No such criteria version.")}]
            )
    award_type_update(award_type=award_type, actor=request.user, reason=reason, **changes)
    return award_type_get_for(request.user, type_id)

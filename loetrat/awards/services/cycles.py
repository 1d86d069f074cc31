"""Writes to the award structure: cycles, branches and types. Every change is audited
(`awards.cycle.*`, `awards.branch.*`, `awards.type.*`); a published or closed cycle keeps its
branches and types, and a type with applications is never removed."""

from __future__ import annotations

import datetime
import zoneinfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record, changed_fields, snapshot
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.transitions import StateMachine, transition

from ..enums import CYCLE_TRANSITIONS, CycleAction, CycleStatus
from ..models import AwardBranch, AwardCycle, AwardProgramme, AwardType
from ..selectors.cycles import DEFAULT_PROGRAMME
from .type_config import (
    award_type_problems,
    eligibility_rule_problems,
    form_problems,
    levels_problems,
    stage_plan_problems,
    window_problems,
)

CYCLE_FIELDS = ["name_th", "name_en", "year_be", "status", "copied_from", "announcement_th"]
BRANCH_FIELDS = ["code", "name_th", "name_en", "position", "description_th", "description_en"]
TYPE_FIELDS = [
    "code",
    "branch",
    "name_th",
    "name_en",
    "position",
    "description_th",
    "description_en",
    "subject",
    "shared_work",
    "framework_version",
    "form_schema",
    "eligibility",
    "stage_plan",
    "levels",
    "opens_at",
    "closes_at",
    "max_file_mb",
    "max_total_mb",
]
TYPE_EDITABLE = set(TYPE_FIELDS) - {"code"}
BRANCH_EDITABLE = set(BRANCH_FIELDS) - {"code"}


def cycle_names(year_be: int) -> tuple[str, str]:
    """รางวัลเลิศรัฐ ประจำปี 2566 / Public Sector Excellence Awards 2023."""
    return f"รางวัลเลิศรัฐ ประจำปี {year_be}", f"Public Sector Excellence Awards {year_be - 543}"


def _check_year(programme: AwardProgramme, year_be: int) -> None:
    if not 2500 <= int(year_be) <= 2700:
        raise DomainError(
            _("Give the year in the Buddhist Era, e.g. 2566."), code="bad_year", field="year_be"
        )
    if AwardCycle.objects.filter(programme=programme, year_be=year_be).exists():
        raise ConflictError(
            _("The cycle %(year)s already exists.") % {"year": year_be},
            code="cycle_exists",
            field="year_be",
        )


def _editable(cycle: AwardCycle, *, structure: bool = False) -> None:
    """A closed cycle is frozen; branches and types come and go only while it is a draft."""
    if cycle.status == CycleStatus.CLOSED:
        raise ConflictError(
            _("The cycle %(year)s is closed.") % {"year": cycle.year_be}, code="cycle_closed"
        )
    if structure and cycle.status != CycleStatus.DRAFT:
        raise ConflictError(
            _("Branches and types can be added or removed only while the cycle is being prepared."),
            code="cycle_not_draft",
        )


@transaction.atomic
def cycle_create(
    *, programme: AwardProgramme, year_be: int, actor, name_th: str = "", name_en: str = ""
) -> AwardCycle:
    """A new, empty draft cycle named by its Buddhist-Era year."""
    _check_year(programme, year_be)
    default_th, default_en = cycle_names(int(year_be))
    cycle = AwardCycle.objects.create(
        programme=programme,
        year_be=year_be,
        name_th=name_th or default_th,
        name_en=name_en or default_en,
        status=CycleStatus.DRAFT,
    )
    audit_record(
        actor=actor,
        action="awards.cycle.created",
        target=cycle,
        after=snapshot(cycle, CYCLE_FIELDS),
    )
    return cycle


def shift_years(value: datetime.datetime | None, years: int) -> datetime.datetime | None:
    """The same local (Asia/Bangkok) wall time `years` later; 29 February becomes the 28th."""
    if value is None:
        return None
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    local = timezone.localtime(value, zone)
    try:
        moved = local.replace(year=local.year + years, tzinfo=None)
    except ValueError:
        moved = local.replace(year=local.year + years, day=28, tzinfo=None)
    return timezone.make_aware(moved, zone)


@transaction.atomic
def cycle_copy(*, cycle: AwardCycle, year_be: int, actor) -> AwardCycle:
    """A draft cycle for `year_be` with the branches and types of `cycle` (all configuration,
    the same criteria versions, windows moved by the difference in years)."""
    _check_year(cycle.programme, year_be)
    years = int(year_be) - cycle.year_be
    name_th, name_en = cycle_names(int(year_be))
    copy = AwardCycle.objects.create(
        programme=cycle.programme,
        year_be=year_be,
        name_th=name_th,
        name_en=name_en,
        status=CycleStatus.DRAFT,
        copied_from=cycle,
        announcement_th=cycle.announcement_th,
        announcement_en=cycle.announcement_en,
    )
    branches = {}
    for branch in cycle.branches.order_by("position", "code"):
        branches[branch.pk] = AwardBranch.objects.create(
            cycle=copy, **{name: getattr(branch, name) for name in BRANCH_FIELDS}
        )
    types = []
    for award_type in cycle.award_types.order_by("pk"):
        values = {name: getattr(award_type, name) for name in TYPE_FIELDS if name != "branch"}
        values["opens_at"] = shift_years(award_type.opens_at, years)
        values["closes_at"] = shift_years(award_type.closes_at, years)
        types.append(AwardType(cycle=copy, branch=branches[award_type.branch_id], **values))
    AwardType.objects.bulk_create(types)
    audit_record(
        actor=actor,
        action="awards.cycle.copied",
        target=copy,
        after={
            "copied_from": cycle.year_be,
            "year_be": copy.year_be,
            "branches": len(branches),
            "types": len(types),
        },
    )
    return copy


def cycle_problems(cycle: AwardCycle) -> list[tuple[AwardType | None, object]]:
    """(type, problem) for everything that keeps the cycle from being published."""
    types = list(
        cycle.award_types.select_related("framework_version").order_by(
            "branch__position", "position"
        )
    )
    if not types:
        return [(None, _("The cycle has no award types yet."))]
    return [
        (award_type, problem) for award_type in types for problem in award_type_problems(award_type)
    ]


def default_programme() -> AwardProgramme:
    """The Public Sector Excellence Awards, created the first time a cycle is."""
    programme, _created = AwardProgramme.objects.get_or_create(
        code=DEFAULT_PROGRAMME,
        defaults={"name_th": "รางวัลเลิศรัฐ", "name_en": "Public Sector Excellence Awards"},
    )
    return programme


CYCLE_MACHINE = StateMachine(
    model=AwardCycle,
    transitions=CYCLE_TRANSITIONS,
    audit_prefix="awards.cycle",
    audit_verbs={CycleAction.PUBLISH: "published", CycleAction.CLOSE: "closed"},
    refusal=lambda cycle, action: (
        ConflictError(_("Only a cycle being prepared can be published."), code="not_draft")
        if action == CycleAction.PUBLISH
        else ConflictError(_("Only a published cycle can be closed."), code="not_published")
    ),
)


def _check_complete(cycle: AwardCycle, _new_status) -> None:
    problems = cycle_problems(cycle)
    if problems:
        first_type, first = problems[0]
        where = f"{first_type.code}: " if first_type else ""
        raise DomainError(
            _("The cycle cannot be published yet (%(count)s problems), first: %(first)s")
            % {"count": len(problems), "first": f"{where}{first}"},
            code="cycle_incomplete",
        )


def cycle_publish(*, cycle: AwardCycle, actor) -> AwardCycle:
    """Open the cycle to agencies once every type is complete (approved criteria version, a
    valid form, levels, stages and a window)."""
    return transition(
        CYCLE_MACHINE, cycle, action=CycleAction.PUBLISH, actor=actor, check=_check_complete
    )


def cycle_close(*, cycle: AwardCycle, actor) -> AwardCycle:
    """Close a published cycle; it stays readable and is frozen."""
    return transition(CYCLE_MACHINE, cycle, action=CycleAction.CLOSE, actor=actor)


@transaction.atomic
def branch_create(
    *, cycle: AwardCycle, actor, code: str, name_th: str, name_en: str = "", **fields
) -> AwardBranch:
    """Add a branch (สาขา) to a draft cycle."""
    _editable(cycle, structure=True)
    code = code.strip()
    if cycle.branches.filter(code=code).exists():
        raise ConflictError(
            _("The branch code %(code)s is already used in this cycle.") % {"code": code},
            code="duplicate_code",
            field="code",
        )
    if "position" not in fields:
        fields["position"] = cycle.branches.count() + 1
    branch = AwardBranch(cycle=cycle, code=code, name_th=name_th, name_en=name_en, **fields)
    branch.full_clean()
    branch.save()
    audit_record(
        actor=actor,
        action="awards.branch.created",
        target=branch,
        after=snapshot(branch, BRANCH_FIELDS),
    )
    return branch


@transaction.atomic
def branch_update(*, branch: AwardBranch, actor, **changes) -> AwardBranch:
    """Rename or describe a branch, or move it in the order."""
    _editable(branch.cycle)
    before = snapshot(branch, BRANCH_FIELDS)
    for name, value in changes.items():
        if name not in BRANCH_EDITABLE:
            raise DomainError(_("%(field)s cannot be changed here.") % {"field": name}, field=name)
        setattr(branch, name, value)
    branch.full_clean()
    before, after = changed_fields(before, snapshot(branch, BRANCH_FIELDS))
    if after:
        branch.save()
        audit_record(
            actor=actor, action="awards.branch.updated", target=branch, before=before, after=after
        )
    return branch


@transaction.atomic
def branch_remove(*, branch: AwardBranch, actor) -> None:
    """Remove an empty branch of a draft cycle."""
    _editable(branch.cycle, structure=True)
    if branch.award_types.exists():
        raise ConflictError(_("Remove the branch's award types first."), code="branch_not_empty")
    audit_record(
        actor=actor,
        action="awards.branch.removed",
        target=branch,
        before=snapshot(branch, BRANCH_FIELDS),
    )
    branch.delete()


def _validate_config(award_type: AwardType, changed: set[str]) -> None:
    """Refuse bad configuration, naming the part at fault."""
    checks = [
        ("levels", lambda: levels_problems(award_type.levels)),
        ("stage_plan", lambda: stage_plan_problems(award_type.stage_plan)),
        (
            "eligibility",
            lambda: eligibility_rule_problems(award_type.eligibility, award_type.form_schema),
        ),
        (
            "form_schema",
            lambda: form_problems(award_type.form_schema) if award_type.form_schema else [],
        ),
    ]
    for field, check in checks:
        if field in changed or (field == "eligibility" and "form_schema" in changed):
            problems = check()
            if problems:
                raise DomainError(
                    " ".join(str(p) for p in problems), code=f"invalid_{field}", field=field
                )
    if {"opens_at", "closes_at"} & changed and (award_type.opens_at or award_type.closes_at):
        problems = window_problems(award_type.opens_at, award_type.closes_at)
        if problems:
            raise DomainError(problems[0], code="invalid_window", field="closes_at")


def _check_branch(award_type: AwardType) -> None:
    if award_type.branch.cycle_id != award_type.cycle_id:
        raise DomainError(
            _("The branch belongs to another cycle."), code="wrong_branch", field="branch"
        )


@transaction.atomic
def award_type_create(
    *, branch: AwardBranch, actor, code: str, name_th: str, name_en: str = "", **fields
) -> AwardType:
    """Add an award type (ประเภท) to a branch of a draft cycle."""
    cycle = branch.cycle
    _editable(cycle, structure=True)
    code = code.strip().upper()
    if cycle.award_types.filter(code=code).exists():
        raise ConflictError(
            _("The type code %(code)s is already used in this cycle.") % {"code": code},
            code="duplicate_code",
            field="code",
        )
    if "position" not in fields:
        fields["position"] = branch.award_types.count() + 1
    award_type = AwardType(
        cycle=cycle, branch=branch, code=code, name_th=name_th, name_en=name_en, **fields
    )
    _validate_config(award_type, set(fields))
    award_type.full_clean()
    award_type.save()
    audit_record(
        actor=actor,
        action="awards.type.created",
        target=award_type,
        after=snapshot(award_type, TYPE_FIELDS),
    )
    return award_type


@transaction.atomic
def award_type_update(*, award_type: AwardType, actor, reason: str = "", **changes) -> AwardType:
    """Change a type's configuration. In a published cycle the type must stay complete."""
    award_type = (
        AwardType.objects.select_for_update(of=("self",))
        .select_related("cycle")
        .get(pk=award_type.pk)
    )
    _editable(award_type.cycle)
    before = snapshot(award_type, TYPE_FIELDS)
    for name, value in changes.items():
        if name not in TYPE_EDITABLE:
            raise DomainError(_("%(field)s cannot be changed here.") % {"field": name}, field=name)
        setattr(award_type, name, value)
    if "branch" in changes:
        _check_branch(award_type)
    _validate_config(award_type, set(changes))
    award_type.full_clean()
    if award_type.cycle.status == CycleStatus.PUBLISHED:
        problems = award_type_problems(award_type)
        if problems:
            raise DomainError(
                _("A type of a published cycle must stay complete: %(problem)s")
                % {"problem": problems[0]},
                code="type_incomplete",
                field=problems[0].field,
            )
    before, after = changed_fields(before, snapshot(award_type, TYPE_FIELDS))
    if after:
        award_type.save()
        audit_record(
            actor=actor,
            action="awards.type.updated",
            target=award_type,
            before=before,
            after=after,
            reason=reason,
        )
    return award_type


@transaction.atomic
def award_type_remove(*, award_type: AwardType, actor) -> None:
    """Remove a type of a draft cycle that no agency has applied for."""
    _editable(award_type.cycle, structure=True)
    if award_type.applications.exists() or award_type.extensions.exists():
        raise ConflictError(
            _("Agencies have applied for this type; it cannot be removed."),
            code="type_has_applications",
        )
    audit_record(
        actor=actor,
        action="awards.type.removed",
        target=award_type,
        before=snapshot(award_type, TYPE_FIELDS),
    )
    award_type.delete()

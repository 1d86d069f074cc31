"""Demo award cycles: รางวัลเลิศรัฐ 2565 (closed) and 2566, copied from 2565 with the changes of
seed 001 and open for applications now. Everything goes through the services, so the audit log
tells the story. Loading twice adds nothing.

The data lives in loetrat/demo/data/awards/: cycles.json has the programme, the named stage
plans, the closed cycle (its window, branches and types, and the criteria each type uses) and
what the open cycle changes in its copy (types removed, moved and added, and the new settings of
copied types). A type's `form` names an application form under forms/ (the JSON the form editor
takes), `stages` a stage plan, and `framework` its criteria version, imported from the file
given (an export document under rubrics-2565/) when the frameworks demo does not have it."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from loetrat.frameworks.demo import TYPE_FRAMEWORKS, approve_on_paper, load_demo_frameworks
from loetrat.frameworks.models import FrameworkVersion
from loetrat.frameworks.services import version_import

from .enums import CycleStatus
from .models import AwardCycle, AwardProgramme, AwardType
from .services import (
    award_type_create,
    award_type_remove,
    award_type_update,
    branch_create,
    cycle_close,
    cycle_copy,
    cycle_create,
    cycle_publish,
)

DATA = Path(__file__).resolve().parent.parent / "demo" / "data" / "awards"
# Keys of a type in the data that name something rather than hold a field.
_REFERENCES = ("form", "stages", "framework", "branch", "position")


def _read(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def demo_cycles_data() -> dict:
    """cycles.json as written (see the module docstring); a fresh copy on each call."""
    return _read(DATA / "cycles.json")


def demo_programme() -> dict:
    """The demo programme's fields: code, name_th, name_en, description_th, description_en."""
    return demo_cycles_data()["programme"]


def _bangkok(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def open_window(today: datetime.date | None = None) -> tuple[datetime.datetime, datetime.datetime]:
    """A window that includes today: from 30 days ago at 08:30 to 60 days ahead at 16:30."""
    today = today or timezone.localdate()
    return (
        _bangkok(today - datetime.timedelta(days=30), 8, 30),
        _bangkok(today + datetime.timedelta(days=60), 16, 30),
    )


def _fields(spec: dict, data: dict) -> dict:
    """A type's fields for the services, its form and stage plan looked up by name."""
    fields = {name: value for name, value in spec.items() if name not in _REFERENCES}
    if "form" in spec:
        fields["form_schema"] = _read(DATA / "forms" / f"{spec['form']}.json")
    if "stages" in spec:
        fields["stage_plan"] = copy.deepcopy(data["stage_plans"][spec["stages"]])
    return fields


def demo_structure(year_be: int) -> list[tuple[dict, list[dict]]]:
    """The branches of the demo cycle of `year_be` (the closed or the open one), in order, each
    with its types in order: (branch fields, [type fields]) as AwardBranch and AwardType take
    them, without positions, windows or criteria versions."""
    data = demo_cycles_data()
    closed, opened = data["closed"], data["open"]
    if year_be not in (closed["year_be"], opened["year_be"]):
        raise ValueError(f"The demo has no cycle {year_be}.")
    branches = []
    for branch in closed["branches"]:
        types = [(position, spec) for position, spec in enumerate(branch.pop("types"), start=1)]
        branches.append((branch, types))
    if year_be == opened["year_be"]:
        moved = {move["code"]: move["position"] for move in opened["moved"]}
        for branch, types in branches:
            types[:] = [
                (moved.get(code, position), {**spec, **opened["changes"].get(code, {})})
                for position, spec in types
                if (code := spec["code"]) not in opened["removed"]
            ]
            types += [
                (added["position"], added)
                for added in opened["added"]
                if added["branch"] == branch["code"]
            ]
    return [
        (branch, [_fields(spec, data) for _position, spec in sorted(types, key=lambda t: t[0])])
        for branch, types in branches
    ]


def _version(code: str, label: str) -> FrameworkVersion | None:
    return FrameworkVersion.objects.filter(framework__code=code, label=label).first()


def _framework_version(framework: dict | None, approval: dict, actor) -> FrameworkVersion | None:
    """The criteria version a closed-cycle type uses: the frameworks demo's, or imported from
    its file and approved on paper."""
    if not framework:
        return None
    existing = _version(framework["code"], framework["label"])
    if existing is not None or "file" not in framework:
        return existing
    version = version_import(document=_read(DATA / framework["file"]), actor=actor)
    return approve_on_paper(version, approval, actor)


def _programme() -> AwardProgramme:
    fields = demo_programme()
    programme, _created = AwardProgramme.objects.get_or_create(code=fields["code"], defaults=fields)
    return programme


def _load_closed(programme: AwardProgramme, actor) -> AwardCycle:
    """The closed cycle, built from nothing, published and closed."""
    data = demo_cycles_data()
    spec = data["closed"]
    cycle = cycle_create(programme=programme, year_be=spec["year_be"], actor=actor)
    opens, closes = (
        timezone.make_aware(datetime.datetime.fromisoformat(spec[name]))
        for name in ("opens_at", "closes_at")
    )
    for position, row in enumerate(spec["branches"], start=1):
        types = row.pop("types")
        branch = branch_create(cycle=cycle, actor=actor, position=position, **row)
        for type_position, type_spec in enumerate(types, start=1):
            award_type_create(
                branch=branch,
                actor=actor,
                position=type_position,
                framework_version=_framework_version(
                    type_spec.get("framework"), spec["approval"], actor
                ),
                opens_at=opens,
                closes_at=closes,
                **_fields(type_spec, data),
            )
    cycle_publish(cycle=cycle, actor=actor)
    return cycle_close(cycle=cycle, actor=actor)


def _version_open(type_code: str) -> FrameworkVersion | None:
    if type_code not in TYPE_FRAMEWORKS:
        return None
    return _version(*TYPE_FRAMEWORKS[type_code])


def _load_open(old: AwardCycle, actor) -> AwardCycle:
    """The open cycle: a copy of the closed one with the sub-committee's changes, published
    with a window that includes today."""
    data = demo_cycles_data()
    spec = data["open"]
    cycle = cycle_copy(cycle=old, year_be=spec["year_be"], actor=actor)
    branches = {branch.code: branch for branch in cycle.branches.all()}
    for code in spec["removed"]:
        award_type_remove(award_type=cycle.award_types.get(code=code), actor=actor)
    for move in spec["moved"]:
        award_type_update(
            award_type=cycle.award_types.get(code=move["code"]),
            actor=actor,
            position=move["position"],
        )
    for added in spec["added"]:
        award_type_create(
            branch=branches[added["branch"]],
            actor=actor,
            position=added["position"],
            **_fields(added, data),
        )
    opens, closes = open_window()
    for award_type in cycle.award_types.all():
        award_type_update(
            award_type=award_type,
            actor=actor,
            reason=spec["reason"],
            framework_version=_version_open(award_type.code),
            opens_at=opens,
            closes_at=closes,
            **_fields(spec["changes"].get(award_type.code, {}), data),
        )
    return cycle_publish(cycle=cycle, actor=actor)


def _keep_open(cycle: AwardCycle, actor) -> None:
    """On a later run, move a published demo cycle's window so that it includes today."""
    now = timezone.now()
    opens, closes = open_window()
    for award_type in cycle.award_types.all():
        if not award_type.is_open(now):
            award_type_update(award_type=award_type, actor=actor, opens_at=opens, closes_at=closes)


@transaction.atomic
def load_demo_cycles(*, actor=None) -> dict[str, int]:
    """The demo programme with its closed and open cycles (see the module docstring)."""
    load_demo_frameworks(actor=actor)
    data = demo_cycles_data()
    programme = _programme()
    created = 0
    old = AwardCycle.objects.filter(programme=programme, year_be=data["closed"]["year_be"]).first()
    if old is None:
        old = _load_closed(programme, actor)
        created += 1
    new = AwardCycle.objects.filter(programme=programme, year_be=data["open"]["year_be"]).first()
    if new is None:
        new = _load_open(old, actor)
        created += 1
    elif new.status == CycleStatus.PUBLISHED:
        _keep_open(new, actor)
    return {
        "cycles_created": created,
        "award_types": AwardType.objects.filter(cycle__in=[old, new]).count(),
    }

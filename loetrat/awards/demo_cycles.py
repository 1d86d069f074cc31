"""Demo award cycles: รางวัลเลิศรัฐ 2565 (closed) and 2566, copied from 2565 with the changes of
seed 001 and open for applications now. Everything goes through the services, so the audit log
tells the story. Loading twice adds nothing."""

from __future__ import annotations

import copy
import datetime

from django.db import transaction
from django.utils import timezone

from loetrat.frameworks.demo import TYPE_FRAMEWORKS, load_demo_frameworks
from loetrat.frameworks.models import FrameworkVersion

from .demo_data import structure
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

PROGRAMME = {
    "code": "loetrat",
    "name_th": "รางวัลเลิศรัฐ",
    "name_en": "Public Sector Excellence Awards",
    "description_th": "รางวัลสำหรับหน่วยงานภาครัฐที่พัฒนาการบริหารราชการและการให้บริการอย่างโดดเด่น",
    "description_en": "The Thai public sector's awards for excellent administration and service.",
}
RESOLUTION_2565 = ("อ.ก.พ.ร. ครั้งที่ 6/2564 (demo)", None)
OLD_YEAR, NEW_YEAR = 2565, 2566


def _bangkok(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def open_window(today: datetime.date | None = None) -> tuple[datetime.datetime, datetime.datetime]:
    """A window that includes today: from 30 days ago at 08:30 to 60 days ahead at 16:30."""
    today = today or timezone.localdate()
    return (
        _bangkok(today - datetime.timedelta(days=30), 8, 30),
        _bangkok(today + datetime.timedelta(days=60), 16, 30),
    )


def _version(code: str, label: str) -> FrameworkVersion | None:
    return FrameworkVersion.objects.filter(framework__code=code, label=label).first()


def _rubric_2565(type_code: str, actor) -> FrameworkVersion | None:
    """Last year's rubric of a type: the 2566 rubric relabelled, with the old weights where the
    2566 scoring changed, and a rubric for the type 2566 dropped."""
    from loetrat.frameworks.demo import approve_on_paper
    from loetrat.frameworks.demo_data.rubrics import TYPES, rubric_document
    from loetrat.frameworks.services import version_import

    if type_code not in TYPES and type_code != "SV-CRISIS":
        return None
    if type_code == "SV-CRISIS":
        document = rubric_document("SV-DEVELOPMENT")
        document["framework"].update(
            code="RUBRIC-SV-CRISIS",
            name_th="เกณฑ์การให้คะแนนรางวัลประเภทการบริการที่ตอบสนองต่อสภาวะวิกฤติ",
            name_en="Scoring rubric: Crisis response service",
        )
        names = [
            ("ความรวดเร็วในการปรับบริการ", "Speed of adapting the service"),
            ("ความต่อเนื่องของบริการในภาวะวิกฤติ", "Continuity during the crisis"),
            ("ผลลัพธ์ต่อผู้รับบริการ", "Results for service users"),
        ]
        for criterion, (name_th, name_en) in zip(document["criteria"], names, strict=True):
            criterion.update(name_th=name_th, name_en=name_en)
    else:
        document = copy.deepcopy(rubric_document(type_code))
    document["version"]["label"] = str(OLD_YEAR)
    if type_code in ("PG-EFFECTIVE-CHANGE", "PG-EXPANDED"):
        points = [30, 40, 30] if len(document["criteria"]) == 3 else None
        if points:
            for criterion, value in zip(document["criteria"], points, strict=True):
                criterion["points"] = str(value)
    existing = _version(document["framework"]["code"], str(OLD_YEAR))
    if existing is not None:
        return existing
    version = version_import(document=document, actor=actor)
    return approve_on_paper(version, RESOLUTION_2565, actor)


def _version_2565(type_code: str, actor) -> FrameworkVersion | None:
    if type_code.startswith("PMQA-"):
        return _version("PMQA-4.0", str(OLD_YEAR))
    return _rubric_2565(type_code, actor)


def _version_2566(type_code: str) -> FrameworkVersion | None:
    if type_code not in TYPE_FRAMEWORKS:
        return None
    return _version(*TYPE_FRAMEWORKS[type_code])


def _load_2565(programme, actor) -> AwardCycle:
    cycle = cycle_create(programme=programme, year_be=OLD_YEAR, actor=actor)
    opens = _bangkok(datetime.date(2021, 11, 15), 8, 30)
    closes = _bangkok(datetime.date(2022, 1, 31), 16, 30)
    types = structure.types_2565()
    for position, row in enumerate(structure.BRANCHES, start=1):
        branch = branch_create(cycle=cycle, actor=actor, position=position, **row)
        for type_position, spec in enumerate(types[row["code"]], start=1):
            award_type_create(
                branch=branch,
                actor=actor,
                position=type_position,
                framework_version=_version_2565(spec["code"], actor),
                opens_at=opens,
                closes_at=closes,
                **spec,
            )
    cycle_publish(cycle=cycle, actor=actor)
    return cycle_close(cycle=cycle, actor=actor)


def _load_2566(old: AwardCycle, actor) -> AwardCycle:
    cycle = cycle_copy(cycle=old, year_be=NEW_YEAR, actor=actor)
    branches = {branch.code: branch for branch in cycle.branches.all()}
    award_type_remove(award_type=cycle.award_types.get(code="SV-CRISIS"), actor=actor)
    award_type_create(
        branch=branches["PUBLIC-SERVICE"], actor=actor, position=5, **structure.RESPONSIVENESS
    )
    for code, position in (("PG-EMPOWERMENT", 5), ("PG-AREA", 6)):
        award_type_update(
            award_type=cycle.award_types.get(code=code), actor=actor, position=position
        )
    award_type_create(
        branch=branches["PARTICIPATORY"], actor=actor, position=4, **structure.NETWORK
    )
    changes = {code: dict(values) for code, values in structure.CHANGES_2566.items()}
    for code in ("PMQA-CATEGORY", "PMQA-OVERALL"):
        changes[code] = structure.pmqa_2566_changes(code)
    opens, closes = open_window()
    for award_type in cycle.award_types.all():
        award_type_update(
            award_type=award_type,
            actor=actor,
            reason="มติ อ.ก.พ.ร. ครั้งที่ 7/2565 (27 กันยายน 2565)",
            framework_version=_version_2566(award_type.code),
            opens_at=opens,
            closes_at=closes,
            **changes.get(award_type.code, {}),
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
    """The demo programme with cycles 2565 and 2566 (see the module docstring)."""
    load_demo_frameworks(actor=actor)
    programme, _created = AwardProgramme.objects.get_or_create(
        code=PROGRAMME["code"], defaults=PROGRAMME
    )
    created = 0
    old = AwardCycle.objects.filter(programme=programme, year_be=OLD_YEAR).first()
    if old is None:
        old = _load_2565(programme, actor)
        created += 1
    new = AwardCycle.objects.filter(programme=programme, year_be=NEW_YEAR).first()
    if new is None:
        new = _load_2566(old, actor)
        created += 1
    elif new.status == CycleStatus.PUBLISHED:
        _keep_open(new, actor)
    return {
        "cycles_created": created,
        "award_types": AwardType.objects.filter(cycle__in=[old, new]).count(),
    }

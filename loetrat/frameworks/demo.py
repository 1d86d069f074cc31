"""Demo criteria: PMQA 4.0 (2565, and 2566 cloned from it with the seed's changes, and a 2567
draft waiting for a committee's approval), a Baldrige-style 1,000-point model and a rubric per
2566 award type. Loading twice adds nothing.

The data lives in loetrat/demo/data/frameworks/: versions.json lists, in order, the versions to
import (each an export document under versions/, read by `version_import`) or to clone (with
the changes made through `criterion_update`), the paper approvals they carry, and which version
scores each 2566 award type."""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Mapping
from pathlib import Path

from django.db import transaction

from loetrat.core.approvals import approval_grant, approval_record_on_paper

from .models import FrameworkVersion
from .services import criterion_update, version_clone, version_import

DATA = Path(__file__).resolve().parent.parent / "demo" / "data" / "frameworks"

__all__ = ["TYPE_FRAMEWORKS", "approve_on_paper", "load_demo_frameworks"]


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@functools.cache
def _manifest() -> dict:
    return _read(DATA / "versions.json")


# Award type code → (framework code, version label) of the criteria that score it in 2566.
TYPE_FRAMEWORKS: dict[str, tuple[str, str]] = {
    type_code: (code, label) for type_code, (code, label) in _manifest()["award_types"].items()
}


def approve_on_paper(
    version: FrameworkVersion, resolution: Mapping[str, str | None], actor
) -> FrameworkVersion:
    """Record the paper approval the way the secretariat would: dated when the meeting's day is
    known (the gate then checks it came before Loetrat), cited alone when it is not.
    `resolution` has the reference cited (reference_th) and the meeting's day (meeting_day, an
    ISO date or null)."""
    reference, day = resolution["reference_th"], resolution.get("meeting_day")
    if day is None:
        approval_grant(target=version, actor=actor, reference_th=reference)
    else:
        approval_record_on_paper(
            target=version,
            actor=actor,
            reference_th=reference,
            meeting_day=datetime.date.fromisoformat(day),
        )
    version.refresh_from_db()
    return version


def _existing(code: str, label: str) -> FrameworkVersion | None:
    return FrameworkVersion.objects.filter(framework__code=code, label=label).first()


def _import(step: dict, approvals: dict, actor) -> None:
    document = _read(DATA / step["import"])
    if _existing(document["framework"]["code"], document["version"]["label"]) is not None:
        return
    version = version_import(document=document, actor=actor)
    approve_on_paper(version, approvals[step["approval"]], actor)


def _clone(step: dict, approvals: dict, actor) -> None:
    code, source, label = step["clone"]["framework"], step["clone"]["from"], step["clone"]["label"]
    if _existing(code, label) is not None:
        return
    draft = version_clone(version=_existing(code, source), label=label, actor=actor)
    draft.notes = step["notes"]
    draft.save(update_fields=["notes"])
    if "changes" in step:
        criteria = {criterion.code: criterion for criterion in draft.criteria.all()}
        for criterion_code, changes in _read(DATA / step["changes"]).items():
            criterion_update(criterion=criteria[criterion_code], actor=actor, **changes)
    if "approval" in step:
        approve_on_paper(draft, approvals[step["approval"]], actor)


@transaction.atomic
def load_demo_frameworks(*, actor=None) -> dict[str, int]:
    """Load the demo frameworks once; returns how many versions each run created."""
    before = FrameworkVersion.objects.count()
    manifest = _manifest()
    for step in manifest["versions"]:
        if "import" in step:
            _import(step, manifest["approvals"], actor)
        else:
            _clone(step, manifest["approvals"], actor)
    return {"versions_created": FrameworkVersion.objects.count() - before}

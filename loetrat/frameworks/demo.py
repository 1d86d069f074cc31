"""Demo criteria: PMQA 4.0 (2565, and 2566 cloned from it with the seed's changes, and a 2567
draft waiting for a committee's approval), a Baldrige-style 1,000-point model and a rubric per
2566 award type. Loading twice adds nothing."""

from __future__ import annotations

import datetime

from django.db import transaction

from loetrat.core.approvals import approval_grant, approval_record_on_paper

from .demo_data.baldrige import baldrige_2566
from .demo_data.pmqa import pmqa_2565, pmqa_2566_changes
from .demo_data.rubrics import TYPE_FRAMEWORKS, TYPES, rubric_document
from .models import Criterion, FrameworkVersion
from .services import criterion_update, version_clone, version_import

# Approvals given on paper before Loetrat: (the resolution cited, the meeting's day if known).
RESOLUTION_2565 = ("อ.ก.พ.ร. ครั้งที่ 6/2564 (demo)", None)
RESOLUTION_2566 = ("อ.ก.พ.ร. ครั้งที่ 7/2565", datetime.date(2022, 9, 27))
NOTES_2566 = (
    "ใช้สำหรับรอบปี 2566: หมวด 7 ปรับชื่อมิติและกลุ่มตัวชี้วัด ตัววัดทุกตัวต้องเป็นเชิงปริมาณ "
    "และขั้นตอนที่ 1 ตรวจเฉพาะตัวชี้วัดหมวด 7"
)

NOTES_2567 = "ร่างเกณฑ์สำหรับรอบปี 2567 รอเสนอคณะอนุกรรมการพิจารณาให้ความเห็นชอบ"

__all__ = ["TYPE_FRAMEWORKS", "approve_on_paper", "load_demo_frameworks"]


def approve_on_paper(version: FrameworkVersion, resolution: tuple, actor) -> FrameworkVersion:
    """Record the paper approval the way the secretariat would: dated when the meeting's day is
    known (the gate then checks it came before Loetrat), cited alone when it is not."""
    reference, day = resolution
    if day is None:
        approval_grant(target=version, actor=actor, reference_th=reference)
    else:
        approval_record_on_paper(
            target=version, actor=actor, reference_th=reference, meeting_day=day
        )
    version.refresh_from_db()
    return version


def _existing(code: str, label: str) -> FrameworkVersion | None:
    return FrameworkVersion.objects.filter(framework__code=code, label=label).first()


def _import_approved(document: dict, resolution: tuple, actor) -> FrameworkVersion:
    existing = _existing(document["framework"]["code"], document["version"]["label"])
    if existing is not None:
        return existing
    version = version_import(document=document, actor=actor)
    return approve_on_paper(version, resolution, actor)


@transaction.atomic
def load_demo_frameworks(*, actor=None) -> dict[str, int]:
    """Load the demo frameworks once; returns how many versions each run created."""
    before = FrameworkVersion.objects.count()
    pmqa_2565_version = _import_approved(pmqa_2565(), RESOLUTION_2565, actor)
    if _existing("PMQA-4.0", "2566") is None:
        draft = version_clone(version=pmqa_2565_version, label="2566", actor=actor)
        draft.notes = NOTES_2566
        draft.save(update_fields=["notes"])
        criteria = {c.code: c for c in Criterion.objects.filter(version=draft)}
        for code, changes in pmqa_2566_changes().items():
            criterion_update(criterion=criteria[code], actor=actor, **changes)
        approve_on_paper(draft, RESOLUTION_2566, actor)
    if _existing("PMQA-4.0", "2567") is None:
        draft_2567 = version_clone(version=_existing("PMQA-4.0", "2566"), label="2567", actor=actor)
        draft_2567.notes = NOTES_2567
        draft_2567.save(update_fields=["notes"])
    _import_approved(baldrige_2566(), RESOLUTION_2566, actor)
    for type_code in TYPES:
        _import_approved(rubric_document(type_code), RESOLUTION_2566, actor)
    return {"versions_created": FrameworkVersion.objects.count() - before}

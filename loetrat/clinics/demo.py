"""The demo clinic: the seed's consultation with the Ministry of Digital Economy and Society,
requested, scheduled, advised and given follow-ups through the services. Loading twice adds
nothing.

The data lives in loetrat/demo/data/clinics/clinics.json: each session with the requesting body's
code, the bodies it covers, its topics and question, when (a local ISO date and time) and where
it was held, who chaired it, the points discussed, the advice, and the follow-ups (text, the
owning body's code, due date)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from loetrat.meetings.demo import demo_actor
from loetrat.organizations.models import Organization

from .models import ClinicSession
from .services import clinic_follow_up_add, clinic_record, clinic_request, clinic_schedule

DATA = Path(__file__).resolve().parent.parent / "demo" / "data" / "clinics"


def _clinic(spec: dict, actor) -> ClinicSession | None:
    organization = Organization.objects.filter(code=spec["organization"]).first()
    if organization is None:
        return None
    existing = ClinicSession.objects.filter(
        organization=organization, question_th=spec["question_th"]
    ).first()
    if existing is not None:
        return existing
    clinic = clinic_request(
        organization=organization,
        topics=spec["topics"],
        question_th=spec["question_th"],
        covered=list(Organization.objects.filter(code__in=spec["covered"])),
        actor=actor,
    )
    clinic = clinic_schedule(
        clinic=clinic,
        scheduled_at=timezone.make_aware(datetime.datetime.fromisoformat(spec["scheduled_at"])),
        mode=spec["mode"],
        place_th=spec["place_th"],
        chaired_by_th=spec["chaired_by_th"],
        actor=actor,
    )
    clinic = clinic_record(
        clinic=clinic,
        advice_th=spec["advice_th"],
        discussion_th=spec["discussion_th"],
        actor=actor,
    )
    for follow_up in spec["follow_ups"]:
        owner = Organization.objects.filter(code=follow_up["owner"]).first()
        if owner is not None:
            clinic_follow_up_add(
                clinic=clinic,
                text_th=follow_up["text_th"],
                owner=owner,
                due_on=datetime.date.fromisoformat(follow_up["due_on"]),
                actor=actor,
            )
    return clinic


@transaction.atomic
def load_demo_clinics(*, actor=None) -> dict[str, int]:
    before = ClinicSession.objects.count()
    actor = demo_actor(actor)
    for spec in json.loads((DATA / "clinics.json").read_text(encoding="utf-8")):
        _clinic(spec, actor)
    return {"clinics_created": ClinicSession.objects.count() - before}

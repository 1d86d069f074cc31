"""The demo clinic: the seed's consultation with the Ministry of Digital Economy and Society,
requested, scheduled, advised and given follow-ups through the services. Loading twice adds
nothing."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from loetrat.meetings.demo import demo_actor
from loetrat.organizations.models import Organization

from .demo_data import MDES_CLINIC
from .models import ClinicSession
from .services import clinic_follow_up_add, clinic_record, clinic_request, clinic_schedule


def _at(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, time))


def _clinic(actor) -> ClinicSession | None:
    spec = MDES_CLINIC
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
        scheduled_at=_at(spec["day"], spec["time"]),
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
    for text_th, owner_code, due_on in spec["follow_ups"]:
        owner = Organization.objects.filter(code=owner_code).first()
        if owner is not None:
            clinic_follow_up_add(
                clinic=clinic, text_th=text_th, owner=owner, due_on=due_on, actor=actor
            )
    return clinic


@transaction.atomic
def load_demo_clinics(*, actor=None) -> dict[str, int]:
    before = ClinicSession.objects.count()
    _clinic(demo_actor(actor))
    return {"clinics_created": ClinicSession.objects.count() - before}

"""Helpers for the cycle, workspace and API tests: approved criteria and bulk applications."""

from __future__ import annotations

import itertools

from django.utils import timezone

from loetrat.awards.enums import ApplicationState
from loetrat.awards.models import Application, ApplicationPartner
from loetrat.core.text import search_key
from loetrat.frameworks.models import FrameworkVersion
from tests.factories import UserFactory
from tests.factories.frameworks import FrameworkFactory, FrameworkVersionFactory

_numbers = itertools.count(1)


def framework_version(*, label="2566", status="approved", code=None) -> FrameworkVersion:
    framework = FrameworkFactory(**({"code": code} if code else {}))
    return FrameworkVersionFactory(framework=framework, label=label, status=status)


def make_applications(award_type, organizations, n, *, state=ApplicationState.SUBMITTED, **extra):
    """`n` applications for `award_type`, spread over `organizations`, each with one partner."""
    creator = UserFactory()
    rows = []
    for i in range(n):
        number = next(_numbers)
        organization = organizations[i % len(organizations)]
        title = f"ผลงานทดสอบที่ {number} การพัฒนาบริการ"
        rows.append(
            Application(
                award_type=award_type,
                cycle=award_type.cycle,
                organization=organization,
                title_th=title,
                state=state,
                reference=f"LR{award_type.cycle.year_be}-{number:05d}"
                if state == ApplicationState.SUBMITTED
                else None,
                submitted_at=timezone.now() if state == ApplicationState.SUBMITTED else None,
                created_by=creator,
                search_text=search_key(title),
                **extra,
            )
        )
    created = Application.objects.bulk_create(rows)
    partners = [
        ApplicationPartner(
            application=application,
            organization=organizations[(i + 1) % len(organizations)],
            role="adopting_agency",
        )
        for i, application in enumerate(created)
        if len(organizations) > 1
    ]
    ApplicationPartner.objects.bulk_create(partners)
    return created

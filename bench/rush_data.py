"""The data of the deadline rush: a published cycle whose three award types close tomorrow, and
`n` agencies, each with a coordinator and an agency head who hold an API token. Import only
after `bench.environment.configure()`."""

from __future__ import annotations

import datetime
import time
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone

from loetrat.accounts.tokens import api_token_create
from loetrat.awards.enums import CycleStatus
from loetrat.awards.models import AwardBranch, AwardCycle, AwardProgramme, AwardType
from loetrat.organizations.enums import OrganizationKind, Role
from loetrat.organizations.services import membership_grant

from .generate import OrgRow, insert_organizations

YEAR = 2569
MINISTRY = "RUSH-MIN"
FILE_FIELD = "evidence"
FORM = [
    {
        "key": "summary",
        "kind": "long_text",
        "label_th": "สรุปผลงาน",
        "label_en": "Summary of the work",
        "required": True,
        "max_length": 4000,
    },
    {
        "key": "people_served",
        "kind": "number",
        "label_th": "จำนวนผู้รับบริการ",
        "label_en": "People served",
        "min": 0,
        "decimals": 0,
    },
    {
        "key": "channels",
        "kind": "multi_choice",
        "label_th": "ช่องทาง",
        "label_en": "Channels",
        "choices": [
            {"value": "web", "label_th": "เว็บ", "label_en": "Web"},
            {"value": "app", "label_th": "แอป", "label_en": "App"},
            {"value": "counter", "label_th": "เคาน์เตอร์", "label_en": "Counter"},
        ],
    },
    {
        "key": FILE_FIELD,
        "kind": "file",
        "label_th": "เอกสารประกอบ",
        "label_en": "Evidence",
        "accept": ["pdf"],
        "max_files": 3,
    },
]
TYPES = [
    ("RUSH-SERVICE", "บริการภาครัฐ", "Public service"),
    ("RUSH-INNOVATION", "นวัตกรรม", "Innovation"),
    ("RUSH-PARTICIPATION", "การมีส่วนร่วม", "Participation"),
]


@dataclass(frozen=True)
class Agency:
    code: str
    award_type_id: int
    coordinator_token: str
    head_token: str


@dataclass(frozen=True)
class RushData:
    cycle_id: int
    agencies: list[Agency]
    seconds: float


def _cycle() -> tuple[AwardCycle, list[AwardType]]:
    """A published cycle with one branch of three types, open since last month and closing
    tomorrow: the last day before the deadline."""
    programme, _ = AwardProgramme.objects.get_or_create(
        code="loetrat",
        defaults={"name_th": "รางวัลเลิศรัฐ", "name_en": "Public Sector Excellence Awards"},
    )
    cycle = AwardCycle.objects.create(
        programme=programme,
        year_be=YEAR,
        name_th=f"รางวัลเลิศรัฐ ประจำปี {YEAR}",
        name_en=f"Public Sector Excellence Awards {YEAR - 543}",
        status=CycleStatus.PUBLISHED,
    )
    branch = AwardBranch.objects.create(
        cycle=cycle, code="rush", position=1, name_th="สาขาทดสอบ", name_en="Rush branch"
    )
    now = timezone.now()
    types = [
        AwardType.objects.create(
            cycle=cycle,
            branch=branch,
            code=code,
            position=position,
            name_th=name_th,
            name_en=name_en,
            form_schema=FORM,
            eligibility={},
            opens_at=now - datetime.timedelta(days=30),
            closes_at=now + datetime.timedelta(days=1),
            max_file_mb=10,
        )
        for position, (code, name_th, name_en) in enumerate(TYPES, start=1)
    ]
    return cycle, types


def _user(username: str, first_name: str):
    user = get_user_model()(username=username, first_name=first_name, last_name="ทดสอบ")
    user.set_unusable_password()
    user.save()
    return user


def generate_rush(n: int) -> RushData:
    """The cycle, `n` departments under one ministry, their people, roles and tokens."""
    started = time.perf_counter()
    cycle, types = _cycle()
    rows = [OrgRow(MINISTRY, OrganizationKind.MINISTRY, "กระทรวงทดสอบ", "Ministry of Tests")]
    rows += [
        OrgRow(
            f"RUSH-D{number:04d}",
            OrganizationKind.DEPARTMENT,
            f"กรมทดสอบที่ {number}",
            f"Test Department {number}",
            parent=MINISTRY,
        )
        for number in range(1, n + 1)
    ]
    bodies = insert_organizations(rows)
    agencies = []
    for number in range(1, n + 1):
        organization = bodies[f"RUSH-D{number:04d}"]
        tokens = []
        for role, who in ((Role.AGENCY_COORDINATOR, "coordinator"), (Role.AGENCY_HEAD, "head")):
            user = _user(f"rush.{who}.{number:04d}", who)
            membership_grant(user=user, organization=organization, role=role, actor=None)
            tokens.append(api_token_create(user=user, name="deadline rush")[1])
        agencies.append(
            Agency(organization.code, types[number % len(types)].pk, tokens[0], tokens[1])
        )
    return RushData(cycle.pk, agencies, round(time.perf_counter() - started, 1))

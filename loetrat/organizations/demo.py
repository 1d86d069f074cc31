"""Loads the demo tree of Thai public bodies and the demo people, once: a second run only adds
what is missing."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from .demo_data import ORGANIZATION_HISTORY, ORGANIZATIONS
from .enums import Role
from .models import Membership, Organization, OrganizationName
from .services import membership_grant, organization_create

DEMO_PASSWORD = "loetrat-demo-2566"

DEMO_PEOPLE = [
    # username, Thai title, first, last, English first, last, role, organisation code, position
    (
        "opdc.admin",
        "นาง",
        "สุภาวดี",
        "ใจดี",
        "Supawadee",
        "Jaidee",
        Role.SECRETARIAT_ADMIN,
        "OPDC",
        "ผู้อำนวยการกลุ่มงานระบบสารสนเทศ",
    ),
    (
        "opdc.officer",
        "นาย",
        "ธนากร",
        "เลิศสกุล",
        "Thanakorn",
        "Lertsakul",
        Role.SECRETARIAT_OFFICER,
        "OPDC",
        "นักพัฒนาระบบราชการชำนาญการ",
    ),
    (
        "rd.coordinator",
        "นางสาว",
        "พิมพ์ชนก",
        "รักงาน",
        "Pimchanok",
        "Rakngan",
        Role.AGENCY_COORDINATOR,
        "MOF-RD",
        "นักวิเคราะห์นโยบายและแผน",
    ),
    ("rd.head", "นาย", "วิชัย", "มั่นคง", "Wichai", "Mankong", Role.AGENCY_HEAD, "MOF-RD", "อธิบดี"),
    (
        "assessor",
        "รองศาสตราจารย์",
        "ดวงใจ",
        "ประเมินดี",
        "Duangjai",
        "Pramoendee",
        Role.ASSESSOR,
        "OPDC",
        "ผู้ทรงคุณวุฒิ",
    ),
    (
        "committee",
        "นาย",
        "สมศักดิ์",
        "ธรรมาภิบาล",
        "Somsak",
        "Thammaphiban",
        Role.COMMITTEE_MEMBER,
        "OPDC",
        "อนุกรรมการ",
    ),
    (
        "evaluator",
        "นาง",
        "อรุณี",
        "วัดผล",
        "Arunee",
        "Watphon",
        Role.KPI_EVALUATOR,
        "OPDC",
        "คณะทำงานประเมินผล",
    ),
]


def _load_organizations(actor) -> int:
    existing = set(Organization.objects.values_list("code", flat=True))
    by_code = {}
    created = 0
    for row in ORGANIZATIONS:
        code = row["code"]
        if code in existing:
            continue
        parent_code = row.get("parent")
        parent = None
        if parent_code:
            parent = by_code.get(parent_code) or Organization.objects.get(code=parent_code)
        established = row.get("established")
        by_code[code] = organization_create(
            actor=actor,
            audit=False,
            code=code,
            kind=row["kind"],
            name_th=row["name_th"],
            name_en=row.get("name_en", ""),
            abbreviation_th=row.get("abbreviation_th", ""),
            abbreviation_en=row.get("abbreviation_en", ""),
            parent=parent,
            active_from=datetime.date.fromisoformat(established) if established else None,
        )
        created += 1
    return created


def _load_history() -> None:
    for event in ORGANIZATION_HISTORY:
        if event.get("event") != "renamed":
            continue
        organization = Organization.objects.filter(code=event["code"]).first()
        if organization is None:
            continue
        OrganizationName.objects.get_or_create(
            organization=organization,
            used_until=datetime.date.fromisoformat(event["date"]) - datetime.timedelta(days=1),
            defaults={
                "name_th": event["previous_name_th"],
                "name_en": event.get("previous_name_en", ""),
            },
        )


def _load_people(actor) -> list[tuple[str, str, str]]:
    User = get_user_model()
    accounts = []
    for username, title, first, last, first_en, last_en, role, code, position in DEMO_PEOPLE:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "title_th": title,
                "first_name": first,
                "last_name": last,
                "first_name_en": first_en,
                "last_name_en": last_en,
                "email": f"{username}@demo.loetrat.local",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        organization = Organization.objects.get(code=code)
        if not Membership.objects.filter(user=user, role=role, organization=organization).exists():
            membership_grant(
                user=user, organization=organization, role=role, actor=actor, position=position
            )
        accounts.append((username, str(Role(role).label), organization.name_th))
    return accounts


@transaction.atomic
def load_demo_organizations(*, actor=None) -> dict:
    created = _load_organizations(actor)
    _load_history()
    accounts = _load_people(actor)
    return {"organizations_created": created, "accounts": accounts}

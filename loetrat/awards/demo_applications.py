"""Demo applications in cycle 2566, made through the services so revisions, the audit log and
reference numbers are real: the Revenue Department (rd.coordinator / rd.head) and a few other
agencies, in every state from draft to submitted. Loading twice adds nothing; without cycle 2566
(see demo_cycles) nothing is loaded."""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from loetrat.core.formschema import FieldKind
from loetrat.organizations.enums import Role
from loetrat.organizations.models import Membership, Organization
from loetrat.organizations.services import membership_grant

from .models import Application, AwardType
from .services import (
    application_create,
    application_partner_set,
    application_save,
    application_transition,
    attachment_add,
)

YEAR = 2566
DEMO_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
    b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

# (agency code, username prefix, type code, Thai title, English title, final state, extra)
DEMO = [
    (
        "MOF-RD",
        "rd",
        "SV-INNOVATION",
        "ระบบยื่นแบบและชำระภาษีออนไลน์ครบวงจร",
        "End-to-end online tax filing and payment",
        "submitted",
        {},
    ),
    (
        "MOF-RD",
        "rd",
        "SV-RESPONSIVENESS",
        "คืนภาษีเงินได้บุคคลธรรมดาภายใน 3 วัน",
        "Personal income tax refunds within 3 days",
        "awaiting_endorsement",
        {},
    ),
    (
        "MOF-RD",
        "rd",
        "PG-NETWORK",
        "เครือข่ายอาสาสมัครภาษีชุมชน",
        "Community tax volunteer network",
        "returned",
        {"reason": "เพิ่มผลลัพธ์เชิงปริมาณของเครือข่ายในปี 2565"},
    ),
    (
        "MOF-RD",
        "rd",
        "PMQA-CATEGORY",
        "ผลลัพธ์การดำเนินการหมวด 7 กรมสรรพากร",
        "Revenue Department category 7 results",
        "draft",
        {"incomplete": True},
    ),
    (
        "MOF-CGD",
        "cgd",
        "SV-INNOVATION",
        "ระบบจ่ายตรงเงินบำนาญผ่านแอปพลิเคชัน",
        "Direct pension payment through the app",
        "endorsed",
        {},
    ),
    (
        "TH-50",
        "cmi",
        "SV-INNOVATION",
        "ศูนย์บริการประชาชนเคลื่อนที่บนดอย",
        "Mobile one-stop service in the highlands",
        "submitted",
        {},
    ),
    ("DEPA", "depa", "PG-NETWORK", "เครือข่ายชุมชนดิจิทัล", "Digital community network", "draft", {}),
]


# Demo names for the extra agencies' people: (title, first, last) by username.
DEMO_NAMES = {
    "cgd.coordinator": ("นางสาว", "กานดา", "บัญชีดี"),
    "cgd.head": ("นาย", "ประเสริฐ", "คลังมั่น"),
    "cmi.coordinator": ("นาย", "ชัยวัฒน์", "ดอยคำ"),
    "cmi.head": ("นาย", "สุริยา", "เชียงแสน"),
    "depa.coordinator": ("นางสาว", "ดิจิตรา", "เครือข่าย"),
    "depa.head": ("นาย", "ณัฐพล", "ก้าวไกล"),
}


def _person(prefix: str, role: str, organization, actor):
    from loetrat.organizations.demo import DEMO_PASSWORD

    username = f"{prefix}.{'coordinator' if role == Role.AGENCY_COORDINATOR else 'head'}"
    title, first, last = DEMO_NAMES.get(username, ("", username, ""))
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "title_th": title,
            "first_name": first,
            "last_name": last,
            "email": f"{username}@demo.loetrat.local",
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    if not Membership.objects.filter(user=user, organization=organization, role=role).exists():
        membership_grant(user=user, organization=organization, role=role, actor=actor)
    return user


def _value(field: dict, title: str, number: int):
    kind = field["kind"]
    if kind == FieldKind.SHORT_TEXT:
        return f"{title[:40]} ({number})"
    if kind == FieldKind.LONG_TEXT:
        return f"{title}: รายละเอียดผลงานสำหรับการสาธิตระบบ ข้อ {number}"
    if kind == FieldKind.NUMBER:
        return str(max(int(field.get("min") or 0), 100 + number))
    if kind == FieldKind.DATE:
        return (timezone.localdate() - datetime.timedelta(days=365)).isoformat()
    if kind == FieldKind.CHOICE:
        return str(field["choices"][0]["value"])
    if kind == FieldKind.MULTI_CHOICE:
        return [str(field["choices"][0]["value"])]
    if kind == FieldKind.TABLE:
        rows = max(int(field.get("min_rows") or 0), 2)
        return [
            {
                column["key"]: (
                    "higher"
                    if column.get("role") == "direction"
                    else _value(column, f"ตัวชี้วัด {row + 1}", 70 + row * 5 + index)
                )
                for index, column in enumerate(field.get("columns") or [])
            }
            for row in range(rows)
        ]
    return None


def demo_answers(award_type, title: str, *, incomplete: bool = False) -> dict:
    data = {}
    for number, field in enumerate(award_type.form_schema or [], start=1):
        if field["kind"] == FieldKind.FILE or (incomplete and number % 2 == 0):
            continue
        data[field["key"]] = _value(field, title, number)
    return data


def _attach(application, coordinator) -> None:
    for field in application.award_type.form_schema or []:
        if field["kind"] == FieldKind.FILE:
            upload = SimpleUploadedFile(f"{field['key']}.pdf", DEMO_PDF)
            attachment_add(
                application=application, field_key=field["key"], upload=upload, actor=coordinator
            )


def _partners(application, coordinator) -> None:
    rules = application.award_type.eligibility or {}
    if "adopting_agency" in rules.get("partner_roles_required", []):
        for code in ("MOF-CGD", "MOF-ED"):
            partner = Organization.objects.filter(code=code).first()
            if partner and partner.pk != application.organization_id:
                application_partner_set(
                    application=application,
                    organization=partner,
                    role="adopting_agency",
                    actor=coordinator,
                )


def _advance(application, state, coordinator, head, extra) -> None:
    if state == "draft":
        return
    application_transition(application=application, action="send", actor=coordinator)
    if state == "awaiting_endorsement":
        return
    if state == "returned":
        application_transition(
            application=application, action="return", actor=head, reason=extra["reason"]
        )
        return
    application_transition(application=application, action="endorse", actor=head)
    if state == "submitted":
        application_transition(application=application, action="submit", actor=coordinator)


@transaction.atomic
def load_demo_applications(*, actor=None) -> dict[str, int]:
    """Create the demo applications that are missing; returns {"created": n, "skipped": n}."""
    types = {
        t.code: t for t in AwardType.objects.filter(cycle__year_be=YEAR).select_related("cycle")
    }
    created = skipped = 0
    if not types:
        return {"created": 0, "skipped": len(DEMO)}
    for code, prefix, type_code, title_th, title_en, state, extra in DEMO:
        organization = Organization.objects.filter(code=code).first()
        award_type = types.get(type_code)
        if organization is None or award_type is None:
            skipped += 1
            continue
        if Application.objects.filter(
            award_type=award_type, organization=organization, title_th=title_th
        ).exists():
            continue
        coordinator = _person(prefix, Role.AGENCY_COORDINATOR, organization, actor)
        head = _person(prefix, Role.AGENCY_HEAD, organization, actor)
        application = application_create(
            award_type=award_type,
            organization=organization,
            actor=coordinator,
            title_th=title_th,
            title_en=title_en,
        )
        incomplete = extra.get("incomplete", False)
        data = demo_answers(award_type, title_th, incomplete=incomplete)
        application_save(application=application, actor=coordinator, data=data)
        if not incomplete:
            _attach(application, coordinator)
            _partners(application, coordinator)
        _advance(application, state, coordinator, head, extra)
        created += 1
    return {"created": created, "skipped": skipped}

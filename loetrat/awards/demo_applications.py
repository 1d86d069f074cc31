"""Demo applications in cycle 2566, made through the services so revisions, the audit log and
reference numbers are real: the Revenue Department (rd.coordinator / rd.head) and a few other
agencies, in every state from draft to submitted. Loading twice adds nothing; without cycle 2566
(see demo_cycles) nothing is loaded."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from loetrat.core.formschema import FieldKind
from loetrat.organizations.demo import DemoAccounts
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

DATA = Path(__file__).resolve().parent.parent / "demo" / "data" / "awards"


def demo_applications_data() -> dict:
    """applications.json: the cycle's year (year_be); the applications, each with its
    organization's code, the username_prefix of its coordinator and head, its award_type code,
    title_th and title_en, the state to reach, and a `reason` for a returned one or `incomplete`
    for a half-filled draft; the names of the agencies' people by username; the agencies a
    shared work is expanded to (adopting_agencies); and the evidence file every complete
    application attaches."""
    return json.loads((DATA / "applications.json").read_text(encoding="utf-8"))


def _person(accounts: DemoAccounts, names: dict, prefix: str, role: str, organization, actor):
    username = f"{prefix}.{'coordinator' if role == Role.AGENCY_COORDINATOR else 'head'}"
    details = names.get(username, {"title_th": "", "first_name": username, "last_name": ""})
    user = accounts.get(username, **details)
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


def _attach(application, coordinator, evidence: bytes) -> None:
    for field in application.award_type.form_schema or []:
        if field["kind"] == FieldKind.FILE:
            upload = SimpleUploadedFile(f"{field['key']}.pdf", evidence)
            attachment_add(
                application=application, field_key=field["key"], upload=upload, actor=coordinator
            )


def _partners(application, coordinator, adopting: list[str]) -> None:
    rules = application.award_type.eligibility or {}
    if "adopting_agency" in rules.get("partner_roles_required", []):
        for code in adopting:
            partner = Organization.objects.filter(code=code).first()
            if partner and partner.pk != application.organization_id:
                application_partner_set(
                    application=application,
                    organization=partner,
                    role="adopting_agency",
                    actor=coordinator,
                )


def _advance(application, spec: dict, coordinator, head) -> None:
    state = spec["state"]
    if state == "draft":
        return
    application_transition(application=application, action="send", actor=coordinator)
    if state == "awaiting_endorsement":
        return
    if state == "returned":
        application_transition(
            application=application, action="return", actor=head, reason=spec["reason"]
        )
        return
    application_transition(application=application, action="endorse", actor=head)
    if state == "submitted":
        application_transition(application=application, action="submit", actor=coordinator)


@transaction.atomic
def load_demo_applications(*, actor=None) -> dict[str, int]:
    """Create the demo applications that are missing; returns {"created": n, "skipped": n}."""
    demo = demo_applications_data()
    types = {
        t.code: t
        for t in AwardType.objects.filter(cycle__year_be=demo["year_be"]).select_related("cycle")
    }
    created = skipped = 0
    if not types:
        return {"created": 0, "skipped": len(demo["applications"])}
    accounts = DemoAccounts()
    evidence = (DATA / demo["evidence"]).read_bytes()
    for spec in demo["applications"]:
        organization = Organization.objects.filter(code=spec["organization"]).first()
        award_type = types.get(spec["award_type"])
        if organization is None or award_type is None:
            skipped += 1
            continue
        title_th = spec["title_th"]
        if Application.objects.filter(
            award_type=award_type, organization=organization, title_th=title_th
        ).exists():
            continue
        coordinator, head = (
            _person(accounts, demo["people"], spec["username_prefix"], role, organization, actor)
            for role in (Role.AGENCY_COORDINATOR, Role.AGENCY_HEAD)
        )
        application = application_create(
            award_type=award_type,
            organization=organization,
            actor=coordinator,
            title_th=title_th,
            title_en=spec["title_en"],
        )
        incomplete = spec.get("incomplete", False)
        data = demo_answers(award_type, title_th, incomplete=incomplete)
        application_save(application=application, actor=coordinator, data=data)
        if not incomplete:
            _attach(application, coordinator, evidence)
            _partners(application, coordinator, demo["adopting_agencies"])
        _advance(application, spec, coordinator, head)
        created += 1
    return {"created": created, "skipped": skipped}

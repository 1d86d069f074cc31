"""National-scale award data: a 2566 cycle with every demo type, 800 applicant agencies and
5,000 applications across types and states, written with bulk inserts. Import only after
`bench.environment.configure()`; the organisations must be generated first."""

from __future__ import annotations

import datetime
import io
import random
import time
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from loetrat.awards.demo_cycles import demo_programme, demo_structure, open_window
from loetrat.awards.enums import ApplicationState, CycleStatus
from loetrat.awards.models import (
    Application,
    ApplicationPartner,
    ApplicationRevision,
    AwardBranch,
    AwardCycle,
    AwardProgramme,
    AwardType,
)
from loetrat.awards.services.applications import _search_text
from loetrat.organizations.enums import OrganizationKind
from loetrat.organizations.models import Organization

from .generate import BATCH_SIZE

YEAR = 2566
S = ApplicationState
STATE_WEIGHTS = [
    (S.SUBMITTED, 60),
    (S.DRAFT, 12),
    (S.AWAITING_ENDORSEMENT, 5),
    (S.RETURNED, 3),
    (S.ENDORSED, 5),
    (S.WITHDRAWN, 5),
    (S.SCREENED_OUT, 10),
]
TOPICS = [
    ("ระบบยื่นคำขอใบอนุญาตออนไลน์", "Online licence applications"),
    ("ศูนย์บริการประชาชนแบบเบ็ดเสร็จ", "One-stop service centre"),
    ("การลดขั้นตอนการขอรับเงินช่วยเหลือผู้สูงอายุ", "Simpler elderly allowance claims"),
    ("แพลตฟอร์มนัดหมายล่วงหน้า", "Advance booking platform"),
    ("การแก้ไขปัญหาน้ำท่วมซ้ำซากโดยชุมชน", "Community flood prevention"),
    ("คลินิกให้คำปรึกษาผู้ประกอบการรายย่อย", "Small business advice clinic"),
    ("การให้บริการด้วยระบบพร้อมเพย์และบัตรประชาชน", "Services with PromptPay and ID cards"),
    ("เครือข่ายอาสาสมัครดูแลผู้ป่วยติดเตียง", "Volunteer network for bedridden patients"),
    ("การเปิดเผยข้อมูลงบประมาณต่อสาธารณะ", "Open budget data"),
    ("ระบบติดตามเรื่องร้องเรียนแบบเรียลไทม์", "Real-time complaint tracking"),
    ("โรงเรียนต้นแบบการคัดแยกขยะ", "Model school for waste sorting"),
    ("การตรวจสุขภาพเชิงรุกในพื้นที่ห่างไกล", "Mobile health checks in remote areas"),
]
PREFIXES = [("การพัฒนา", "Developing "), ("โครงการ", "Project: "), ("นวัตกรรม", "Innovation: ")]


@dataclass
class AwardsSummary:
    agencies: int
    applications: int
    seconds: float
    cycle_year: int
    by_state: dict[str, int] = field(default_factory=dict)
    export_seconds: float = 0.0
    export_rows: int = 0
    export_queries: int = 0
    export_bytes: int = 0


def _agencies(n: int) -> list[Organization]:
    """Departments, public organisations and provinces first, then provincial offices."""
    kinds = [
        OrganizationKind.DEPARTMENT,
        OrganizationKind.PUBLIC_ORGANIZATION,
        OrganizationKind.PROVINCE,
    ]
    main = list(Organization.objects.filter(kind__in=kinds).order_by("path")[:n])
    offices = Organization.objects.filter(
        Q(kind=OrganizationKind.INTERNAL_UNIT) & Q(parent__kind=OrganizationKind.PROVINCE)
    ).order_by("code")
    return main + list(offices[: n - len(main)])


def _cycle() -> AwardCycle:
    fields = demo_programme()
    programme, _ = AwardProgramme.objects.get_or_create(code=fields["code"], defaults=fields)
    cycle = AwardCycle.objects.create(
        programme=programme,
        year_be=YEAR,
        name_th=f"รางวัลเลิศรัฐ ประจำปี {YEAR}",
        name_en=f"Public Sector Excellence Awards {YEAR - 543}",
        status=CycleStatus.PUBLISHED,
    )
    opens, closes = open_window()
    for position, (row, types) in enumerate(demo_structure(YEAR), start=1):
        branch = AwardBranch.objects.create(cycle=cycle, position=position, **row)
        for type_position, spec in enumerate(types, start=1):
            AwardType.objects.create(
                cycle=cycle,
                branch=branch,
                position=type_position,
                opens_at=opens,
                closes_at=closes,
                **spec,
            )
    return cycle


def _creator():
    user, created = get_user_model().objects.get_or_create(
        username="bench.coordinator", defaults={"first_name": "ผู้ประสาน", "last_name": "ทดสอบ"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


@transaction.atomic
def generate_applications(n: int = 5_000, agencies: int = 800, *, seed: int = 2566) -> dict:
    """A published cycle with every type and `n` applications from `agencies` bodies."""
    started = time.perf_counter()
    rng = random.Random(seed)
    cycle = _cycle()
    types = list(cycle.award_types.select_related("branch"))
    bodies = _agencies(agencies)
    creator = _creator()
    states = [state for state, weight in STATE_WEIGHTS for _ in range(weight)]
    submitted_base = timezone.now() - datetime.timedelta(days=20)
    rows = []
    for number in range(1, n + 1):
        award_type = types[number % len(types)]
        organization = bodies[rng.randrange(len(bodies))]
        (topic_th, topic_en), (pre_th, pre_en) = rng.choice(TOPICS), rng.choice(PREFIXES)
        state = rng.choice(states)
        submitted = state in (S.SUBMITTED, S.SCREENED_OUT)
        application = Application(
            award_type=award_type,
            cycle=cycle,
            organization=organization,
            title_th=f"{pre_th}{topic_th} ({organization.name_th})"[:300],
            title_en=f"{pre_en}{topic_en}"[:300],
            state=state,
            data={"background": f"{topic_th} เพื่อประชาชนในพื้นที่", "beneficiaries": "1200"},
            revision_count=1,
            reference=f"LR{YEAR}-{number:05d}" if submitted else None,
            submitted_at=submitted_base + datetime.timedelta(minutes=number) if submitted else None,
            award_level=rng.choice(["", "", "good", "outstanding"]) if submitted else "",
            created_by=creator,
        )
        application.search_text = _search_text(application)
        rows.append(application)
    Application.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    revisions = ApplicationRevision.objects.bulk_create(
        [
            ApplicationRevision(
                application=application,
                number=1,
                title_th=application.title_th,
                title_en=application.title_en,
                data=application.data,
                saved_by=creator,
            )
            for application in rows
        ],
        batch_size=BATCH_SIZE,
    )
    quote = connection.ops.quote_name
    sql = (
        f"UPDATE {quote(Application._meta.db_table)} SET {quote('submitted_revision_id')} = %s "
        f"WHERE {quote('id')} = %s"
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            sql, [(r.pk, r.application_id) for r in revisions if r.application.reference]
        )
    partners = [
        ApplicationPartner(
            application=application,
            organization=bodies[(index * 7 + 1) % len(bodies)],
            role="adopting_agency",
        )
        for index, application in enumerate(rows)
        if application.award_type.shared_work
        and bodies[(index * 7 + 1) % len(bodies)].pk != application.organization_id
    ]
    ApplicationPartner.objects.bulk_create(partners, batch_size=BATCH_SIZE)
    summary = AwardsSummary(
        agencies=len(bodies),
        applications=len(rows),
        seconds=round(time.perf_counter() - started, 1),
        cycle_year=YEAR,
        by_state=dict(Counter(str(a.state) for a in rows)),
    )
    return summary


def time_export(summary: AwardsSummary) -> AwardsSummary:
    """Write all of the cycle's applications to .xlsx in memory; records seconds and queries."""
    from loetrat.awards.exports import write_applications_xlsx
    from loetrat.awards.selectors.workspace import workspace_applications

    cycle = AwardCycle.objects.get(year_be=summary.cycle_year)
    target = io.BytesIO()
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        summary.export_rows = write_applications_xlsx(workspace_applications(cycle), target)
    summary.export_seconds = round(time.perf_counter() - started, 2)
    summary.export_queries = len(captured)
    summary.export_bytes = target.tell()
    return summary

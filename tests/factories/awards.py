import datetime

import factory
from django.utils import timezone

from loetrat.awards.models import (
    AwardBranch,
    AwardCycle,
    AwardProgramme,
    AwardType,
    DeadlineExtension,
)

SIMPLE_FORM = [
    {
        "key": "summary",
        "kind": "long_text",
        "label_th": "สรุปผลงาน",
        "label_en": "Summary of the work",
        "required": True,
        "max_length": 2000,
    },
    {
        "key": "people_served",
        "kind": "number",
        "label_th": "จำนวนผู้รับบริการ",
        "label_en": "People served",
        "unit_th": "คน",
        "unit_en": "people",
        "min": 0,
        "decimals": 0,
    },
    {
        "key": "evidence",
        "kind": "file",
        "label_th": "เอกสารประกอบ",
        "label_en": "Evidence",
        "accept": ["pdf", "image"],
        "max_files": 3,
    },
]
LEVELS = [
    {"key": "outstanding", "name_th": "ดีเด่น", "name_en": "Outstanding", "min_score": 80},
    {"key": "good", "name_th": "ดี", "name_en": "Good", "min_score": 60},
]
STAGES = [
    {
        "key": "document_review",
        "kind": "document_review",
        "name_th": "ตรวจเอกสาร",
        "name_en": "Document review",
    },
    {"key": "consensus", "kind": "consensus", "name_th": "หาข้อสรุปร่วม", "name_en": "Consensus"},
    {"key": "site_visit", "kind": "site_visit", "name_th": "ตรวจ ณ พื้นที่", "name_en": "Site visit"},
    {"key": "committee", "kind": "committee", "name_th": "อ.ก.พ.ร. พิจารณา", "name_en": "Committee"},
]


class AwardProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardProgramme
        django_get_or_create = ["code"]

    code = "loetrat"
    name_th = "รางวัลเลิศรัฐ"
    name_en = "Public Sector Excellence Awards"


class AwardCycleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardCycle

    programme = factory.SubFactory(AwardProgrammeFactory)
    year_be = factory.Sequence(lambda n: 2566 + n)
    name_th = factory.LazyAttribute(lambda c: f"รางวัลเลิศรัฐ ประจำปี {c.year_be}")
    name_en = factory.LazyAttribute(lambda c: f"Public Sector Excellence Awards {c.year_be - 543}")
    status = "published"


class AwardBranchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardBranch

    cycle = factory.SubFactory(AwardCycleFactory)
    code = factory.Sequence(lambda n: f"branch-{n}")
    name_th = "สาขาบริการภาครัฐ"
    name_en = "Public Service"


class AwardTypeFactory(factory.django.DjangoModelFactory):
    """An award type open for applications now, with a small form."""

    class Meta:
        model = AwardType

    branch = factory.SubFactory(AwardBranchFactory)
    cycle = factory.SelfAttribute("branch.cycle")
    code = factory.Sequence(lambda n: f"TYPE-{n}")
    name_th = "นวัตกรรมการบริการ"
    name_en = "Service Innovation"
    form_schema = factory.LazyFunction(lambda: [dict(field) for field in SIMPLE_FORM])
    eligibility = factory.LazyFunction(lambda: {"repeat_win_years": 3})
    stage_plan = factory.LazyFunction(lambda: [dict(stage) for stage in STAGES])
    levels = factory.LazyFunction(lambda: [dict(level) for level in LEVELS])
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=10))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))


class DeadlineExtensionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DeadlineExtension

    award_type = factory.SubFactory(AwardTypeFactory)
    until = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))
    reason = "ขยายเวลา"

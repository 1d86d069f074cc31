"""Applications made through the services, so revisions, audit and state are real."""

import factory

from loetrat.awards.models import Application
from loetrat.awards.services import application_create

from .awards import AwardTypeFactory

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


class ApplicationFactory(factory.Factory):
    """A draft by `created_by` (a coordinator of `organization`); give both."""

    class Meta:
        model = Application

    award_type = factory.SubFactory(AwardTypeFactory)
    organization = None
    created_by = None
    title_th = factory.Sequence(lambda n: f"ผลงานทดสอบ {n}")
    title_en = factory.Sequence(lambda n: f"Test work {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        actor = kwargs.pop("created_by")
        return application_create(actor=actor, **kwargs)


RICH_FORM = [
    {
        "key": "summary",
        "kind": "long_text",
        "label_th": "สรุปผลงาน",
        "label_en": "Summary",
        "section_th": "ส่วนที่ 1",
        "section_en": "Part 1",
        "required": True,
        "max_length": 50,
    },
    {"key": "owner", "kind": "short_text", "label_th": "ผู้รับผิดชอบ", "label_en": "Owner"},
    {
        "key": "budget",
        "kind": "number",
        "label_th": "งบประมาณ",
        "label_en": "Budget",
        "unit_th": "บาท",
        "unit_en": "baht",
        "min": 0,
        "decimals": 2,
    },
    {"key": "started", "kind": "date", "label_th": "วันเริ่ม", "label_en": "Started"},
    {
        "key": "scope",
        "kind": "choice",
        "label_th": "ขอบเขต",
        "label_en": "Scope",
        "choices": [
            {"value": "national", "label_th": "ทั่วประเทศ", "label_en": "National"},
            {"value": "local", "label_th": "พื้นที่", "label_en": "Local"},
        ],
    },
    {
        "key": "channels",
        "kind": "multi_choice",
        "label_th": "ช่องทาง",
        "label_en": "Channels",
        "choices": [
            {"value": "web", "label_th": "เว็บ", "label_en": "Web"},
            {"value": "app", "label_th": "แอป", "label_en": "App"},
        ],
    },
    {
        "key": "indicators",
        "kind": "table",
        "label_th": "ตัวชี้วัด",
        "label_en": "Indicators",
        "min_rows": 1,
        "max_rows": 10,
        "columns": [
            {"key": "name", "kind": "short_text", "label_th": "ตัวชี้วัด", "role": "indicator"},
            {
                "key": "direction",
                "kind": "choice",
                "label_th": "ทิศทาง",
                "role": "direction",
                "choices": [
                    {"value": "higher", "label_th": "ยิ่งมากยิ่งดี"},
                    {"value": "lower", "label_th": "ยิ่งน้อยยิ่งดี"},
                ],
            },
            {"key": "target", "kind": "number", "label_th": "เป้าหมาย", "role": "target"},
            {"key": "r2563", "kind": "number", "label_th": "2563", "role": "result", "year": 2563},
            {"key": "r2564", "kind": "number", "label_th": "2564", "role": "result", "year": 2564},
            {"key": "r2565", "kind": "number", "label_th": "2565", "role": "result", "year": 2565},
        ],
    },
    {
        "key": "evidence",
        "kind": "file",
        "label_th": "เอกสาร",
        "label_en": "Evidence",
        "accept": ["pdf", "image"],
        "max_files": 2,
    },
]

GOOD_ROW = {
    "name": "ความพึงพอใจ",
    "direction": "higher",
    "target": "80",
    "r2563": "70",
    "r2564": "75",
    "r2565": "82",
}


def complete_answers(**overrides) -> dict:
    """Answers that pass every check of RICH_FORM."""
    return {
        "summary": "สรุปสั้น",
        "owner": "กองแผน",
        "budget": "1000.50",
        "started": "1/10/2565",
        "scope": "national",
        "channels": ["web"],
        "indicators": [dict(GOOD_ROW)],
        **overrides,
    }


def submit_application(application, coordinator, head, data=None):
    """Fill in (when data is given), send, endorse and submit through the services."""
    from loetrat.awards.services import application_save, application_transition

    if data is not None:
        application_save(application=application, actor=coordinator, data=data)
    application_transition(application=application, action="send", actor=coordinator)
    application_transition(application=application, action="endorse", actor=head)
    return application_transition(application=application, action="submit", actor=coordinator)


class PastApplicationFactory(factory.django.DjangoModelFactory):
    """An application of an earlier cycle as it stands in the record (submitted, perhaps with a
    level awarded): history the services of today's cycle do not write."""

    class Meta:
        model = Application

    award_type = factory.SubFactory(AwardTypeFactory)
    cycle = factory.LazyAttribute(lambda application: application.award_type.cycle)
    title_th = factory.Sequence(lambda n: f"ผลงานเดิม {n}")
    state = "submitted"


def padded_pdf(size: int) -> bytes:
    """A PDF of exactly `size` bytes: the minimal PDF with padding before its end marker."""
    head, tail = PDF_BYTES[:-7], PDF_BYTES[-7:]  # tail is "%%EOF\n" and the newline before it
    return head + b"0" * max(size - len(PDF_BYTES), 0) + tail

"""Demo application forms, Thai and English, written for this demo. Builders return fresh lists,
so a type's form can be changed without touching another's."""

from __future__ import annotations


def _f(key, kind, label_th, label_en, *, section=None, **options) -> dict:
    field = {"key": key, "kind": kind, "label_th": label_th, "label_en": label_en, **options}
    if section:
        field["section_th"], field["section_en"] = section
    return field


ABOUT = ("ส่วนที่ 1 ข้อมูลผลงาน", "Part 1: The work")
RESULTS = ("ส่วนที่ 2 ผลลัพธ์", "Part 2: Results")
EVIDENCE = ("ส่วนที่ 3 เอกสารประกอบ", "Part 3: Evidence")

BENEFICIARY_CHOICES = [
    {"value": "citizens", "label_th": "ประชาชนทั่วไป", "label_en": "Citizens"},
    {"value": "business", "label_th": "ผู้ประกอบการ/ภาคธุรกิจ", "label_en": "Businesses"},
    {"value": "agencies", "label_th": "หน่วยงานภาครัฐ", "label_en": "Public agencies"},
    {"value": "vulnerable", "label_th": "กลุ่มเปราะบาง", "label_en": "Vulnerable groups"},
]
PARTICIPATION_LEVELS = [
    {"value": "inform", "label_th": "ร่วมรับรู้", "label_en": "Inform"},
    {"value": "consult", "label_th": "ร่วมคิด", "label_en": "Consult"},
    {"value": "involve", "label_th": "ร่วมตัดสินใจ", "label_en": "Involve"},
    {"value": "collaborate", "label_th": "ร่วมดำเนินการ", "label_en": "Collaborate"},
    {"value": "empower", "label_th": "ร่วมติดตามประเมินผล", "label_en": "Empower"},
]
DIRECTIONS = [
    {"value": "higher", "label_th": "ยิ่งมากยิ่งดี", "label_en": "Higher is better"},
    {"value": "lower", "label_th": "ยิ่งน้อยยิ่งดี", "label_en": "Lower is better"},
]


def results_table() -> dict:
    return _f(
        "results",
        "table",
        "ตัวชี้วัดผลลัพธ์ก่อนและหลังดำเนินการ",
        "Result indicators before and after",
        section=RESULTS,
        required=True,
        min_rows=1,
        max_rows=10,
        columns=[
            {"key": "indicator", "kind": "short_text", "label_th": "ตัวชี้วัด",
             "label_en": "Indicator", "role": "indicator"},
            {"key": "unit", "kind": "short_text", "label_th": "หน่วย", "label_en": "Unit",
             "role": "unit"},
            {"key": "before", "kind": "number", "label_th": "ก่อนดำเนินการ",
             "label_en": "Before"},
            {"key": "after", "kind": "number", "label_th": "หลังดำเนินการ", "label_en": "After"},
        ],
    )  # fmt: skip


def evidence() -> dict:
    return _f(
        "evidence",
        "file",
        "เอกสารหลักฐานประกอบ (PDF หรือรูปภาพ)",
        "Supporting evidence (PDF or images)",
        section=EVIDENCE,
        help_th="เช่น ภาพกิจกรรม รายงานผลการสำรวจความพึงพอใจ หนังสือรับรองจากหน่วยงานภาคี",
        help_en="e.g. photographs, satisfaction survey reports, letters from partner agencies",
        accept=["pdf", "image"],
        max_files=5,
    )


def work_form(*, extra_about=(), extra_results=()) -> list[dict]:
    """The common form of a work (ผลงาน): background, problem, what was done, results,
    beneficiaries, sustainability, evidence."""
    return [
        _f("background", "long_text", "ความเป็นมาและความสำคัญของผลงาน",
           "Background and why the work matters", section=ABOUT, required=True, max_length=3000),
        _f("problem", "long_text", "ปัญหาหรือความต้องการที่เป็นจุดเริ่มต้น",
           "The problem or need that started the work", required=True, max_length=3000),
        _f("actions", "long_text", "สิ่งที่หน่วยงานดำเนินการ (วิธีการ ขั้นตอน และนวัตกรรมที่ใช้)",
           "What the agency did (approach, steps and innovations)", required=True,
           max_length=5000),
        _f("started_on", "date", "วันที่เริ่มดำเนินการ", "Date the work started", required=True),
        *extra_about,
        results_table(),
        _f("beneficiaries", "number", "จำนวนผู้ได้รับประโยชน์", "People who benefited",
           section=RESULTS, min=0, decimals=0, unit_th="คน", unit_en="people"),
        _f("beneficiary_groups", "multi_choice", "กลุ่มผู้ได้รับประโยชน์", "Who benefited",
           choices=[dict(c) for c in BENEFICIARY_CHOICES]),
        *extra_results,
        _f("sustainability", "long_text", "ความยั่งยืนและการต่อยอด",
           "Sustainability and next steps", max_length=2000),
        evidence(),
    ]  # fmt: skip


def expansion_fields() -> list[dict]:
    return [
        _f("model_work", "long_text", "ผลงานต้นแบบที่นำมาขยายผล และหน่วยงานต้นแบบ",
           "The model work that was expanded, and its model agency", required=True,
           max_length=2000),
        _f("adaptation", "long_text", "การปรับใช้ให้เหมาะกับบริบทของหน่วยงานที่นำไปขยายผล",
           "How adopting agencies adapted the model to their setting", required=True,
           max_length=3000),
    ]  # fmt: skip


def participation_fields() -> list[dict]:
    return [
        _f("participation_level", "choice", "ระดับการมีส่วนร่วมสูงสุดที่เกิดขึ้น",
           "Highest level of participation reached", required=True,
           choices=[dict(c) for c in PARTICIPATION_LEVELS]),
        _f("partners_described", "long_text", "ภาคีเครือข่ายและบทบาทของแต่ละภาคส่วน",
           "Partners and the role of each sector", required=True, max_length=3000),
    ]  # fmt: skip


def responsiveness_fields() -> list[dict]:
    return [
        _f("private_need", "long_text", "โจทย์ความต้องการของภาคเอกชนที่นำมาปรับปรุงบริการ",
           "The private-sector need the service was improved for", required=True,
           max_length=2000),
        _f("days_to_improve", "number", "ระยะเวลาตั้งแต่รับโจทย์จนบริการปรับปรุงแล้วเสร็จ",
           "Time from hearing the need to the improved service", required=True, min=0,
           decimals=0, unit_th="วัน", unit_en="days"),
    ]  # fmt: skip


def indicators_table(first_year_be: int) -> dict:
    """PMQA category 7: indicator, unit, direction, target and three years of results."""
    years = [first_year_be, first_year_be + 1, first_year_be + 2]
    return _f(
        "indicators",
        "table",
        "ตัวชี้วัดผลลัพธ์หมวด 7",
        "Category 7 result indicators",
        section=RESULTS,
        required=True,
        min_rows=1,
        max_rows=40,
        columns=[
            {"key": "indicator", "kind": "short_text", "label_th": "ตัวชี้วัด",
             "label_en": "Indicator", "role": "indicator"},
            {"key": "unit", "kind": "short_text", "label_th": "หน่วยวัด", "label_en": "Unit",
             "role": "unit"},
            {"key": "direction", "kind": "choice", "label_th": "ทิศทาง", "label_en": "Direction",
             "role": "direction", "choices": [dict(c) for c in DIRECTIONS]},
            {"key": "target", "kind": "number", "label_th": f"ค่าเป้าหมายปี {years[-1]}",
             "label_en": f"Target {years[-1] - 543}", "role": "target"},
            *(
                {"key": f"result_{year}", "kind": "number", "label_th": f"ผลปี {year}",
                 "label_en": f"Result {year - 543}", "role": "result", "year": year}
                for year in years
            ),
        ],
    )  # fmt: skip


def pmqa_form(first_year_be: int) -> list[dict]:
    return [
        _f("profile", "long_text", "ลักษณะสำคัญขององค์การ", "Organisational profile",
           section=ABOUT, required=True, max_length=5000),
        _f("approach", "long_text", "สรุปกระบวนการสำคัญในหมวด 1–6",
           "Summary of the key processes in categories 1–6", max_length=5000),
        indicators_table(first_year_be),
        evidence(),
    ]  # fmt: skip


def honour_form() -> list[dict]:
    return [
        _f("achievements", "long_text", "ผลสำเร็จที่ต่อเนื่องและโดดเด่นขององค์การ",
           "The agency's sustained, outstanding achievements", section=ABOUT, required=True,
           max_length=5000),
        _f("value", "long_text", "คุณค่าที่สร้างให้สังคมและประเทศ",
           "Value created for society and the country", required=True, max_length=3000),
        _f("risk_readiness", "long_text",
           "การเตรียมการเชิงรุกเพื่อรองรับความเสี่ยง สภาวะวิกฤติ และการเปลี่ยนแปลง",
           "Proactive preparation for risks, crises and change", required=True,
           max_length=3000),
        _f("past_awards", "table", "รางวัลเลิศรัฐที่เคยได้รับ", "Excellence Awards won before",
           section=RESULTS, min_rows=1, max_rows=30,
           columns=[
               {"key": "year", "kind": "number", "label_th": "ปี พ.ศ.", "label_en": "Year (B.E.)"},
               {"key": "award", "kind": "short_text", "label_th": "สาขา/ประเภทรางวัล",
                "label_en": "Branch and type"},
               {"key": "level", "kind": "short_text", "label_th": "ระดับ", "label_en": "Level"},
           ]),
        evidence(),
    ]  # fmt: skip

"""The demo's award structure: cycle 2565 (three branches and the Honour Award) and the changes
the sub-committee approved for 2566 (seed 001: meeting 7/2565, 27 September 2565)."""

from __future__ import annotations

from . import forms

LEVELS = [
    {"key": "outstanding", "name_th": "ดีเด่น", "name_en": "Outstanding", "min_score": 80},
    {"key": "good", "name_th": "ดี", "name_en": "Good", "min_score": 65},
]


def _stage(key, kind, name_th, name_en, scope=None) -> dict:
    stage = {"key": key, "kind": kind, "name_th": name_th, "name_en": name_en}
    if scope:
        stage["scope"] = scope
    return stage


def work_stages() -> list[dict]:
    return [
        _stage("stage1", "document_review", "ขั้นตอนที่ 1 ตรวจเอกสารรายงานผลการดำเนินการ",
               "Stage 1: document review"),
        _stage("consensus", "consensus", "หาข้อสรุปร่วมของผู้ตรวจประเมิน", "Assessors' consensus"),
        _stage("stage2", "site_visit", "ขั้นตอนที่ 2 ตรวจประเมิน ณ พื้นที่ปฏิบัติงาน",
               "Stage 2: site visit"),
        _stage("decision", "committee", "อ.ก.พ.ร. พิจารณาผลการตัดสิน",
               "Sub-committee decision"),
    ]  # fmt: skip


def honour_stages() -> list[dict]:
    return [
        _stage("review", "document_review", "พิจารณาข้อมูลองค์การ", "Review of the agency"),
        _stage("visit", "site_visit", "ผู้แทน อ.ก.พ.ร. ตรวจประเมิน ณ พื้นที่ปฏิบัติงาน",
               "Site visit by sub-committee members"),
        _stage("decision", "committee", "อ.ก.พ.ร. พิจารณาผลการตัดสิน",
               "Sub-committee decision"),
    ]  # fmt: skip


WORK_RULES = {"repeat_win_years": 3}
EXPANSION_RULES = {"repeat_win_years": 3, "partner_roles_required": ["adopting_agency"]}
PMQA_KINDS = ["department", "province", "public_organization"]

BRANCHES = [
    {
        "code": "PUBLIC-SERVICE",
        "name_th": "สาขาบริการภาครัฐ",
        "name_en": "Public Service",
        "description_th": "รางวัลสำหรับผลงานที่พัฒนาบริการให้ตอบสนองความต้องการของประชาชน",
        "description_en": "For works that improve services to meet people's needs.",
    },
    {
        "code": "PARTICIPATORY",
        "name_th": "สาขาการบริหารราชการแบบมีส่วนร่วม",
        "name_en": "Participatory Governance",
        "description_th": "รางวัลสำหรับผลงานที่เปิดให้ประชาชนและทุกภาคส่วนมีส่วนร่วมในการบริหารราชการ",
        "description_en": "For works that open public administration to citizens and partners.",
    },
    {
        "code": "PMQA",
        "name_th": "สาขาคุณภาพการบริหารจัดการภาครัฐ",
        "name_en": "Public Sector Management Quality",
        "description_th": "พิจารณาตามเกณฑ์คุณภาพการบริหารจัดการภาครัฐ 4.0",
        "description_en": "Judged on the PMQA 4.0 criteria.",
    },
    {
        "code": "HONOUR",
        "name_th": "รางวัลเกียรติยศ",
        "name_en": "Honour Award",
        "description_th": "สำหรับหน่วยงานต้นแบบที่พัฒนาจนเกิดผลสำเร็จอย่างต่อเนื่อง",
        "description_en": "For model agencies with sustained success.",
    },
]


def _work(code, name_th, name_en, description_th, description_en, *, form=None, **extra):
    return {
        "code": code,
        "name_th": name_th,
        "name_en": name_en,
        "description_th": description_th,
        "description_en": description_en,
        "form_schema": form if form is not None else forms.work_form(),
        "eligibility": dict(WORK_RULES),
        "stage_plan": work_stages(),
        "levels": [dict(level) for level in LEVELS],
        **extra,
    }


def types_2565() -> dict[str, list[dict]]:
    """Branch code → its types in cycle 2565."""
    return {
        "PUBLIC-SERVICE": [
            _work("SV-INNOVATION", "นวัตกรรมการบริการ", "Service Innovation",
                  "บริการที่นำแนวคิดหรือเทคโนโลยีใหม่มาใช้จนเกิดผลลัพธ์ที่ดีขึ้นอย่างชัดเจน",
                  "A service that applies a new idea or technology with clearly better results."),
            _work("SV-DEVELOPMENT", "พัฒนาการบริการ", "Service Development",
                  "การปรับปรุงบริการเดิมให้สะดวก รวดเร็ว และลดภาระของผู้รับบริการ",
                  "An existing service made simpler and faster for its users."),
            _work("SV-STANDARD-EXPANSION", "ขยายผลมาตรฐานการบริการ", "Service Standard Expansion",
                  "การนำบริการที่ได้มาตรฐานไปขยายผลในหน่วยงานอื่น",
                  "A standard service taken up by other agencies.",
                  form=forms.work_form(extra_about=forms.expansion_fields()),
                  shared_work=True, eligibility=dict(EXPANSION_RULES)),
            _work("SV-EXCELLENT", "การบริการที่เป็นเลิศ", "Excellent Service",
                  "บริการที่มีคุณภาพเป็นเลิศทั้งระบบและได้รับการยอมรับจากผู้รับบริการ",
                  "A service excellent as a whole system and recognised by its users."),
            _work("SV-CRISIS", "การบริการที่ตอบสนองต่อสภาวะวิกฤติ", "Crisis Response Service",
                  "บริการที่ปรับตัวได้รวดเร็วเพื่อรับมือสภาวะวิกฤติ เช่น การระบาดของโรคโควิด 19",
                  "A service that adapted quickly to a crisis such as COVID-19."),
            _work("SV-INTEGRATED", "การบริการแบบบูรณาการ", "Integrated Service",
                  "บริการที่หลายหน่วยงานเชื่อมโยงกันจนผู้รับบริการติดต่อเพียงจุดเดียว",
                  "Several agencies joined up so that people deal with one point only."),
        ],
        "PARTICIPATORY": [
            _work("PG-OPEN", "เปิดใจใกล้ชิดประชาชน", "Open Governance",
                  "การเปิดเผยข้อมูลและเปิดโอกาสให้ประชาชนร่วมรับรู้และแสดงความคิดเห็น",
                  "Opening information and inviting people to comment.",
                  form=forms.work_form(extra_about=forms.participation_fields())),
            _work("PG-EFFECTIVE-CHANGE", "สัมฤทธิผลประชาชนมีส่วนร่วม", "Effective Change",
                  "ผลงานที่การมีส่วนร่วมของประชาชนนำไปสู่การเปลี่ยนแปลงที่วัดผลได้",
                  "Participation that led to a measurable change.",
                  form=forms.work_form(extra_about=forms.participation_fields())),
            _work("PG-EXPANDED", "เลื่องลือขยายผล", "Participation Expanded",
                  "การนำผลงานการมีส่วนร่วมที่ได้รับรางวัลไปขยายผลในพื้นที่อื่น",
                  "An award-winning participatory work taken up elsewhere.",
                  form=forms.work_form(
                      extra_about=[*forms.participation_fields(), *forms.expansion_fields()]
                  ),
                  shared_work=True, eligibility=dict(EXPANSION_RULES)),
            _work("PG-EMPOWERMENT", "การเสริมพลังประชาชน", "Empowerment",
                  "การสร้างพลังความร่วมมือระหว่างภาครัฐ เอกชน และประชาสังคม",
                  "Joint action of government, business and civil society.",
                  form=forms.work_form(extra_about=forms.participation_fields())),
            _work("PG-AREA", "การขับเคลื่อนเชิงพื้นที่", "Area-based Governance",
                  "การแก้ปัญหาในระดับพื้นที่ร่วมกับชุมชน",
                  "Solving a local problem together with the community.",
                  form=forms.work_form(extra_about=forms.participation_fields())),
        ],
        "PMQA": [
            {
                "code": "PMQA-CATEGORY",
                "name_th": "รางวัลคุณภาพการบริหารจัดการภาครัฐรายหมวด",
                "name_en": "PMQA by category",
                "description_th": "สำหรับหน่วยงานที่มีผลการดำเนินการโดดเด่นในหมวดใดหมวดหนึ่ง",
                "description_en": "For agencies outstanding in one of the PMQA categories.",
                "subject": "agency",
                "form_schema": forms.pmqa_form(2562),
                "eligibility": {"repeat_win_years": 3, "organization_kinds": PMQA_KINDS},
                "stage_plan": work_stages(),
                "levels": [dict(level) for level in LEVELS],
            },
            {
                "code": "PMQA-OVERALL",
                "name_th": "รางวัลคุณภาพการบริหารจัดการภาครัฐ",
                "name_en": "Public Sector Management Quality Award",
                "description_th": "สำหรับหน่วยงานที่มีคุณภาพการบริหารจัดการทั้งองค์การตามเกณฑ์ PMQA 4.0",
                "description_en": "For agencies whose whole management meets PMQA 4.0.",
                "subject": "agency",
                "form_schema": forms.pmqa_form(2562),
                "eligibility": {"organization_kinds": PMQA_KINDS},
                "stage_plan": work_stages(),
                "levels": [
                    {"key": "award", "name_th": "รางวัล PMQA", "name_en": "PMQA Award",
                     "min_score": 350},
                    {"key": "progress", "name_th": "PMQA 4.0 ระดับก้าวหน้า",
                     "name_en": "PMQA 4.0 Advance", "min_score": 300},
                ],
            },
        ],
        "HONOUR": [
            {
                "code": "HONOUR",
                "name_th": "รางวัลเกียรติยศ",
                "name_en": "Honour Award",
                "description_th": (
                    "สำหรับหน่วยงานของรัฐที่เป็นองค์การต้นแบบ พัฒนาจนเกิดผลสำเร็จอย่างต่อเนื่อง "
                    "สร้างคุณค่าต่อสังคมและประเทศ และเตรียมการเชิงรุกรองรับความเสี่ยงและสภาวะวิกฤติ"
                ),
                "description_en": (
                    "For a model public agency with sustained success, lasting value for society "
                    "and proactive preparation for risks and crises."
                ),
                "subject": "agency",
                "form_schema": forms.honour_form(),
                "eligibility": {},
                "stage_plan": honour_stages(),
                "levels": [
                    {"key": "honour", "name_th": "รางวัลเกียรติยศ", "name_en": "Honour Award",
                     "min_score": 85}
                ],
            }
        ],
    }  # fmt: skip


RESPONSIVENESS = _work(
    "SV-RESPONSIVENESS",
    "บริการตอบโจทย์ตรงใจ",
    "Responsiveness",
    "หน่วยงานนำโจทย์ความต้องการของภาคเอกชนมาปรับปรุงบริการจนสำเร็จได้อย่างรวดเร็ว ทันกาล "
    "และช่วยเพิ่มขีดความสามารถในการแข่งขัน",
    "The agency turned a private-sector need into a quickly improved service that helps "
    "businesses compete.",
    form=forms.work_form(extra_about=forms.responsiveness_fields()),
)

NETWORK = _work(
    "PG-NETWORK",
    "ประสิทธิผลเครือข่าย",
    "Collaborative Network Governance",
    "รางวัลสำหรับหน่วยงานภาครัฐที่สร้างการมีส่วนร่วมและบูรณาการความร่วมมือกับเครือข่ายจากทุกภาคส่วนในการบริการสาธารณะ",
    "For agencies that build participation and integrate networks from every sector into a "
    "public service.",
    form=forms.work_form(extra_about=forms.participation_fields()),
)

# What the 2566 cycle changes in the copied 2565 types (seed 001).
CHANGES_2566 = {
    "SV-STANDARD-EXPANSION": {
        "description_th": (
            "การนำบริการต้นแบบที่ได้มาตรฐานและเคยได้รับรางวัลไปขยายผลในหน่วยงานอื่นอย่างน้อยหนึ่งแห่ง "
            "โดยหน่วยงานต้นแบบถ่ายทอดวิธีการ และหน่วยงานที่นำไปใช้ปรับให้เหมาะกับบริบทจนเกิดผลลัพธ์ "
            "ทั้งหน่วยงานต้นแบบและหน่วยงานที่ขยายผลได้รับการยกย่อง"
        ),
        "description_en": (
            "A standard, previously awarded model service adopted by at least one other agency: "
            "the model agency transfers its method, each adopting agency adapts it to its setting "
            "and shows results; the model and each adopting agency are recognised."
        ),
    },
    "PG-OPEN": {
        "description_th": (
            "การเปิดเผยข้อมูลและเปิดโอกาสให้ประชาชนมีส่วนร่วมในกระบวนการนโยบายสาธารณะ "
            "สอดคล้องกับแผนปฏิบัติการระดับชาติว่าด้วยการเปิดเผยข้อมูลภาครัฐ (OG&MP) "
            "และแนวทางตาม (ร่าง) พ.ร.บ. การมีส่วนร่วมของประชาชนในกระบวนการนโยบายสาธารณะ"
        ),
        "description_en": (
            "Opening information and public policy processes to citizens, in line with the "
            "Open Government national action plan (OG&MP) and the draft Act on public "
            "participation in public policy processes."
        ),
        "eligibility": {
            "repeat_win_years": 3,
            "organization_kinds": ["department", "province", "public_organization"],
        },
    },
    "PG-EFFECTIVE-CHANGE": {
        "levels": [
            {"key": "outstanding", "name_th": "ดีเด่น", "name_en": "Outstanding", "min_score": 85},
            {"key": "good", "name_th": "ดี", "name_en": "Good", "min_score": 70},
        ],
    },
    "PG-EXPANDED": {
        "levels": [
            {"key": "outstanding", "name_th": "ดีเด่น", "name_en": "Outstanding", "min_score": 85},
            {"key": "good", "name_th": "ดี", "name_en": "Good", "min_score": 70},
        ],
    },
}


def pmqa_2566_changes(award_type_code: str) -> dict:
    """PMQA 2566: stage 1 examines only category 7, and every category-7 measure must be
    numeric (the indicators table now covers 2563–2565)."""
    stages = work_stages()
    stages[0] = _stage(
        "stage1",
        "document_review",
        "ขั้นตอนที่ 1 ตรวจประเมินเฉพาะตัวชี้วัดหมวด 7",
        "Stage 1: category 7 indicators only",
        scope=["7"],
    )
    rules = {
        "organization_kinds": PMQA_KINDS,
        "results_table": {"field": "indicators", "min_years": 3},
    }
    if award_type_code == "PMQA-CATEGORY":
        rules["repeat_win_years"] = 3
    return {"stage_plan": stages, "eligibility": rules, "form_schema": forms.pmqa_form(2563)}

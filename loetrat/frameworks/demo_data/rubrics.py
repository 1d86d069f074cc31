"""A scoring rubric for each 2566 award type of the demo (PMQA types use PMQA 4.0 instead)."""

PMQA_TYPES = {"PMQA-CATEGORY", "PMQA-OVERALL"}

ORDINAL_LEVELS = [
    ("1", "เริ่มต้น", "Emerging", "มีการดำเนินการบางส่วน", "Partly in place"),
    ("2", "พัฒนา", "Developing", "ดำเนินการครบถ้วนแต่ยังไม่ต่อเนื่อง", "In place, not yet steady"),
    ("3", "ดี", "Good", "ดำเนินการต่อเนื่องและเห็นผล", "Steady, with visible results"),
    ("4", "ดีเยี่ยม", "Excellent", "เป็นแบบอย่างและขยายผลได้", "A model that others adopt"),
]

# type code: (Thai name, English name, [(criterion Thai, English, points, scale type)])
TYPES = {
    "SV-INNOVATION": (
        "นวัตกรรมการบริการ",
        "Service innovation",
        [
            ("ความเป็นนวัตกรรม", "Degree of innovation", 30, "percent_band"),
            ("การนำไปใช้จริง", "Implementation", 20, "ordinal"),
            ("ผลลัพธ์และผลกระทบ", "Results and impact", 40, "percent_band"),
            ("ความยั่งยืน", "Sustainability", 10, "ordinal"),
        ],
    ),
    "SV-DEVELOPMENT": (
        "พัฒนาการบริการ",
        "Service development",
        [
            ("ปัญหาและความต้องการของผู้รับบริการ", "Problem and user needs", 20, "ordinal"),
            ("การปรับปรุงบริการ", "Service improvement", 35, "percent_band"),
            ("ผลลัพธ์ที่เกิดขึ้น", "Results achieved", 45, "percent_band"),
        ],
    ),
    "SV-STANDARD-EXPANSION": (
        "ขยายผลมาตรฐานการบริการ",
        "Service standard expansion",
        [
            ("ความเป็นมาตรฐานของต้นแบบ", "Standard of the model service", 25, "ordinal"),
            ("การถ่ายทอดและขยายผล", "Transfer and expansion", 35, "percent_band"),
            ("ผลลัพธ์ในหน่วยงานที่นำไปใช้", "Results where adopted", 40, "percent_band"),
        ],
    ),
    "SV-EXCELLENT": (
        "การบริการที่เป็นเลิศ",
        "Excellent service",
        [
            ("การออกแบบบริการ", "Service design", 20, "percent_band"),
            ("คุณภาพและมาตรฐานบริการ", "Quality and standards", 25, "percent_band"),
            ("การใช้เทคโนโลยีดิจิทัล", "Use of digital technology", 15, "ordinal"),
            ("ความพึงพอใจของผู้รับบริการ", "User satisfaction", 20, "percent_band"),
            ("การพัฒนาอย่างต่อเนื่อง", "Continuous improvement", 20, "ordinal"),
        ],
    ),
    "SV-RESPONSIVENESS": (
        "บริการตอบโจทย์ตรงใจ",
        "Responsiveness",
        [
            ("โจทย์ความต้องการของภาคเอกชน", "The private sector's need", 25, "ordinal"),
            (
                "ความรวดเร็วและทันกาลของการปรับปรุง",
                "Speed and timeliness of the change",
                35,
                "percent_band",
            ),
            ("ขีดความสามารถในการแข่งขันที่เพิ่มขึ้น", "Gain in competitiveness", 40, "percent_band"),
        ],
    ),
    "SV-INTEGRATED": (
        "การบริการแบบบูรณาการ",
        "Integrated service",
        [
            ("การเชื่อมโยงหน่วยงาน", "Joining up agencies", 30, "percent_band"),
            ("การเชื่อมโยงข้อมูล", "Joining up data", 30, "ordinal"),
            ("ผลต่อผู้รับบริการ", "Effect on service users", 40, "percent_band"),
        ],
    ),
    "PG-OPEN": (
        "เปิดใจใกล้ชิดประชาชน",
        "Open governance",
        [
            ("ความสอดคล้องกับแผนรัฐบาลเปิด", "Fit with the open government plan", 20, "ordinal"),
            ("การเปิดโอกาสให้ประชาชนมีส่วนร่วม", "Openness to participation", 40, "percent_band"),
            ("ผลลัพธ์จากการมีส่วนร่วม", "Results of participation", 40, "percent_band"),
        ],
    ),
    "PG-EFFECTIVE-CHANGE": (
        "สัมฤทธิผลประชาชนมีส่วนร่วม",
        "Effective change",
        [
            ("ระดับการมีส่วนร่วม", "Level of participation", 30, "ordinal"),
            ("การเปลี่ยนแปลงที่เกิดขึ้น", "Change achieved", 40, "percent_band"),
            ("ผลกระทบระดับประเทศ", "National impact", 30, "percent_band"),
        ],
    ),
    "PG-EXPANDED": (
        "เลื่องลือขยายผล",
        "Participation expanded",
        [
            ("ผลงานต้นแบบ", "The model work", 25, "ordinal"),
            ("การขยายผลหรือต่อยอด", "Expansion or extension", 40, "percent_band"),
            ("ผลลัพธ์ในพื้นที่ที่ขยายผล", "Results where expanded", 35, "percent_band"),
        ],
    ),
    "PG-NETWORK": (
        "ประสิทธิผลเครือข่าย",
        "Collaborative network governance",
        [
            ("ความหลากหลายของภาคีเครือข่าย", "Breadth of the network", 20, "ordinal"),
            ("การบูรณาการความร่วมมือ", "Integration of the collaboration", 40, "percent_band"),
            ("ผลต่อบริการสาธารณะ", "Effect on public services", 40, "percent_band"),
        ],
    ),
    "PG-EMPOWERMENT": (
        "การเสริมพลังประชาชน",
        "Empowerment",
        [
            ("การเสริมศักยภาพประชาชน", "Building people's capacity", 35, "percent_band"),
            ("บทบาทของประชาชนในการตัดสินใจ", "People's role in decisions", 35, "ordinal"),
            ("ความยั่งยืนของผลลัพธ์", "Lasting results", 30, "percent_band"),
        ],
    ),
    "PG-AREA": (
        "การขับเคลื่อนเชิงพื้นที่",
        "Area-based governance",
        [
            ("การวิเคราะห์ปัญหาในพื้นที่", "Understanding the area's problems", 20, "ordinal"),
            ("กลไกความร่วมมือในพื้นที่", "Local collaboration", 40, "percent_band"),
            ("ผลลัพธ์ต่อพื้นที่", "Results for the area", 40, "percent_band"),
        ],
    ),
    "HONOUR": (
        "รางวัลเกียรติยศ",
        "Honour award",
        [
            ("ผลงานที่ได้รับรางวัลต่อเนื่อง", "Record of repeated awards", 25, "ordinal"),
            ("คุณค่าที่ยั่งยืนต่อประชาชน", "Lasting value for the public", 30, "percent_band"),
            ("การเตรียมพร้อมรับความเสี่ยงและวิกฤต", "Readiness for risks and crises", 25, "percent_band"),
            ("การเป็นแบบอย่างและถ่ายทอด", "Being a model and sharing", 20, "ordinal"),
        ],
    ),
}

TYPE_FRAMEWORKS = {
    **{code: (f"RUBRIC-{code}", "2566") for code in TYPES},
    **dict.fromkeys(sorted(PMQA_TYPES), ("PMQA-4.0", "2566")),
}


def _scale(scale_type: str) -> dict:
    if scale_type != "ordinal":
        return {}
    return {
        "levels": [
            {"key": key, "label_th": th, "label_en": en, "descriptor_th": dth, "descriptor_en": den}
            for key, th, en, dth, den in ORDINAL_LEVELS
        ]
    }


def rubric_document(type_code: str) -> dict:
    name_th, name_en, criteria = TYPES[type_code]
    return {
        "framework": {
            "code": f"RUBRIC-{type_code}",
            "kind": "award_rubric",
            "name_th": f"เกณฑ์การให้คะแนนรางวัลประเภท{name_th}",
            "name_en": f"Scoring rubric: {name_en}",
            "description_th": "",
            "description_en": "",
        },
        "version": {"label": "2566", "rounding": "half_up", "decimals": 0, "notes": ""},
        "criteria": [
            {
                "code": str(n),
                "name_th": th,
                "name_en": en,
                "points": str(points),
                "scale_type": scale_type,
                "scale": _scale(scale_type),
            }
            for n, (th, en, points, scale_type) in enumerate(criteria, 1)
        ],
    }

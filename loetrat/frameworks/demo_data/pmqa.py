"""PMQA 4.0 demo criteria, written for Loetrat: an organisational profile, six process
categories of four maturity-scored items, and six result items; plus what changed for 2566."""

CATEGORIES = [
    (
        "1",
        "การนำองค์การ",
        "Leadership",
        [
            ("วิสัยทัศน์ ค่านิยม และพันธกิจ", "Vision, values and mission"),
            ("การกำกับดูแลองค์การที่ดี", "Good governance of the organisation"),
            ("การสื่อสารและการสร้างการมีส่วนร่วม", "Communication and engagement"),
            ("ความรับผิดชอบต่อสังคมและชุมชน", "Responsibility to society and communities"),
        ],
    ),
    (
        "2",
        "การวางแผนเชิงยุทธศาสตร์",
        "Strategic planning",
        [
            ("การจัดทำยุทธศาสตร์", "Developing the strategy"),
            ("เป้าประสงค์และตัวชี้วัด", "Goals and indicators"),
            ("การถ่ายทอดแผนสู่การปฏิบัติ", "Turning plans into action"),
            ("การติดตามและปรับแผน", "Tracking and adjusting plans"),
        ],
    ),
    (
        "3",
        "การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย",
        "Customer and stakeholder focus",
        [
            ("การรับฟังความต้องการของผู้รับบริการ", "Listening to service users"),
            ("การออกแบบบริการตามความต้องการ", "Designing services around needs"),
            ("การจัดการข้อร้องเรียน", "Handling complaints"),
            ("ความผูกพันกับผู้มีส่วนได้ส่วนเสีย", "Stakeholder engagement"),
        ],
    ),
    (
        "4",
        "การวัด การวิเคราะห์ และการจัดการความรู้",
        "Measurement, analysis and knowledge management",
        [
            ("การวัดผลการดำเนินงาน", "Measuring performance"),
            ("การวิเคราะห์และทบทวนผล", "Analysing and reviewing results"),
            ("การจัดการข้อมูลและสารสนเทศ", "Managing data and information"),
            ("การจัดการความรู้ในองค์การ", "Organisational knowledge"),
        ],
    ),
    (
        "5",
        "การมุ่งเน้นบุคลากร",
        "Workforce focus",
        [
            ("ขีดความสามารถและอัตรากำลัง", "Workforce capability and capacity"),
            ("สภาพแวดล้อมการทำงาน", "The working environment"),
            ("ความผูกพันของบุคลากร", "Workforce engagement"),
            ("การพัฒนาบุคลากรและผู้นำ", "Developing staff and leaders"),
        ],
    ),
    (
        "6",
        "การมุ่งเน้นระบบปฏิบัติการ",
        "Operations focus",
        [
            ("การออกแบบกระบวนการ", "Designing work processes"),
            ("การปรับปรุงกระบวนการ", "Improving processes"),
            ("การจัดการห่วงโซ่คุณค่าและเครือข่าย", "Managing the value chain and partners"),
            ("ความพร้อมต่อภาวะฉุกเฉิน", "Readiness for emergencies"),
        ],
    ),
]

PRACTICES = {
    "basic": [
        ("มีแนวทางที่เป็นระบบเรื่อง{topic}", "A systematic approach to {topic}"),
        ("สื่อสารแนวทางให้ผู้เกี่ยวข้องทราบทั่วถึง", "The approach is communicated to all concerned"),
        ("นำแนวทางไปปฏิบัติในหน่วยงานหลัก", "The approach is deployed in key units"),
        ("ติดตามผลการปฏิบัติอย่างสม่ำเสมอ", "Results of the approach are tracked regularly"),
    ],
    "advance": [
        ("ทบทวนและปรับปรุงแนวทางจากผลการติดตาม", "The approach is reviewed and improved"),
        ("ใช้ข้อมูลและเทคโนโลยีดิจิทัลสนับสนุน", "Data and digital tools support the approach"),
        ("เชื่อมโยงกับยุทธศาสตร์ขององค์การ", "The approach is linked to the strategy"),
    ],
    "significance": [
        ("ผลลัพธ์ดีขึ้นต่อเนื่องและเทียบเคียงได้", "Results improve steadily and compare well"),
        ("มีนวัตกรรมหรือแนวปฏิบัติที่เป็นเลิศ", "Innovation or a leading practice has emerged"),
        ("เป็นแบบอย่างให้หน่วยงานอื่นเรียนรู้", "Other agencies learn from the practice"),
    ],
}
LEVELS = [
    ("basic", "พื้นฐาน", "Basic", 300),
    ("advance", "ก้าวหน้า", "Advance", 100),
    ("significance", "พัฒนาจนเกิดผล", "Significance", 100),
]

RESULTS_2565 = [
    (
        "ผลลัพธ์ด้านประสิทธิผลตามพันธกิจ",
        "Effectiveness of the mission",
        "ตัวชี้วัดผลสำเร็จตามพันธกิจหลัก",
        "Core mission indicators",
    ),
    (
        "ผลลัพธ์ด้านการให้บริการ",
        "Service results",
        "ตัวชี้วัดความพึงพอใจของผู้รับบริการ",
        "Service user satisfaction indicators",
    ),
    (
        "ผลลัพธ์ด้านการพัฒนาบุคลากร",
        "Workforce development results",
        "ตัวชี้วัดการพัฒนาบุคลากร",
        "Workforce development indicators",
    ),
    ("ผลลัพธ์ด้านการนำองค์การ", "Leadership results", "ตัวชี้วัดธรรมาภิบาล", "Governance indicators"),
    (
        "ผลลัพธ์ด้านงบประมาณ",
        "Budget results",
        "ตัวชี้วัดการเบิกจ่ายงบประมาณ",
        "Budget disbursement indicators",
    ),
    (
        "ผลลัพธ์ด้านกระบวนการ",
        "Process results",
        "ตัวชี้วัดประสิทธิภาพกระบวนการ",
        "Process efficiency indicators",
    ),
]

# 2566 (seed 001): category 7's dimensions and indicator groups are renamed, recommended example
# indicators are added, and every measure must be quantitative.
RESULTS_2566 = [
    (
        "ผลลัพธ์การบรรลุพันธกิจและยุทธศาสตร์",
        "Achieving the mission and strategy",
        "กลุ่มตัวชี้วัดผลผลิตและผลลัพธ์ตามยุทธศาสตร์",
        "Strategic output and outcome indicators",
        "เช่น ร้อยละของเป้าหมายยุทธศาสตร์ที่บรรลุ",
        "e.g. share of strategic targets met",
    ),
    (
        "ผลลัพธ์ด้านผู้รับบริการและผู้มีส่วนได้ส่วนเสีย",
        "Service users and stakeholders",
        "กลุ่มตัวชี้วัดคุณภาพบริการ",
        "Service quality indicators",
        "เช่น ระยะเวลาให้บริการเฉลี่ย จำนวนบริการที่ยื่นออนไลน์ได้",
        "e.g. average service time, number of services available online",
    ),
    (
        "ผลลัพธ์ด้านบุคลากรและการเรียนรู้",
        "Workforce and learning",
        "กลุ่มตัวชี้วัดขีดความสามารถบุคลากร",
        "Workforce capability indicators",
        "เช่น ร้อยละของบุคลากรที่มีทักษะดิจิทัลตามเกณฑ์",
        "e.g. share of staff meeting the digital skills standard",
    ),
    (
        "ผลลัพธ์ด้านการนำองค์การและความโปร่งใส",
        "Leadership and transparency",
        "กลุ่มตัวชี้วัดการเปิดเผยข้อมูลและธรรมาภิบาล",
        "Open data and governance indicators",
        "เช่น จำนวนชุดข้อมูลดิจิทัลที่เปิดเผยต่อสาธารณะ",
        "e.g. number of digital datasets opened to the public",
    ),
    (
        "ผลลัพธ์ด้านการเงินและการใช้ทรัพยากร",
        "Finance and use of resources",
        "กลุ่มตัวชี้วัดความคุ้มค่าของทรัพยากร",
        "Value for money indicators",
        "เช่น ต้นทุนต่อหน่วยบริการ",
        "e.g. cost per service delivered",
    ),
    (
        "ผลลัพธ์ด้านกระบวนการและนวัตกรรม",
        "Processes and innovation",
        "กลุ่มตัวชี้วัดการปรับปรุงกระบวนการและนวัตกรรม",
        "Process improvement and innovation indicators",
        "เช่น จำนวนกระบวนการที่ลดขั้นตอนได้",
        "e.g. number of processes with fewer steps",
    ),
]
QUANTITATIVE_TH = "ตัววัดทุกตัวต้องเป็นตัววัดเชิงปริมาณ มีค่าเป้าหมายและผลย้อนหลังอย่างน้อย 3 ปี"
QUANTITATIVE_EN = (
    "Every measure must be quantitative, with a target and results for at least 3 years."
)


def _item(code: str, name_th: str, name_en: str) -> dict:
    levels = []
    for key, label_th, label_en, points in LEVELS:
        practices = [
            {
                "code": f"{code}-{key[0].upper()}{number}",
                "text_th": text_th.format(topic=name_th),
                "text_en": text_en.format(topic=name_en.lower()),
            }
            for number, (text_th, text_en) in enumerate(PRACTICES[key], start=1)
        ]
        levels.append(
            {
                "key": key,
                "label_th": label_th,
                "label_en": label_en,
                "max_points": points,
                "practices": practices,
            }
        )
    return {
        "code": code,
        "name_th": name_th,
        "name_en": name_en,
        "points": "500",
        "scale_type": "maturity",
        "scale": {"levels": levels},
    }


def _result(number: int, name_th, name_en, group_th, group_en) -> dict:
    return {
        "code": f"7.{number}",
        "name_th": name_th,
        "name_en": name_en,
        "points": "500",
        "guidance_th": "ผลการดำเนินงานเทียบกับเป้าหมายปีล่าสุด",
        "guidance_en": "Results of the latest year against the target.",
        "scale_type": "results",
        "scale": {"direction": "higher", "indicator_th": group_th, "indicator_en": group_en},
    }


def pmqa_2565() -> dict:
    criteria = [
        {
            "code": "P",
            "name_th": "ลักษณะสำคัญขององค์การ",
            "name_en": "Organisational profile",
            "guidance_th": "บริบทขององค์การ ใช้ประกอบการประเมิน ไม่คิดคะแนน",
            "guidance_en": "The organisation's context; read with the assessment, not scored.",
        }
    ]
    for code, name_th, name_en, items in CATEGORIES:
        criteria.append(
            {
                "code": code,
                "name_th": name_th,
                "name_en": name_en,
                "aggregation": "mean",
                "children": [_item(f"{code}.{n}", th, en) for n, (th, en) in enumerate(items, 1)],
            }
        )
    criteria.append(
        {
            "code": "7",
            "name_th": "ผลลัพธ์การดำเนินการ",
            "name_en": "Results",
            "aggregation": "mean",
            "children": [_result(n, *row) for n, row in enumerate(RESULTS_2565, 1)],
        }
    )
    return {
        "framework": {
            "code": "PMQA-4.0",
            "kind": "pmqa",
            "name_th": "เกณฑ์คุณภาพการบริหารจัดการภาครัฐ 4.0",
            "name_en": "Public Sector Management Quality Award criteria 4.0",
            "description_th": "เกณฑ์ที่พัฒนาจากแนวคิดของรางวัลคุณภาพแห่งชาติ ใช้ประเมินตนเองและพิจารณารางวัล",
            "description_en": "Criteria derived from the national quality award model, used for "
            "self-assessment and the PMQA award.",
        },
        "version": {
            "label": "2565",
            "rounding": "half_up",
            "decimals": 0,
            "notes": "ฉบับปรับปรุง 2562 ใช้สำหรับรอบปี 2565",
        },
        "criteria": criteria,
    }


def pmqa_2566_changes() -> dict[str, dict]:
    """criterion code → the changes made for 2566 (applied to a clone of 2565)."""
    changes = {
        "7": {"guidance_th": QUANTITATIVE_TH, "guidance_en": QUANTITATIVE_EN},
    }
    for number, (name_th, name_en, group_th, group_en, ex_th, ex_en) in enumerate(RESULTS_2566, 1):
        changes[f"7.{number}"] = {
            "name_th": name_th,
            "name_en": name_en,
            "guidance_th": f"{QUANTITATIVE_TH} ตัวอย่างตัวชี้วัดแนะนำ: {ex_th}",
            "guidance_en": f"{QUANTITATIVE_EN} Recommended example indicators: {ex_en}",
            "scale": {
                "direction": "higher",
                "indicator_th": group_th,
                "indicator_en": group_en,
                "unit": "",
                "below": "proportional",
                "target": None,
            },
        }
    return changes

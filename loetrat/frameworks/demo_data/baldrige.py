"""A Baldrige-style 1,000-point model for the demo: seven categories, process and results
items, each item scored in percentage bands."""

CATEGORIES = [
    (
        "1",
        "การนำองค์การ",
        "Leadership",
        [
            ("การนำโดยผู้บริหารระดับสูง", "Senior leadership", 70, "process"),
            (
                "การกำกับดูแลและความรับผิดชอบต่อสังคม",
                "Governance and societal contributions",
                50,
                "process",
            ),
        ],
    ),
    (
        "2",
        "กลยุทธ์",
        "Strategy",
        [
            ("การจัดทำกลยุทธ์", "Strategy development", 45, "process"),
            ("การนำกลยุทธ์ไปปฏิบัติ", "Strategy implementation", 40, "process"),
        ],
    ),
    (
        "3",
        "ลูกค้า",
        "Customers",
        [
            ("ความคาดหวังของลูกค้า", "Customer expectations", 40, "process"),
            ("ความผูกพันของลูกค้า", "Customer engagement", 45, "process"),
        ],
    ),
    (
        "4",
        "การวัด การวิเคราะห์ และการจัดการความรู้",
        "Measurement, analysis and knowledge management",
        [
            (
                "การวัด วิเคราะห์ และปรับปรุงผลการดำเนินการ",
                "Measuring, analysing and improving performance",
                45,
                "process",
            ),
            ("การจัดการสารสนเทศและความรู้", "Information and knowledge management", 45, "process"),
        ],
    ),
    (
        "5",
        "บุคลากร",
        "Workforce",
        [
            ("สภาพแวดล้อมด้านบุคลากร", "Workforce environment", 40, "process"),
            ("ความผูกพันของบุคลากร", "Workforce engagement", 45, "process"),
        ],
    ),
    (
        "6",
        "การปฏิบัติการ",
        "Operations",
        [
            ("กระบวนการทำงาน", "Work processes", 45, "process"),
            ("ประสิทธิผลของการปฏิบัติการ", "Operational effectiveness", 40, "process"),
        ],
    ),
    (
        "7",
        "ผลลัพธ์",
        "Results",
        [
            ("ผลลัพธ์ด้านผลิตภัณฑ์และกระบวนการ", "Product and process results", 120, "results"),
            ("ผลลัพธ์ด้านลูกค้า", "Customer results", 80, "results"),
            ("ผลลัพธ์ด้านบุคลากร", "Workforce results", 80, "results"),
            (
                "ผลลัพธ์ด้านการนำองค์การและการกำกับดูแล",
                "Leadership and governance results",
                80,
                "results",
            ),
            ("ผลลัพธ์ด้านการเงินและกลยุทธ์", "Financial and strategy results", 90, "results"),
        ],
    ),
]

GUIDANCE = {
    "process": (
        "ประเมินแนวทาง การนำไปปฏิบัติ การเรียนรู้ และการบูรณาการ",
        "Assess approach, deployment, learning and integration.",
    ),
    "results": (
        "ประเมินระดับผล แนวโน้ม การเปรียบเทียบ และการบูรณาการ",
        "Assess levels, trends, comparisons and integration.",
    ),
}


def baldrige_2566() -> dict:
    criteria = []
    for code, name_th, name_en, items in CATEGORIES:
        children = [
            {
                "code": f"{code}.{n}",
                "name_th": th,
                "name_en": en,
                "points": str(points),
                "guidance_th": GUIDANCE[kind][0],
                "guidance_en": GUIDANCE[kind][1],
                "scale_type": "percent_band",
            }
            for n, (th, en, points, kind) in enumerate(items, 1)
        ]
        total = sum(points for _th, _en, points, _kind in items)
        criteria.append(
            {
                "code": code,
                "name_th": name_th,
                "name_en": name_en,
                "points": str(total),
                "children": children,
            }
        )
    return {
        "framework": {
            "code": "BALDRIGE-1000",
            "kind": "baldrige",
            "name_th": "เกณฑ์แบบบอลดริจ 1,000 คะแนน",
            "name_en": "Baldrige-style 1,000-point criteria",
            "description_th": "ตัวอย่างเกณฑ์การประเมินแบบช่วงร้อยละ สำหรับทดลองการให้คะแนน",
            "description_en": "A demonstration of percentage-band scoring.",
        },
        "version": {"label": "2566", "rounding": "half_up", "decimals": 0, "notes": ""},
        "criteria": criteria,
    }

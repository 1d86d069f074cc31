"""Small documents and trees shared by the framework tests."""

import copy

MATURITY_LEVELS = [
    {
        "key": "basic",
        "label_th": "พื้นฐาน",
        "label_en": "Basic",
        "max_points": 300,
        "practices": [
            {"code": f"B{n}", "text_th": f"พื้นฐาน {n}", "text_en": ""} for n in (1, 2, 3, 4)
        ],
    },
    {
        "key": "advance",
        "label_th": "ก้าวหน้า",
        "label_en": "Advance",
        "max_points": 100,
        "practices": [{"code": f"A{n}", "text_th": f"ก้าวหน้า {n}", "text_en": ""} for n in (1, 2)],
    },
    {
        "key": "significance",
        "label_th": "พัฒนาจนเกิดผล",
        "label_en": "Significance",
        "max_points": 100,
        "practices": [{"code": f"S{n}", "text_th": f"เกิดผล {n}", "text_en": ""} for n in (1, 2)],
    },
]

ORDINAL = {
    "levels": [
        {"key": str(n), "label_th": f"ระดับ {n}", "label_en": f"Level {n}"} for n in (1, 2, 3, 4)
    ]
}

DOCUMENT = {
    "format": "loetrat.frameworks/1",
    "framework": {
        "code": "TEST-FW",
        "name_th": "เกณฑ์ทดสอบ",
        "name_en": "Test criteria",
        "kind": "other",
    },
    "version": {"label": "2566", "rounding": "half_up", "decimals": 0, "notes": "ทดสอบ"},
    "criteria": [
        {
            "code": "1",
            "name_th": "หมวด 1",
            "name_en": "Category 1",
            "aggregation": "mean",
            "children": [
                {
                    "code": "1.1",
                    "name_th": "หัวข้อ 1.1",
                    "points": "500",
                    "scale_type": "maturity",
                    "scale": {"levels": MATURITY_LEVELS},
                },
                {
                    "code": "1.2",
                    "name_th": "หัวข้อ 1.2",
                    "points": "500",
                    "scale_type": "results",
                    "scale": {"direction": "lower", "indicator_th": "เวลารอคอย"},
                },
            ],
        },
        {
            "code": "2",
            "name_th": "หมวด 2",
            "points": "100",
            "children": [
                {
                    "code": "2.1",
                    "name_th": "หัวข้อ 2.1",
                    "points": "70",
                    "scale_type": "percent_band",
                },
                {
                    "code": "2.2",
                    "name_th": "หัวข้อ 2.2",
                    "points": "20",
                    "scale_type": "ordinal",
                    "scale": ORDINAL,
                },
                {
                    "code": "2.3",
                    "name_th": "หัวข้อ 2.3",
                    "points": "10",
                    "scale_type": "points_range",
                },
            ],
        },
        {"code": "P", "name_th": "ลักษณะสำคัญขององค์การ"},
    ],
}


def document(**version):
    data = copy.deepcopy(DOCUMENT)
    data["version"].update(version)
    return data

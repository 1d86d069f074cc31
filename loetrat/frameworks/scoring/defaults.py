"""The default parameters of each scale, used when a criterion's scale JSON leaves them out."""

from __future__ import annotations

PERCENT_STEP = 5

DEFAULT_PERCENT_BANDS = [
    {
        "key": "0-5",
        "min_percent": 0,
        "max_percent": 5,
        "label_th": "ไม่มีแนวทางอย่างเป็นระบบ",
        "label_en": "No systematic approach",
        "descriptor_th": "ยังไม่มีแนวทางที่เป็นระบบ ผลลัพธ์ไม่มีหรือไม่ได้รายงาน",
        "descriptor_en": "No systematic approach is evident; results are absent or not reported.",
    },
    {
        "key": "10-25",
        "min_percent": 10,
        "max_percent": 25,
        "label_th": "เริ่มมีแนวทาง",
        "label_en": "Beginning of an approach",
        "descriptor_th": "เริ่มมีแนวทางอย่างเป็นระบบในบางส่วน ยังอยู่ในขั้นตั้งต้น",
        "descriptor_en": "The beginning of a systematic approach in a few areas.",
    },
    {
        "key": "30-45",
        "min_percent": 30,
        "max_percent": 45,
        "label_th": "มีแนวทางพื้นฐาน",
        "label_en": "Basic approach",
        "descriptor_th": "มีแนวทางที่ตอบข้อกำหนดพื้นฐาน นำไปปฏิบัติในส่วนสำคัญ",
        "descriptor_en": "An effective approach to the basic requirements, deployed in key areas.",
    },
    {
        "key": "50-65",
        "min_percent": 50,
        "max_percent": 65,
        "label_th": "มีแนวทางที่ได้ผลและปรับปรุง",
        "label_en": "Effective and improving",
        "descriptor_th": "แนวทางได้ผลและนำไปปฏิบัติอย่างดี มีการประเมินและปรับปรุงอย่างเป็นระบบ",
        "descriptor_en": "An effective, well-deployed approach, evaluated and improved.",
    },
    {
        "key": "70-85",
        "min_percent": 70,
        "max_percent": 85,
        "label_th": "บูรณาการกับความต้องการขององค์การ",
        "label_en": "Aligned and integrated",
        "descriptor_th": "แนวทางสอดคล้องกับความต้องการขององค์การ มีการเรียนรู้และนวัตกรรม",
        "descriptor_en": "Aligned with organisational needs, with learning and innovation.",
    },
    {
        "key": "90-100",
        "min_percent": 90,
        "max_percent": 100,
        "label_th": "เป็นแบบอย่างที่ดี",
        "label_en": "Role model",
        "descriptor_th": "แนวทางบูรณาการเต็มที่ เป็นแบบอย่างและนวัตกรรมที่ผู้อื่นนำไปใช้",
        "descriptor_en": "A fully integrated approach, a role model that others adopt.",
    },
]

DEFAULT_MATURITY_LEVELS = [
    {"key": "basic", "label_th": "พื้นฐาน", "label_en": "Basic", "share": 60},
    {"key": "advance", "label_th": "ก้าวหน้า", "label_en": "Advance", "share": 20},
    {"key": "significance", "label_th": "พัฒนาจนเกิดผล", "label_en": "Significance", "share": 20},
]

DEFAULT_RESULT_BANDS = [
    {
        "key": "meets",
        "label_th": "บรรลุเป้าหมาย",
        "label_en": "Meets the target",
        "up_to_percent": 0,
        "points": 300,
    },
    {
        "key": "exceeds",
        "label_th": "สูงกว่าเป้าหมายไม่เกินร้อยละ 5",
        "label_en": "Exceeds the target by up to 5%",
        "up_to_percent": 5,
        "points": 400,
    },
    {
        "key": "beyond",
        "label_th": "สูงกว่าเป้าหมายเกินร้อยละ 5",
        "label_en": "Exceeds the target by more than 5%",
        "up_to_percent": None,
        "points": 500,
    },
]

RESULT_DIRECTIONS = ("higher", "lower")
RESULT_BELOW = ("proportional", "zero")

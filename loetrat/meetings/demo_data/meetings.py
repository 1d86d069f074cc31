"""The four committee meetings of the seeds, each with its agenda and resolutions.

`day` is the Gregorian date (the pages show it in the Buddhist Era); the reports give no start
time, so the demo uses 09:30. `link` names an object the item concerns, if the demo has it:
"pmqa-2566" (the PMQA 4.0 criteria version 2566), "cycle-2566" (the 2566 award cycle),
"org:BB" (an organisation, here the Bureau of the Budget being restructured)."""

import datetime

from .committees import COMMISSION, GOOD_GOVERNANCE

OPDC_ROOM = "ห้องประชุม ก.พ.ร. ชั้น 5 อาคารสำนักงาน ก.พ.ร."

MEETINGS: list[dict] = [
    {
        "seed": "000",
        "committee": GOOD_GOVERNANCE,
        "number": (4, 2562),
        "day": datetime.date(2019, 11, 19),
        "mode": "in_person",
        "place_th": OPDC_ROOM,
        "items": [
            {
                "kind": "consideration",
                "title_th": "การปรับปรุงเกณฑ์คุณภาพการบริหารจัดการภาครัฐ พ.ศ. 2562",
                "title_en": "Revised Public Sector Management Quality Award criteria, 2019",
                "summary_th": (
                    "สำนักงาน ก.พ.ร. เสนอเกณฑ์ PMQA ฉบับปรับปรุง พ.ศ. 2562 ให้ทันสมัยและเทียบได้กับ"
                    "มาตรฐานสากล ใช้พิจารณารางวัลตั้งแต่รอบปี 2563 โดยมุ่ง (1) ให้เกณฑ์วัดภาวะผู้นำและ"
                    "วิธีปฏิบัติที่พาองค์การไปสู่ผลลัพธ์ระดับเป็นเลิศที่ได้รับการยอมรับทั้งในประเทศและ"
                    "ระดับสากล (2) ให้เกณฑ์สั้น ชัด เข้าใจง่าย และใช้ได้กับส่วนราชการทุกประเภท และ "
                    "(3) ให้ส่วนราชการมองระบบบริหารอย่างบูรณาการ ครอบคลุมวัฒนธรรมองค์การ "
                    "การเชื่อมโยงข้อมูลตลอดกระบวนงาน และความมั่นคงปลอดภัยไซเบอร์"
                ),
                "presenter_th": "สำนักงาน ก.พ.ร.",
                "outcome": "approved",
                "resolution_th": (
                    "เห็นชอบเกณฑ์คุณภาพการบริหารจัดการภาครัฐ พ.ศ. 2562 เพื่อใช้ตั้งแต่การพิจารณารางวัล"
                    "ปี พ.ศ. 2563 และให้สำนักงาน ก.พ.ร. ชี้แจงแนวทางของเกณฑ์แก่หน่วยงานในเดือน"
                    "ธันวาคม 2562"
                ),
                "resolution_en": (
                    "Approved the revised 2019 criteria, to be used for the awards from 2020; OPDC "
                    "will brief agencies on them in December 2019."
                ),
            },
            {
                "kind": "acknowledgement",
                "title_th": ("รายงานการเข้าร่วมประชุม Public Governance Committee ของ OECD ครั้งที่ 60"),
                "title_en": "Report on the 60th session of the OECD Public Governance Committee",
                "summary_th": (
                    "ผู้แทนสำนักงาน ก.พ.ร. เข้าร่วมการประชุมและการหารือกับผู้เชี่ยวชาญของ OECD ที่กรุงปารีส "
                    "ระหว่างวันที่ 13–15 พฤศจิกายน 2562 ประเด็นที่น่าสนใจมี 5 เรื่อง ได้แก่ รายจ่ายภาครัฐ"
                    "ที่สูงขึ้นจากสังคมสูงวัย ความเชื่อมั่นของประชาชนที่เพิ่มขึ้นเมื่อรัฐเปิดเผย โปร่งใส "
                    "และรับผิดรับชอบ การเสริมสมรรถนะบุคลากรภาครัฐให้ทันเทคโนโลยีและสังคม การสำรวจ"
                    "ความต้องการของประชาชนให้มากขึ้น และงบประมาณที่คำนึงถึงความเท่าเทียมทางเพศ"
                ),
                "presenter_th": "สำนักงาน ก.พ.ร.",
                "outcome": "noted",
                "resolution_th": "รับทราบรายงานผลการประชุม",
                "resolution_en": "Noted the report.",
            },
        ],
    },
    {
        "seed": "002",
        "committee": COMMISSION,
        "number": (2, 2564),
        "day": datetime.date(2021, 5, 31),
        "mode": "hybrid",
        "place_th": OPDC_ROOM + " และผ่านระบบการประชุมทางไกล (Zoom)",
        "items": [
            {
                "kind": "consideration",
                "title_th": (
                    "การปรับแนวทางการประเมินส่วนราชการและจังหวัด ปีงบประมาณ พ.ศ. 2564 ในสถานการณ์โควิด-19"
                ),
                "title_en": (
                    "Adjusting the FY2021 evaluation of agencies and provinces for COVID-19"
                ),
                "summary_th": (
                    "ปรับการประเมินตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ ปีงบประมาณ 2564 "
                    "เพื่อลดภาระของส่วนราชการและจังหวัดที่ต้องรับมือการระบาดและดูแลประชาชนในภาวะวิกฤต"
                ),
                "outcome": "approved",
                "cabinet": True,
                "resolution_th": "เห็นชอบ และให้เสนอคณะรัฐมนตรีพิจารณาต่อไป",
                "resolution_en": "Approved; to be put to the Cabinet.",
            },
            {
                "kind": "consideration",
                "title_th": "กรอบการประเมินส่วนราชการ ปีงบประมาณ พ.ศ. 2565",
                "title_en": "The FY2022 framework for evaluating agencies",
                "summary_th": (
                    "กระทรวงเป็นผู้กำหนดและถ่ายทอดตัวชี้วัดลงสู่กรม ประเมินผ่านคณะทำงานและคณะกรรมการ "
                    "มีตัวชี้วัดร่วมระหว่างกระทรวง (Joint KPIs) และระหว่างกระทรวงกับจังหวัด "
                    "(Function-Area KPIs) ตัวชี้วัด Monitor ด้านการพัฒนาศักยภาพองค์การ "
                    "และเชื่อมกับการประเมินผลรายบุคคลของ ก.พ."
                ),
                "outcome": "approved",
                "cabinet": True,
                "resolution_th": "เห็นชอบ และให้เสนอคณะรัฐมนตรีพิจารณาต่อไป",
                "resolution_en": "Approved; to be put to the Cabinet.",
            },
            {
                "kind": "consideration",
                "title_th": "แนวทางการขับเคลื่อนบริการประชาชนผ่านระบบอิเล็กทรอนิกส์ (e-Service) ปี 2565",
                "title_en": "Guidelines for electronic public services (e-Service), FY2022",
                "summary_th": (
                    "คัดเลือกงานบริการที่จะพัฒนาเป็น e-Service เป็น 2 กลุ่ม คือ งานตามวาระสำคัญของ"
                    "ประเทศ และงานบริการของแต่ละส่วนราชการ แล้วกำหนดเป็นตัวชี้วัดการประเมินปี 2565"
                ),
                "outcome": "approved",
                "cabinet": True,
                "resolution_th": "เห็นชอบ และให้เสนอคณะรัฐมนตรีพิจารณาต่อไป",
                "resolution_en": "Approved; to be put to the Cabinet.",
            },
            {
                "kind": "consideration",
                "title_th": "การปรับปรุงการแบ่งส่วนราชการของสำนักงบประมาณ สำนักนายกรัฐมนตรี",
                "title_en": "Restructuring the Bureau of the Budget, Office of the Prime Minister",
                "summary_th": (
                    "ปรับโครงสร้างให้รองรับงานตามพระราชบัญญัติวิธีการงบประมาณ พ.ศ. 2561 และกฎหมาย"
                    "ว่าด้วยวินัยการเงินการคลังของรัฐ และให้การพิจารณาและจัดสรรงบประมาณระดับพื้นที่"
                    "บูรณาการกันได้ดีขึ้น"
                ),
                "outcome": "approved",
                "cabinet": True,
                "links": ["org:BB"],
                "resolution_th": "เห็นชอบ และให้เสนอคณะรัฐมนตรีพิจารณาต่อไป",
                "resolution_en": "Approved; to be put to the Cabinet.",
            },
            {
                "kind": "consideration",
                "title_th": "(ร่าง) ยุทธศาสตร์การพัฒนาระบบราชการ พ.ศ. 2564–2565",
                "title_en": "Draft public-sector development strategy 2021–2022",
                "summary_th": (
                    "3 ยุทธศาสตร์: (1) บริการภาครัฐเพื่อประชาชน (2) ปรับบทบาท ภารกิจ และโครงสร้าง"
                    "หน่วยงานให้ทันสมัยและยืดหยุ่น (3) เพิ่มประสิทธิภาพการบริหารงานภาครัฐ "
                    "พร้อมตัวชี้วัด แนวทางการพัฒนา และโครงการสำคัญ (Flagship Project)"
                ),
                "outcome": "approved",
                "resolution_th": "เห็นชอบ (ร่าง) ยุทธศาสตร์ และให้ขับเคลื่อนโครงการสำคัญต่อไป",
                "resolution_en": "Approved the draft strategy; its flagship projects go ahead.",
            },
        ],
    },
    {
        "seed": "004",
        "committee": GOOD_GOVERNANCE,
        "number": (5, 2565),
        "day": datetime.date(2022, 7, 20),
        "mode": "online",
        "place_th": "",
        "items": [
            {
                "kind": "consideration",
                "title_th": "ผลการตรวจประเมินรางวัลเลิศรัฐ ประจำปี 2565 ขั้นตอนที่ 1 (ตรวจเอกสาร)",
                "title_en": "Stage 1 (document review) results of the 2022 Excellence Awards",
                "summary_th": (
                    "ผลการตรวจรายงานของ 2 ประเภท คือ ประเภทขยายผลมาตรฐานการบริการ (สาขาบริการภาครัฐ) "
                    "และประเภทเลื่องลือขยายผล (สาขาการบริหารราชการแบบมีส่วนร่วม) พร้อมข้อเสนอให้"
                    "สนับสนุนผู้สมัครด้วยเวทีแลกเปลี่ยนเรียนรู้ คลินิกให้คำปรึกษา สื่อเผยแพร่ผลงานต้นแบบ "
                    "และเทคนิคการนำเสนอ และให้หน่วยงานที่มีผลสัมฤทธิ์สูงต่อยอดสมัครประเภทขยายผล "
                    "โดยพิจารณามอบรางวัลทั้งหน่วยงานต้นแบบและหน่วยงานที่นำไปขยายผล"
                ),
                "outcome": "approved",
                "resolution_th": (
                    "เห็นชอบผลการตรวจประเมินขั้นตอนที่ 1 ทั้ง 2 ประเภท และข้อเสนอการส่งเสริมผู้สมัคร "
                    "ให้ตรวจประเมิน ณ พื้นที่ปฏิบัติงานของหน่วยงานที่ผ่านต่อไป"
                ),
                "resolution_en": (
                    "Approved the stage 1 results of both types and the support proposals; site "
                    "visits of the agencies that passed follow."
                ),
            },
            {
                "kind": "consideration",
                "title_th": "ผลการพิจารณารางวัลเกียรติยศ ประจำปี 2565",
                "title_en": "Results of the 2022 Honour Award",
                "summary_th": (
                    "รางวัลสำหรับหน่วยงานต้นแบบที่พัฒนาต่อเนื่องจนสำเร็จ สร้างคุณค่าต่อสังคมและประเทศ "
                    "และเตรียมรับความเสี่ยง วิกฤต และการเปลี่ยนแปลงในอนาคตเชิงรุกอย่างยั่งยืน"
                ),
                "outcome": "approved",
                "resolution_th": (
                    "เห็นชอบผลการพิจารณา ให้ผู้แทนคณะอนุกรรมการตรวจประเมิน ณ พื้นที่ปฏิบัติงานต่อไป"
                ),
                "resolution_en": (
                    "Approved the results; members of the sub-committee will visit the agencies."
                ),
            },
            {
                "kind": "acknowledgement",
                "title_th": "depa ได้รับรางวัล United Nations Public Service Awards 2022",
                "title_en": "depa wins a United Nations Public Service Award 2022",
                "summary_th": (
                    "สำนักงานส่งเสริมเศรษฐกิจดิจิทัลชนะเลิศสาขา Fostering innovation to deliver "
                    "inclusive and equitable services จากผลงาน Koh Libong Community: Digital "
                    "Transformation for Smart Environment ซึ่งเคยได้รับรางวัลเลิศรัฐ สาขาการบริหาร"
                    "ราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม ปี 2564"
                ),
                "outcome": "noted",
                "resolution_th": "รับทราบ",
                "resolution_en": "Noted.",
            },
            {
                "kind": "acknowledgement",
                "title_th": "ความก้าวหน้าการตรวจประเมิน ณ พื้นที่ปฏิบัติงาน รางวัลเลิศรัฐ 3 สาขา",
                "title_en": "Progress of the site visits in the three award branches",
                "outcome": "noted",
                "resolution_th": "รับทราบ",
                "resolution_en": "Noted.",
            },
        ],
    },
    {
        "seed": "001",
        "committee": GOOD_GOVERNANCE,
        "number": (7, 2565),
        "day": datetime.date(2022, 9, 27),
        "mode": "online",
        "place_th": "",
        "items": [
            {
                "kind": "consideration",
                "title_th": "หลักเกณฑ์และแนวทางการพิจารณารางวัลเลิศรัฐ ประจำปี 2566",
                "title_en": "Criteria and guidelines of the 2023 Excellence Awards",
                "summary_th": (
                    "สาขาบริการภาครัฐคง 6 ประเภท: เพิ่มประเภทบริการตอบโจทย์ตรงใจ (Responsiveness) "
                    "ยกเลิกประเภทการบริการที่ตอบสนองต่อสภาวะวิกฤติ และนิยามประเภทให้ชัดขึ้น "
                    "สาขาการบริหารราชการแบบมีส่วนร่วมเพิ่มจาก 5 เป็น 6 ประเภท: เพิ่มประเภทประสิทธิผล"
                    "เครือข่าย (Collaborative Network Governance) ปรับเงื่อนไขประเภทเปิดใจใกล้ชิด"
                    "ประชาชนให้สอดคล้องกับ OG&MP และร่างกฎหมายการมีส่วนร่วมของประชาชน และปรับการให้"
                    "คะแนนประเภทสัมฤทธิผลประชาชนมีส่วนร่วมและเลื่องลือขยายผล "
                    "สาขาคุณภาพการบริหารจัดการภาครัฐ: ปรับหมวด 7 ของ PMQA 4.0 (ชื่อมิติ กลุ่มตัวชี้วัด "
                    "ตัวอย่างตัวชี้วัด เช่น การเปิดเผยชุดข้อมูลดิจิทัล) ตัววัดทุกตัวต้องเป็นเชิงปริมาณ "
                    "และขั้นตอนที่ 1 ตรวจเฉพาะตัวชี้วัดหมวด 7"
                ),
                "presenter_th": "สำนักงาน ก.พ.ร.",
                "outcome": "approved",
                "links": ["pmqa-2566", "cycle-2566"],
                "resolution_th": (
                    "เห็นชอบหลักเกณฑ์และแนวทางการพิจารณารางวัลเลิศรัฐ ประจำปี 2566 ทั้ง 3 สาขา "
                    "รวมถึงเกณฑ์ PMQA 4.0 ฉบับ 2566 ที่ปรับหมวด 7"
                ),
                "resolution_en": (
                    "Approved the 2023 award criteria in all three branches, including the PMQA "
                    "4.0 version 2566 with its revised category 7."
                ),
            },
            {
                "kind": "consideration",
                "title_th": (
                    "แนวทางส่งเสริมการบริหารกิจการบ้านเมืองที่ดีและยกระดับคุณภาพภาครัฐ ปีงบประมาณ พ.ศ. 2566"
                ),
                "title_en": "Good-governance and public-sector quality plan for FY2023",
                "summary_th": (
                    "ผลการดำเนินงานปีงบประมาณ 2565 และแผนปี 2566: ทำต่อเนื่องเรื่องการพัฒนาเกณฑ์ "
                    "การยกระดับภาครัฐด้วยรางวัล และการขยายผลรางวัลเลิศรัฐ เพิ่มการต่อยอดผลงานสู่รางวัล"
                    "ระดับประเทศและระดับสากล และจัดมหกรรม GOV Expo ร่วมกับสำนักงานนวัตกรรมแห่งชาติ"
                ),
                "outcome": "approved",
                "resolution_th": "เห็นชอบผลการดำเนินงานปี 2565 และแนวทางการดำเนินงานปี 2566",
                "resolution_en": "Approved the FY2022 results and the FY2023 plan.",
            },
            {
                "kind": "acknowledgement",
                "title_th": "พิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
                "title_en": "The 2022 Excellence Awards ceremony",
                "summary_th": (
                    "รองนายกรัฐมนตรี (นายวิษณุ เครืองาม) เป็นประธานพิธีและมอบนโยบายและทิศทาง"
                    "การพัฒนาระบบราชการ"
                ),
                "outcome": "noted",
                "resolution_th": "รับทราบ",
                "resolution_en": "Noted.",
            },
            {
                "kind": "acknowledgement",
                "title_th": "การงดรับสมัครรางวัล UNPSA ปี 2023",
                "title_en": "No UNPSA call for applications in 2023",
                "summary_th": (
                    "องค์การสหประชาชาติแจ้งว่าจะปรับปรุงหลักเกณฑ์ของ UNPSA จึงงดรับสมัครในปี 2023 "
                    "และจะแจ้งข้อมูลเพิ่มเติมต่อไป"
                ),
                "outcome": "noted",
                "resolution_th": "รับทราบ",
                "resolution_en": "Noted.",
            },
        ],
    },
]

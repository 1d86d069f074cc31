"""Word material for national-scale bodies: pure data, Thai and English in pairs.

The real backbone (ministries, departments, province clusters, provinces) comes from the demo
data; these lists only name the many bodies below it, the way Thai public bodies are named."""

# Divisions of a department (ส่วนราชการภายในกรม).
DEPARTMENT_UNITS = [
    ("สำนักงานเลขานุการกรม", "Office of the Secretary"),
    ("กองการเจ้าหน้าที่", "Personnel Division"),
    ("กองคลัง", "Finance Division"),
    ("กองแผนงาน", "Planning Division"),
    ("กองกฎหมาย", "Legal Affairs Division"),
    ("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "Information and Communication Technology Centre"),
    ("สำนักนโยบายและยุทธศาสตร์", "Bureau of Policy and Strategy"),
    ("กลุ่มพัฒนาระบบบริหาร", "Public Sector Development Group"),
    ("กลุ่มตรวจสอบภายใน", "Internal Audit Group"),
    ("สำนักงานตรวจราชการ", "Inspection Office"),
    ("กองวิชาการ", "Technical Division"),
    ("ศูนย์ปฏิบัติการ", "Operations Centre"),
]

# Sections inside a division (ฝ่าย, กลุ่มงาน).
SECTIONS = [
    ("ฝ่ายบริหารทั่วไป", "General Administration Section"),
    ("กลุ่มงานงบประมาณ", "Budget Group"),
    ("กลุ่มงานพัสดุ", "Procurement Group"),
    ("กลุ่มงานบัญชี", "Accounting Group"),
    ("ฝ่ายสารบรรณ", "Records Section"),
    ("กลุ่มงานวิเคราะห์ข้อมูล", "Data Analysis Group"),
    ("กลุ่มงานประชาสัมพันธ์", "Public Relations Group"),
    ("ฝ่ายพัฒนาบุคลากร", "Staff Development Section"),
    ("กลุ่มงานยุทธศาสตร์", "Strategy Group"),
    ("กลุ่มงานติดตามและประเมินผล", "Monitoring and Evaluation Group"),
]

# Provincial offices of central agencies (ราชการส่วนภูมิภาค): "<office>จังหวัด<province>".
PROVINCIAL_OFFICES = [
    ("สำนักงานจังหวัด", "Provincial Office"),
    ("สำนักงานสาธารณสุขจังหวัด", "Provincial Public Health Office"),
    ("สำนักงานเกษตรจังหวัด", "Provincial Agriculture Office"),
    ("สำนักงานพัฒนาชุมชนจังหวัด", "Provincial Community Development Office"),
    ("สำนักงานคลังจังหวัด", "Provincial Comptroller's Office"),
    ("สำนักงานที่ดินจังหวัด", "Provincial Land Office"),
    ("สำนักงานแรงงานจังหวัด", "Provincial Labour Office"),
    ("สำนักงานพาณิชย์จังหวัด", "Provincial Commerce Office"),
    ("สำนักงานวัฒนธรรมจังหวัด", "Provincial Culture Office"),
    ("สำนักงานการท่องเที่ยวและกีฬาจังหวัด", "Provincial Tourism and Sports Office"),
    (
        "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด",
        "Provincial Natural Resources and Environment Office",
    ),
    ("สำนักงานสถิติจังหวัด", "Provincial Statistical Office"),
    (
        "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
        "Provincial Social Development and Human Security Office",
    ),
    ("สำนักงานอุตสาหกรรมจังหวัด", "Provincial Industry Office"),
    ("สำนักงานประชาสัมพันธ์จังหวัด", "Provincial Public Relations Office"),
    (
        "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด",
        "Provincial Disaster Prevention and Mitigation Office",
    ),
    ("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด", "Provincial Local Administration Office"),
    ("สำนักงานศึกษาธิการจังหวัด", "Provincial Education Office"),
    ("สำนักงานประกันสังคมจังหวัด", "Provincial Social Security Office"),
    ("สำนักงานพลังงานจังหวัด", "Provincial Energy Office"),
]

# Local government (องค์กรปกครองส่วนท้องถิ่น), roughly in the national proportions: about a
# third municipalities, two thirds subdistrict administrative organisations.
LOCAL_GOVERNMENT_FORMS = [
    ("องค์การบริหารส่วนตำบล", "{} Subdistrict Administrative Organization", "SAO"),
    ("เทศบาลตำบล", "{} Subdistrict Municipality", "SM"),
    ("องค์การบริหารส่วนตำบล", "{} Subdistrict Administrative Organization", "SAO"),
    ("องค์การบริหารส่วนตำบล", "{} Subdistrict Administrative Organization", "SAO"),
    ("เทศบาลตำบล", "{} Subdistrict Municipality", "SM"),
    ("องค์การบริหารส่วนตำบล", "{} Subdistrict Administrative Organization", "SAO"),
    ("เทศบาลเมือง", "{} Town Municipality", "TM"),
    ("องค์การบริหารส่วนตำบล", "{} Subdistrict Administrative Organization", "SAO"),
]
PROVINCIAL_ADMINISTRATION = ("องค์การบริหารส่วนจังหวัด", "{} Provincial Administrative Organization")

# Place names are built like real ones: a landform and a qualifier (หนอง + บัว = หนองบัว).
PLACE_HEADS = [
    ("หนอง", "Nong"),
    ("บ้าน", "Ban"),
    ("โคก", "Khok"),
    ("นา", "Na"),
    ("ท่า", "Tha"),
    ("ดอน", "Don"),
    ("ห้วย", "Huai"),
    ("บาง", "Bang"),
    ("วัง", "Wang"),
    ("ป่า", "Pa"),
    ("โนน", "Non"),
    ("บึง", "Bueng"),
    ("เวียง", "Wiang"),
    ("แม่", "Mae"),
    ("ทุ่ง", "Thung"),
]
PLACE_TAILS = [
    ("บัว", "Bua"),
    ("ใหญ่", "Yai"),
    ("แก้ว", "Kaeo"),
    ("ทอง", "Thong"),
    ("สูง", "Sung"),
    ("ยาง", "Yang"),
    ("ไผ่", "Phai"),
    ("งาม", "Ngam"),
    ("หลวง", "Luang"),
    ("น้อย", "Noi"),
    ("เหนือ", "Nuea"),
    ("ใต้", "Tai"),
    ("กลาง", "Klang"),
    ("ขาม", "Kham"),
    ("จาน", "Chan"),
    ("โพธิ์", "Pho"),
    ("สะแก", "Sakae"),
    ("แดง", "Daeng"),
    ("ม่วง", "Muang"),
    ("ตะเคียน", "Takhian"),
]

"""ก.พ.ร. and its sub-committee on good governance. Members without a publicly reported name are
listed by their seat (ผู้ทรงคุณวุฒิ คนที่ 1 ...), so the demo invents no one."""

COMMISSION = "opdc-commission"
GOOD_GOVERNANCE = "opdc-goodgov"

COMMITTEES: list[dict] = [
    {
        "code": COMMISSION,
        "kind": "commission",
        "name_th": "คณะกรรมการพัฒนาระบบราชการ",
        "name_en": "Public Sector Development Commission",
        "abbreviation_th": "ก.พ.ร.",
        "parent": None,
        "members": [
            ("นายวิษณุ เครืองาม", "รองนายกรัฐมนตรี ประธานกรรมการ (ตามที่นายกรัฐมนตรีมอบหมาย)", "chair"),
            ("กรรมการผู้ทรงคุณวุฒิ คนที่ 1", "กรรมการผู้ทรงคุณวุฒิ", "member"),
            ("กรรมการผู้ทรงคุณวุฒิ คนที่ 2", "กรรมการผู้ทรงคุณวุฒิ", "member"),
            ("กรรมการผู้ทรงคุณวุฒิ คนที่ 3", "กรรมการผู้ทรงคุณวุฒิ", "member"),
            ("กรรมการผู้ทรงคุณวุฒิ คนที่ 4", "กรรมการผู้ทรงคุณวุฒิ", "member"),
            ("กรรมการผู้ทรงคุณวุฒิ คนที่ 5", "กรรมการผู้ทรงคุณวุฒิ", "member"),
            ("เลขาธิการ ก.พ.ร.", "กรรมการและเลขานุการ", "secretary"),
        ],
    },
    {
        "code": GOOD_GOVERNANCE,
        "kind": "subcommittee",
        "name_th": (
            "คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมการบริหารกิจการบ้านเมืองที่ดี "
            "และยกระดับคุณภาพและประสิทธิภาพภาครัฐ"
        ),
        "name_en": (
            "Sub-committee on Promoting Good Governance and Raising Public-Sector Quality "
            "and Efficiency"
        ),
        "abbreviation_th": "อ.ก.พ.ร. ธรรมาภิบาลและคุณภาพภาครัฐ",
        "parent": COMMISSION,
        "members": [
            ("นายธงทอง จันทรางศุ", "ประธานอนุกรรมการ", "chair"),
            ("อนุกรรมการผู้ทรงคุณวุฒิ คนที่ 1", "อนุกรรมการ", "member"),
            ("อนุกรรมการผู้ทรงคุณวุฒิ คนที่ 2", "อนุกรรมการ", "member"),
            ("อนุกรรมการผู้ทรงคุณวุฒิ คนที่ 3", "อนุกรรมการ", "member"),
            ("อนุกรรมการผู้ทรงคุณวุฒิ คนที่ 4", "อนุกรรมการ", "member"),
            ("รองเลขาธิการ ก.พ.ร.", "อนุกรรมการและเลขานุการ", "secretary"),
        ],
    },
]

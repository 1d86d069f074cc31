"""A held meeting with attendance, agenda items and resolutions, for the minutes and news tests."""

import datetime

from loetrat.meetings.enums import (
    AgendaSection,
    AttendanceStatus,
    CommitteeKind,
    CommitteeRole,
    MeetingMode,
    ResolutionOutcome,
)
from loetrat.meetings.models import Meeting
from loetrat.meetings.services import (
    agenda_item_add,
    attendance_record,
    committee_create,
    meeting_schedule,
    member_appoint,
    resolution_record,
)
from tests.factories.meetings import first_term

BANGKOK = datetime.timezone(datetime.timedelta(hours=7))
COMMITTEE_TH = "คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมการบริหารกิจการบ้านเมืองที่ดี"
CHAIR = "นายประธาน ทดสอบดี"
SECRETARY = "นางสาวเลขา บันทึกงาน"


def make_committee(opdc, actor, code="opdc-goodgov", member_user=None):
    """The committee of the minutes and news tests; `member_user` holds the first member's
    seat."""
    committee = committee_create(
        actor=actor,
        code=code,
        kind=CommitteeKind.SUBCOMMITTEE,
        name_th=COMMITTEE_TH,
        name_en="Sub-committee on Good Governance",
        abbreviation_th="อ.ก.พ.ร.ฯ ธรรมาภิบาล",
        secretariat=opdc,
    )
    term = first_term(committee, actor)
    member_appoint(term=term, actor=actor, name_th=CHAIR, role=CommitteeRole.CHAIR)
    for number in range(1, 5):
        member_appoint(
            term=term,
            actor=actor,
            name_th=f"กรรมการ ท่านที่ {number}",
            position_th=f"ผู้ทรงคุณวุฒิ {number}",
            role=CommitteeRole.MEMBER,
            user=member_user if number == 1 else None,
        )
    member_appoint(
        term=term,
        actor=actor,
        name_th=SECRETARY,
        position_th="รองเลขาธิการ ก.พ.ร.",
        role=CommitteeRole.SECRETARY,
    )
    return committee


def make_meeting(
    committee,
    actor,
    *,
    sequence=7,
    mode=MeetingMode.ONLINE,
    place_th="",
    day=datetime.datetime(2022, 9, 27, 9, 30, tzinfo=BANGKOK),
    items=3,
):
    """Meeting 7/2565 of the committee, held on 27 September 2565, with attendance and
    `items` agenda items (an approval sent on to the Cabinet, a noted report, then more
    approvals)."""
    chair = committee.members.get(role=CommitteeRole.CHAIR)
    meeting = meeting_schedule(
        committee=committee, starts_at=day, mode=mode, place_th=place_th, chair=chair, actor=actor
    )
    Meeting.objects.filter(pk=meeting.pk).update(
        sequence=sequence, ends_at=day + datetime.timedelta(hours=2, minutes=15)
    )
    meeting.refresh_from_db()
    members = list(committee.members.order_by("pk"))
    statuses = {3: AttendanceStatus.ABSENT, 4: AttendanceStatus.PROXY}
    for index, member in enumerate(members):
        status = statuses.get(index, AttendanceStatus.PRESENT)
        attendance_record(
            meeting=meeting,
            member=member,
            status=status,
            actor=actor,
            proxy_name_th="นายผู้แทน มาแทน" if status == AttendanceStatus.PROXY else "",
            note="ติดราชการ" if status == AttendanceStatus.ABSENT else "",
        )
    for position in range(1, items + 1):
        if position == 2:
            item = agenda_item_add(
                meeting=meeting,
                section=AgendaSection.INFORMATION,
                title_th="รายงานผลการประชุม OECD",
                title_en="Report on the OECD meeting",
                summary_th="ฝ่ายเลขานุการรายงานผลการเข้าร่วมประชุม",
                presenter_th="กองเลขานุการ ก.พ.ร.",
                actor=actor,
            )
            resolution_record(
                agenda_item=item,
                outcome=ResolutionOutcome.NOTED,
                text_th="รับทราบผลการประชุม",
                text_en="the report",
                actor=actor,
            )
            continue
        item = agenda_item_add(
            meeting=meeting,
            section=AgendaSection.CONSIDERATION,
            title_th=f"การปรับปรุงหลักเกณฑ์รางวัลเลิศรัฐ ข้อ {position}",
            title_en=f"Revising the award criteria, part {position}",
            summary_th="สำนักงาน ก.พ.ร. เสนอการปรับปรุงหลักเกณฑ์\n\nรายละเอียดตามเอกสาร",
            presenter_th="กองพัฒนาระบบราชการ",
            actor=actor,
        )
        resolution_record(
            agenda_item=item,
            outcome=ResolutionOutcome.APPROVED,
            text_th="เห็นชอบการปรับปรุงหลักเกณฑ์ดังกล่าว",
            text_en="the revised criteria",
            forward_to_cabinet=position == 1,
            actor=actor,
        )
    meeting.refresh_from_db()
    return meeting

"""A committee, a meeting, its attendance, agenda items and resolutions, built through the
services, for the meetings tests."""

import datetime

from django.utils import timezone

from loetrat.frameworks.services import version_import
from loetrat.meetings.enums import (
    AgendaSection,
    AttendanceStatus,
    CommitteeKind,
    CommitteeRole,
    MeetingMode,
    ResolutionOutcome,
)
from loetrat.meetings.services import (
    agenda_item_add,
    attendance_record,
    committee_create,
    meeting_schedule,
    member_appoint,
    resolution_record,
    term_start,
)
from tests.frameworks.helpers import document

BANGKOK = datetime.timezone(datetime.timedelta(hours=7))
DAY = datetime.datetime(2023, 6, 15, 9, 30, tzinfo=BANGKOK)  # B.E. 2566


def make_committee(actor, secretariat, code="goodgov", voting=5, member_user=None):
    """A committee of `voting` members and a secretary; `member_user` (an account) holds the
    first member's seat, so that person may read the committee's records."""
    committee = committee_create(
        actor=actor,
        code=code,
        kind=CommitteeKind.SUBCOMMITTEE,
        name_th="คณะอนุกรรมการส่งเสริมการบริหารกิจการบ้านเมืองที่ดี",
        name_en="Sub-committee on good governance",
        abbreviation_th="อ.ก.พ.ร. ธรรมาภิบาล",
        secretariat=secretariat,
    )
    term = first_term(committee, actor)
    roles = [CommitteeRole.CHAIR] + [CommitteeRole.MEMBER] * (voting - 1)
    for number, role in enumerate([*roles, CommitteeRole.SECRETARY], start=1):
        user = member_user if number == 2 else None
        member_appoint(term=term, actor=actor, name_th=f"กรรมการ {number}", role=role, user=user)
    return committee


def first_term(committee, actor, starts_on=datetime.date(2019, 1, 1)):
    """A term from 2562 (2019) until two years from today, so the meetings of the tests fall
    in it and its members serve today."""
    return term_start(
        committee=committee,
        starts_on=starts_on,
        ends_on=timezone.localdate() + datetime.timedelta(days=730),
        appointed_by_th="คำสั่ง ก.พ.ร. ที่ 1/2562",
        actor=actor,
    )


def make_meeting(committee, actor, day=DAY):
    chair = committee.members.get(role=CommitteeRole.CHAIR)
    return meeting_schedule(
        committee=committee,
        starts_at=day,
        mode=MeetingMode.HYBRID,
        place_th="ห้องประชุม 1",
        chair=chair,
        actor=actor,
    )


def attend(meeting, actor, present):
    voting = meeting.committee.members.exclude(role=CommitteeRole.SECRETARY).order_by("pk")
    for index, member in enumerate(voting):
        attendance_record(
            meeting=meeting,
            member=member,
            status=AttendanceStatus.PRESENT if index < present else AttendanceStatus.ABSENT,
            actor=actor,
        )


def draft_version(actor, label="2567"):
    return version_import(document=document(label=label), actor=actor)


def add_items(meeting, actor, count, links=()):
    return [
        agenda_item_add(
            meeting=meeting,
            section=AgendaSection.CONSIDERATION if n % 2 else AgendaSection.INFORMATION,
            title_th=f"เรื่องที่ {n}",
            presenter_th="สำนักงาน ก.พ.ร.",
            actor=actor,
            links=links,
            check_links=False,  # the same objects on every item, as a long record would have
        )
        for n in range(1, count + 1)
    ]


def resolve(item, actor, outcome=ResolutionOutcome.APPROVED):
    return resolution_record(agenda_item=item, outcome=outcome, text_th="เห็นชอบ", actor=actor)

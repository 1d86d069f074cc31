"""National-scale meeting records: a sub-committee with 12 seats that has met 12 times a year for
eight years (96 certified meetings, 10 items each, the newest with 50), a resolution and a
follow-up action on every item (owned by agencies across the country, many overdue), and a
published news item per meeting. Written with bulk inserts; the organisations come first."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from loetrat.meetings.enums import (
    ActionStatus,
    AgendaSection,
    AttendanceStatus,
    CommitteeKind,
    CommitteeRole,
    MeetingMode,
    MeetingStatus,
    ResolutionOutcome,
)
from loetrat.meetings.models import (
    AgendaItem,
    AgendaLink,
    Attendance,
    Committee,
    CommitteeMember,
    CommitteeTerm,
    FollowUpAction,
    Meeting,
    Resolution,
)
from loetrat.organizations.models import Organization
from loetrat.publishing.enums import NewsStatus
from loetrat.publishing.models import NewsItem

from .generate import BATCH_SIZE, SECRETARIAT_BODY, create_secretariat_user

COMMITTEE = "bench-goodgov"
YEARS = range(2559, 2567)
MEETINGS_PER_YEAR = 12
ITEMS_PER_MEETING = 10
ITEMS_IN_NEWEST = 50
BANGKOK = datetime.timezone(datetime.timedelta(hours=7))


@dataclass
class MeetingsSummary:
    meetings: int
    agenda_items: int
    actions: int
    overdue_actions: int
    news: int
    newest_meeting_id: int
    newest_news_slug: str


def _committee(secretariat) -> Committee:
    committee = Committee.objects.create(
        code=COMMITTEE,
        kind=CommitteeKind.SUBCOMMITTEE,
        name_th="คณะอนุกรรมการทดสอบสมรรถนะระบบ",
        abbreviation_th="อ.ก.พ.ร. ทดสอบ",
        secretariat=secretariat,
    )
    term = CommitteeTerm.objects.create(
        committee=committee,
        starts_on=datetime.date(min(YEARS) - 543, 1, 1),
        ends_on=datetime.date(max(YEARS) - 543 + 4, 12, 31),
        appointed_by_th="คำสั่งทดสอบ",
    )
    roles = [CommitteeRole.CHAIR, *[CommitteeRole.MEMBER] * 10, CommitteeRole.SECRETARY]
    CommitteeMember.objects.bulk_create(
        CommitteeMember(
            committee=committee,
            term=term,
            name_th=f"อนุกรรมการ คนที่ {n}",
            role=role,
            term_starts=term.starts_on,
            term_ends=term.ends_on,
        )
        for n, role in enumerate(roles, start=1)
    )
    return committee


def _meetings(committee) -> list[Meeting]:
    chair = committee.members.get(role=CommitteeRole.CHAIR)
    rows = []
    for year_be in YEARS:
        for sequence in range(1, MEETINGS_PER_YEAR + 1):
            starts = datetime.datetime(year_be - 543, sequence, 15, 9, 30, tzinfo=BANGKOK)
            rows.append(
                Meeting(
                    committee=committee,
                    year_be=year_be,
                    sequence=sequence,
                    starts_at=starts,
                    mode=MeetingMode.HYBRID,
                    place_th="ห้องประชุม 1",
                    status=MeetingStatus.CERTIFIED,
                    chair=chair,
                    certified_at=starts + datetime.timedelta(days=14),
                )
            )
    return Meeting.objects.bulk_create(rows, batch_size=BATCH_SIZE)


def _items(meetings, rng, owners, user) -> tuple[int, int, int]:
    """Items with a link, a resolution and an action each; returns (items, actions, overdue)."""
    newest = meetings[-1]
    items = AgendaItem.objects.bulk_create(
        (
            AgendaItem(
                meeting=meeting,
                section=AgendaSection.CONSIDERATION,
                number=position,
                title_th=f"เรื่องที่ {position} การพัฒนาระบบราชการ",
                summary_th="สำนักงาน ก.พ.ร. เสนอผลการดำเนินงานเพื่อพิจารณา",
                presenter_th="สำนักงาน ก.พ.ร.",
            )
            for meeting in meetings
            for position in range(
                1, (ITEMS_IN_NEWEST if meeting is newest else ITEMS_PER_MEETING) + 1
            )
        ),
        batch_size=BATCH_SIZE,
    )
    organization_type = ContentType.objects.get_for_model(Organization)
    AgendaLink.objects.bulk_create(
        (
            AgendaLink(
                agenda_item=item, content_type=organization_type, object_id=rng.choice(owners).pk
            )
            for item in items
        ),
        batch_size=BATCH_SIZE,
    )
    resolutions = Resolution.objects.bulk_create(
        (
            Resolution(
                agenda_item=item,
                outcome=ResolutionOutcome.APPROVED,
                text_th="ที่ประชุมเห็นชอบและมอบหมายหน่วยงานดำเนินการ",
                recorded_by=user,
            )
            for item in items
        ),
        batch_size=BATCH_SIZE,
    )
    today = timezone.localdate()
    actions = []
    for resolution, item in zip(resolutions, items, strict=True):
        due = item.meeting.starts_at.date() + datetime.timedelta(days=rng.randint(30, 720))
        done = rng.random() < 0.6
        actions.append(
            FollowUpAction(
                resolution=resolution,
                title_th="รายงานผลการดำเนินการตามมติ",
                owner=rng.choice(owners),
                due_on=due,
                status=ActionStatus.DONE if done else ActionStatus.OPEN,
                completed_on=due if done else None,
            )
        )
    FollowUpAction.objects.bulk_create(actions, batch_size=BATCH_SIZE)
    overdue = sum(1 for a in actions if a.status == ActionStatus.OPEN and a.due_on < today)
    return len(items), len(actions), overdue


def _attendance(meetings, committee) -> None:
    members = list(committee.members.all())
    Attendance.objects.bulk_create(
        (
            Attendance(meeting=meeting, member=member, status=AttendanceStatus.PRESENT)
            for meeting in meetings
            for member in members
        ),
        batch_size=BATCH_SIZE,
    )


def _news(meetings, user) -> list[NewsItem]:
    return NewsItem.objects.bulk_create(
        (
            NewsItem(
                slug=f"bench-{meeting.year_be}-{meeting.sequence}",
                meeting=meeting,
                title_th=f"สรุปผลการประชุม ครั้งที่ {meeting.number}",
                body_th=(
                    f"เมื่อวันที่ 15 สำนักงาน ก.พ.ร. จัดประชุม ครั้งที่ {meeting.number} "
                    "สรุปสาระสำคัญ ดังนี้ 1. ที่ประชุมเห็นชอบ 2. ที่ประชุมรับทราบ"
                ),
                status=NewsStatus.PUBLISHED,
                published_at=meeting.certified_at,
                created_by=user,
            )
            for meeting in meetings
        ),
        batch_size=BATCH_SIZE,
    )


@transaction.atomic
def generate_meetings(*, seed: int = 2566) -> MeetingsSummary:
    rng = random.Random(seed)
    user = create_secretariat_user()
    committee = _committee(Organization.objects.get(code=SECRETARIAT_BODY))
    owners = list(Organization.objects.filter(parent__isnull=False).order_by("pk")[:2000])
    meetings = _meetings(committee)
    _attendance(meetings, committee)
    items, actions, overdue = _items(meetings, rng, owners, user)
    news = _news(meetings, user)
    return MeetingsSummary(
        meetings=len(meetings),
        agenda_items=items,
        actions=actions,
        overdue_actions=overdue,
        news=len(news),
        newest_meeting_id=meetings[-1].pk,
        newest_news_slug=news[-1].slug,
    )

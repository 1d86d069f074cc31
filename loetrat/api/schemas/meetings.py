"""Committees, meetings, agenda items, resolutions, approvals and follow-up actions."""

import datetime

from django.urls import reverse
from django.utils import timezone
from ninja import Field, Schema

from loetrat.meetings.enums import (
    OPEN_ACTION_STATUSES,
    ActionStatus,
    AgendaSection,
    AttendanceStatus,
    CommitteeKind,
    CommitteeRole,
    MeetingMode,
    MeetingStatus,
    ResolutionOutcome,
)

from .common import Day, Moment


class MemberOut(Schema):
    """A seat: who holds it, in which term, and the days it serves (`end_reason` when it
    ended before its term)."""

    id: int
    name_th: str
    position_th: str
    role: str
    term_id: int
    term_starts: datetime.date | None
    term_ends: datetime.date | None
    end_reason: str = ""
    username: str | None = None

    @staticmethod
    def resolve_username(obj) -> str | None:
        return obj.user.get_username() if obj.user_id else None


class TermOut(Schema):
    id: int
    starts_on: datetime.date
    ends_on: datetime.date | None
    appointed_by_th: str
    seats: list[MemberOut]

    @staticmethod
    def resolve_seats(obj) -> list:
        return obj.seat_list


class FormerNameOut(Schema):
    name_th: str
    name_en: str
    abbreviation_th: str
    used_until: datetime.date


class CommitteeOut(Schema):
    id: int
    code: str
    kind: str
    name_th: str
    name_en: str
    abbreviation_th: str
    parent_code: str | None = None
    secretariat_code: str
    quorum_percent: int
    quorum_more_than: bool

    @staticmethod
    def resolve_parent_code(obj) -> str | None:
        return obj.parent.code if obj.parent_id else None

    @staticmethod
    def resolve_secretariat_code(obj) -> str:
        return obj.secretariat.code


class CommitteeDetailOut(CommitteeOut):
    members: list[MemberOut]
    former_names: list[FormerNameOut]

    @staticmethod
    def resolve_members(obj) -> list:
        return obj.member_rows

    @staticmethod
    def resolve_former_names(obj) -> list:
        return list(obj.former_names.all())


class CommitteeIn(Schema):
    code: str = Field(..., min_length=1, max_length=40, pattern=r"^[-a-zA-Z0-9_]+$")
    kind: CommitteeKind
    name_th: str = Field(..., min_length=1, max_length=300)
    name_en: str = Field("", max_length=300)
    abbreviation_th: str = Field("", max_length=60)
    parent_code: str | None = Field(None, description="The code of the committee that set it up.")
    secretariat_code: str = Field(..., description="The organisation serving as secretariat.")
    quorum_percent: int = Field(50, ge=1, le=100)
    quorum_more_than: bool = True
    quorum_counts_secretaries: bool = False


class CommitteeUpdateIn(Schema):
    """Only the fields sent change. A new name takes effect on `effective_on` (today by
    default); the old name is kept for the meetings before it."""

    kind: CommitteeKind | None = None
    name_th: str | None = Field(None, min_length=1, max_length=300)
    name_en: str | None = Field(None, max_length=300)
    abbreviation_th: str | None = Field(None, max_length=60)
    parent_code: str | None = Field(None, description='"" to remove the parent.')
    secretariat_code: str | None = None
    quorum_percent: int | None = Field(None, ge=1, le=100)
    quorum_more_than: bool | None = None
    quorum_counts_secretaries: bool | None = None
    effective_on: Day | None = None
    reason: str = Field("", max_length=300)


class TermIn(Schema):
    starts_on: Day
    ends_on: Day
    appointed_by_th: str = Field("", max_length=300)
    carry_over: bool = Field(
        True, description="Give everyone serving at the end of the current term a seat in this one."
    )


class SeatIn(Schema):
    name_th: str = Field(..., min_length=1, max_length=200)
    position_th: str = Field("", max_length=300)
    role: CommitteeRole
    username: str | None = Field(
        None, description="An account to link: that person then reads the committee's records."
    )
    term_starts: Day | None = Field(None, description="The first day of the term by default.")


class SeatEndIn(Schema):
    on: Day = Field(..., description="The last day the person serves.")
    reason: str = Field(..., min_length=1, max_length=300)


class MeetingOut(Schema):
    id: int
    committee_code: str
    number: str
    year_be: int
    sequence: int
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    mode: str
    place_th: str
    status: str
    chair: MemberOut | None = None
    certified_at: datetime.datetime | None
    committee_name_th: str = Field(description="The committee's name on the meeting day.")
    postponed_from: datetime.datetime | None
    postponement_reason: str
    cancellation_reason: str
    agenda_status: str
    agenda_sent_at: datetime.datetime | None

    @staticmethod
    def resolve_committee_code(obj) -> str:
        return obj.committee.code

    @staticmethod
    def resolve_committee_name_th(obj) -> str:
        return obj.committee.name_on(obj.day).name_th


class AttendanceOut(Schema):
    member_id: int
    name_th: str
    role: str
    status: str | None
    proxy_name_th: str


class QuorumOut(Schema):
    members: int
    required: int
    present: int
    has_quorum: bool


class LinkOut(Schema):
    kind: str
    object_id: int
    label: str
    url: str = ""


class ApprovedObjectOut(LinkOut):
    approved_at: datetime.datetime


class ActionOut(Schema):
    id: int
    title_th: str
    owner_code: str
    due_on: Day
    status: str
    completed_on: datetime.date | None
    overdue: bool
    resolution_id: int


class ActionRowOut(ActionOut):
    """An action read from the database (the list)."""

    @staticmethod
    def resolve_owner_code(obj) -> str:
        return obj.owner.code

    @staticmethod
    def resolve_overdue(obj) -> bool:
        return obj.status in OPEN_ACTION_STATUSES and obj.due_on < timezone.localdate()


class ProgressOut(Schema):
    note_th: str
    recorded_at: datetime.datetime
    recorded_by: str


class ActionDetailOut(ActionOut):
    progress: list[ProgressOut]


class ResolutionOut(Schema):
    id: int
    agenda_item_id: int
    meeting_id: int
    outcome: str
    text_th: str
    text_en: str
    forward_to_cabinet: bool
    corrects_id: int | None
    final: bool
    approvals: list[ApprovedObjectOut]
    actions: list[ActionOut]


class AgendaDocumentOut(Schema):
    id: int
    title_th: str
    original_name: str
    size: int
    download_url: str


class AgendaItemOut(Schema):
    id: int
    section: int = Field(description="The part of the agenda, 1 to 6 (ระเบียบวาระที่ 1–6).")
    number: int = Field(description="The item's number within its part.")
    label: str = Field(description='As the agenda prints it: "4.2".')
    title_th: str
    title_en: str
    summary_th: str
    presenter_th: str
    links: list[LinkOut]
    documents: list[AgendaDocumentOut] = []
    resolution: ResolutionOut | None


class MeetingDetailOut(MeetingOut):
    """Read from a meeting with `attendance_rows`, `quorum_row` and `agenda_rows` attached."""

    attendance: list[AttendanceOut]
    quorum: QuorumOut
    agenda: list[AgendaItemOut]

    @staticmethod
    def resolve_attendance(obj) -> list:
        return obj.attendance_rows

    @staticmethod
    def resolve_quorum(obj) -> dict:
        return obj.quorum_row

    @staticmethod
    def resolve_agenda(obj) -> list:
        return obj.agenda_rows


class ScheduleIn(Schema):
    starts_at: Moment
    mode: MeetingMode
    place_th: str = Field("", max_length=300)
    chair_id: int | None = None
    sequence: int | None = Field(
        None,
        ge=1,
        le=999,
        description="Only for the first meeting recorded in a year begun on paper; "
        "numbers only go forward.",
    )


class AttendanceRowIn(Schema):
    member_id: int
    status: AttendanceStatus
    proxy_name_th: str = Field("", max_length=200)


class AttendanceIn(Schema):
    rows: list[AttendanceRowIn] = Field(..., min_length=1)


class LinkableObjectOut(Schema):
    object_id: int
    label: str


class LinkableKindOut(Schema):
    kind: str
    label: str
    objects: list[LinkableObjectOut]


class LinkIn(Schema):
    kind: str = Field(..., description='The model label, e.g. "frameworks.frameworkversion".')
    object_id: int


class AgendaItemIn(Schema):
    section: AgendaSection = Field(
        description="1 matters from the chair, 2 certifying the minutes, 3 matters arising, "
        "4 for consideration, 5 for information, 6 other matters."
    )
    title_th: str = Field(..., min_length=1, max_length=500)
    title_en: str = Field("", max_length=500)
    summary_th: str = ""
    presenter_th: str = Field("", max_length=300)
    links: list[LinkIn] = Field(
        default_factory=list,
        max_length=10,
        description="What the item concerns: a draft criteria version to approve, an award "
        "cycle (GET /meetings/linkable lists the kinds and their objects).",
    )


class PostponeIn(Schema):
    starts_at: Moment
    reason: str = Field(..., min_length=1, max_length=500)


class CancelIn(Schema):
    reason: str = Field(..., min_length=1, max_length=500)


class AgendaMoveIn(Schema):
    section: AgendaSection = Field(description="The part to put the item in (its own to reorder).")
    number: int | None = Field(
        None, ge=1, le=999, description="Its place in that part; the end when empty."
    )


class ProposalIn(Schema):
    kind: str = Field(
        ...,
        description='The model label, e.g. "frameworks.frameworkversion" '
        'or "meetings.resolution" (a correction).',
    )
    object_id: int
    title_th: str = Field(..., min_length=1, max_length=500)
    title_en: str = Field("", max_length=500)
    summary_th: str = ""
    presenter_th: str = Field("", max_length=300)


class FollowUpActionIn(Schema):
    title_th: str = Field(..., max_length=500)
    owner_code: str
    due_on: Day


class ResolutionIn(Schema):
    outcome: ResolutionOutcome
    text_th: str
    text_en: str = ""
    forward_to_cabinet: bool = False
    corrects_id: int | None = None
    actions: list[FollowUpActionIn] = Field(default_factory=list, max_length=20)


class ProgressIn(Schema):
    note_th: str = Field(..., max_length=4000)
    status: ActionStatus | None = None


# Rows built from the meetings selectors (LinkRow, resolutions with approval_list/action_list).
def link_row(row) -> dict:
    return {"kind": row.kind, "object_id": row.object_id, "label": row.label, "url": row.url}


def document_row(document) -> dict:
    return {
        "id": document.pk,
        "title_th": document.title_th,
        "original_name": document.original_name,
        "size": document.size,
        "download_url": reverse("api-1:agenda_document_file", args=[document.pk]),
    }


def action_row(action) -> dict:
    return {
        "id": action.pk,
        "title_th": action.title_th,
        "owner_code": action.owner.code,
        "due_on": action.due_on,
        "status": action.status,
        "completed_on": action.completed_on,
        "overdue": getattr(action, "overdue", False),
        "resolution_id": action.resolution_id,
    }


def resolution_row(resolution, meeting) -> dict:
    return {
        "id": resolution.pk,
        "agenda_item_id": resolution.agenda_item_id,
        "meeting_id": meeting.pk,
        "outcome": resolution.outcome,
        "text_th": resolution.text_th,
        "text_en": resolution.text_en,
        "forward_to_cabinet": resolution.forward_to_cabinet,
        "corrects_id": resolution.corrects_id,
        "final": meeting.status == MeetingStatus.CERTIFIED,
        "approvals": [
            {
                **(
                    link_row(a.link)
                    if a.link
                    else {"kind": "", "object_id": a.object_id, "label": a.target_label}
                ),
                "approved_at": a.approved_at,
            }
            for a in resolution.approval_list
        ],
        "actions": [action_row(action) for action in resolution.action_list],
    }

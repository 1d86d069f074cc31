"""One meeting as its page and the API show it (attendance, quorum, agenda, resolutions, what
they link to and approved) in a fixed number of queries, and one resolution with its approvals,
actions and corrections."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from loetrat.core.approvals import approvals_by_sources
from loetrat.core.kinds import describe_pairs
from loetrat.core.thai.collation import thai_sort_key

from ..enums import AGENDA_SECTION_TH, AgendaSection, AgendaStatus, MeetingStatus
from ..models import (
    ActionProgress,
    AgendaDocument,
    AgendaItem,
    AgendaLink,
    Attendance,
    FollowUpAction,
    Meeting,
    Resolution,
)
from .actions import mark_overdue
from .committees import ROLE_ORDER, VIEW, within_visible_committees
from .quorum import QuorumState, quorum_state


def meetings_visible_to(user) -> QuerySet[Meeting]:
    if not user.has_perm(VIEW):
        return Meeting.objects.none()
    return within_visible_committees(Meeting.objects.all(), user).select_related(
        "committee", "chair"
    )


def meeting_get_for(user, pk) -> Meeting:
    """One meeting; 404 when missing or not for this person."""
    try:
        return meetings_visible_to(user).get(pk=pk)
    except (Meeting.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def agenda_item_get_for(user, pk) -> AgendaItem:
    if not user.has_perm(VIEW):
        raise Http404
    try:
        items = within_visible_committees(AgendaItem.objects.all(), user, "meeting__committee")
        return items.select_related("meeting__committee").get(pk=pk)
    except (AgendaItem.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def resolution_get_for(user, pk) -> Resolution:
    if not user.has_perm(VIEW):
        raise Http404
    try:
        resolutions = within_visible_committees(
            Resolution.objects.all(), user, "agenda_item__meeting__committee"
        )
        return resolutions.select_related(
            "agenda_item__meeting__committee", "corrects__agenda_item__meeting", "recorded_by"
        ).get(pk=pk)
    except (Resolution.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def resolution_or_none(pk) -> Resolution | None:
    """A resolution by its key (one to correct), or None."""
    return Resolution.objects.select_related("agenda_item__meeting").filter(pk=pk).first()


@dataclass(frozen=True)
class AgendaPart:
    """One of the six parts of the agenda with its items (possibly none)."""

    number: int
    label: str  # in the page's language
    heading_th: str  # as the official agenda prints it
    items: list


@dataclass
class MeetingView:
    meeting: Meeting
    quorum: QuorumState
    members: list = field(default_factory=list)
    items: list = field(default_factory=list)
    named: object = None  # the committee's names on the meeting day

    @property
    def parts(self) -> list[AgendaPart]:
        """The six parts in their standard order, each with its items in number order."""
        return [
            AgendaPart(
                number=section.value,
                label=str(section.label),
                heading_th=AGENDA_SECTION_TH[section],
                items=[item for item in self.items if item.section == section],
            )
            for section in AgendaSection
        ]

    @property
    def agenda_sent(self) -> bool:
        return self.meeting.agenda_status == AgendaStatus.SENT

    @property
    def can_reorder(self) -> bool:
        """Whether the items may still move: a scheduled meeting whose agenda is not sent."""
        return self.meeting.status == MeetingStatus.SCHEDULED and not self.agenda_sent

    @property
    def certified(self) -> bool:
        return self.meeting.status == MeetingStatus.CERTIFIED

    @property
    def is_open(self) -> bool:
        return self.meeting.status in (MeetingStatus.SCHEDULED, MeetingStatus.HELD)

    @property
    def resolutions(self) -> list[Resolution]:
        return [item.decision for item in self.items if item.decision is not None]

    @property
    def missing_count(self) -> int:
        """How many more members must attend for a quorum."""
        return max(self.quorum.required - self.quorum.present, 0)


def _with_links(objects, pairs_of, user):
    """Attach `.link_list` to each object: what its (content_type, object_id) pairs describe."""
    pairs = {pair for obj in objects for pair in pairs_of(obj)}
    rows = describe_pairs(pairs, user)
    for obj in objects:
        obj.link_list = [rows[p] for p in pairs_of(obj) if p in rows]


def _item_pairs(item) -> list[tuple[int, int]]:
    return [(link.content_type_id, link.object_id) for link in item.links.all()]


def meeting_view(meeting: Meeting, user) -> MeetingView:
    """Everything the meeting page shows. The number of queries does not depend on the number
    of members, agenda items, links, documents or actions. Each item has `.document_list`
    (its documents not removed)."""
    day = meeting.day
    attendance = {a.member_id: a for a in Attendance.objects.filter(meeting=meeting)}
    seats = meeting.committee.members.all()
    members = list(
        seats.filter(
            Q(pk__in=seats.serving(day).values("pk")) | Q(pk__in=list(attendance))
        ).annotate(role_order=ROLE_ORDER)
    )
    members.sort(key=lambda m: (m.role_order, thai_sort_key(m.name_th), m.pk))
    for member in members:
        member.record = attendance.get(member.pk)
    items = list(
        meeting.agenda_items.select_related("resolution")
        .prefetch_related(
            Prefetch("links", queryset=AgendaLink.objects.order_by("pk")),
            Prefetch(
                "documents", queryset=AgendaDocument.objects.active(), to_attr="document_list"
            ),
        )
        .order_by("section", "number")
    )
    sent_at = meeting.agenda_sent_at
    decisions = []
    for item in items:
        item.added_after_sending = sent_at is not None and item.created_at > sent_at
        try:
            item.decision = item.resolution
        except Resolution.DoesNotExist:
            item.decision = None
        else:
            decisions.append(item.decision)
    _attach_outcomes(decisions, user)
    _with_links(items, _item_pairs, user)
    _mark_neighbours(items)
    return MeetingView(
        meeting=meeting,
        quorum=quorum_state(meeting),
        members=members,
        items=items,
        named=meeting.committee.name_on(day),
    )


def _mark_neighbours(items) -> None:
    """`.first_in_part` and `.last_in_part` on each item (for the move up and down buttons)."""
    for index, item in enumerate(items):
        before = items[index - 1] if index else None
        after = items[index + 1] if index + 1 < len(items) else None
        item.first_in_part = before is None or before.section != item.section
        item.last_in_part = after is None or after.section != item.section


def _attach_outcomes(resolutions: list[Resolution], user) -> None:
    """`.action_list` and `.approval_list` (with `.link`) on each resolution."""
    ids = [r.pk for r in resolutions]
    actions = defaultdict(list)
    rows = FollowUpAction.objects.filter(resolution_id__in=ids).select_related("owner")
    for action in mark_overdue(rows):
        actions[action.resolution_id].append(action)
    approvals = approvals_by_sources(resolutions, user)
    for resolution in resolutions:
        resolution.action_list = actions[resolution.pk]
        resolution.approval_list = approvals[resolution.pk]


def resolution_view(resolution: Resolution, user) -> Resolution:
    """The resolution with `.approval_list`, `.action_list` (each with `.progress_list`),
    `.correction_list` and its agenda item's `.link_list`."""
    _attach_outcomes([resolution], user)
    progress = defaultdict(list)
    for note in ActionProgress.objects.filter(action__resolution=resolution).select_related(
        "recorded_by"
    ):
        progress[note.action_id].append(note)
    for action in resolution.action_list:
        action.progress_list = progress[action.pk]
    resolution.correction_list = list(
        resolution.corrections.select_related("agenda_item__meeting").order_by("created_at")
    )
    item = resolution.agenda_item
    _with_links([item], _item_pairs, user)
    return resolution

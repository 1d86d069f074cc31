"""What can be put before a committee, which meetings can take it, and where it stands."""

from __future__ import annotations

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.http import Http404

from loetrat.core.kinds import is_approvable

from ..enums import OPEN_MEETING_STATUSES
from ..models import AgendaItem, AgendaLink, Meeting, Resolution
from .committees import VIEW


def is_proposable(target) -> bool:
    return isinstance(target, Resolution) or is_approvable(target)


def pending_item(target) -> AgendaItem | None:
    """The item of a meeting still open (not certified or cancelled) that concerns `target`."""
    link = (
        AgendaLink.objects.filter(
            content_type=ContentType.objects.get_for_model(target),
            object_id=target.pk,
            agenda_item__meeting__status__in=OPEN_MEETING_STATUSES,
        )
        .select_related("agenda_item__meeting__committee")
        .first()
    )
    return link.agenda_item if link else None


def proposal_target_get_for(user, kind: str, pk):
    """The object named by its model label ("frameworks.frameworkversion") and key; 404 when
    it is missing, not decided by a committee, or the person may not see meetings."""
    if not user.has_perm(VIEW):
        raise Http404
    try:
        model = apps.get_model(kind)
    except (LookupError, ValueError):
        raise Http404 from None
    target = model._default_manager.filter(pk=pk).first()
    if target is None or not is_proposable(target):
        raise Http404
    return target


def proposal_meetings(target) -> QuerySet[Meeting]:
    """Meetings that can still take a new item: scheduled or held, minutes not certified; a
    correction goes only to the committee that made the resolution."""
    meetings = Meeting.objects.filter(status__in=OPEN_MEETING_STATUSES).select_related("committee")
    if isinstance(target, Resolution):
        meetings = meetings.filter(committee_id=target.agenda_item.meeting.committee_id)
    return meetings.order_by("starts_at", "pk")


def proposal_title(target, label: str) -> str:
    """The default Thai title of the agenda item."""
    if isinstance(target, Resolution):
        return f"ขอแก้ไข{target}"
    return f"ขอความเห็นชอบ {label}"


def agenda_history(target) -> list[AgendaItem]:
    """Every agenda item that concerned `target`, newest meeting first, with its meeting and
    resolution, in two queries."""
    content_type = ContentType.objects.get_for_model(target)
    items = list(
        AgendaItem.objects.filter(links__content_type=content_type, links__object_id=target.pk)
        .select_related("meeting__committee")
        .order_by("-meeting__starts_at", "-pk")
    )
    decided = {
        resolution.agenda_item_id: resolution
        for resolution in Resolution.objects.filter(agenda_item__in=items)
    }
    for item in items:
        item.decision = decided.get(item.pk)
    return items

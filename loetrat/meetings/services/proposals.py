"""Putting something before a committee: an object that takes effect by resolution (a criteria
version, later stage results, a KPI framework) or a certified resolution that needs correcting.
Either becomes an item "for consideration" linked to it; the resolution on that item approves
it at certification (see approvals) or corrects it (see `resolution_record`)."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _

from loetrat.core.errors import ConflictError, DomainError

from ..enums import AgendaKind, MeetingStatus
from ..models import AgendaItem, AgendaLink, Approval, Meeting, Resolution
from .approvals import approvable_in_effect, is_approvable
from .meetings import agenda_item_add, check_correction

CLOSED_MEETINGS = (MeetingStatus.CERTIFIED, MeetingStatus.CANCELLED)


def is_proposable(target) -> bool:
    return isinstance(target, Resolution) or is_approvable(target)


def pending_item(target) -> AgendaItem | None:
    """The item of a meeting still open (not certified or cancelled) that concerns `target`."""
    link = (
        AgendaLink.objects.filter(
            content_type=ContentType.objects.get_for_model(target), object_id=target.pk
        )
        .exclude(agenda_item__meeting__status__in=CLOSED_MEETINGS)
        .select_related("agenda_item__meeting__committee")
        .first()
    )
    return link.agenda_item if link else None


def _check_approvable(target) -> None:
    content_type = ContentType.objects.get_for_model(target)
    if (
        approvable_in_effect(target)
        or Approval.objects.filter(content_type=content_type, object_id=target.pk).exists()
    ):
        raise ConflictError(
            _("%(target)s is already approved.") % {"target": target}, code="already_approved"
        )


def check_proposable(target, meeting: Meeting) -> None:
    """Refuse to put `target` before `meeting` when it is approved already, already waits on an
    open meeting's agenda, or (a resolution) is not final or is another committee's. Objects
    that are not decided by a committee (an organisation an item mentions) pass."""
    if isinstance(target, Resolution):
        check_correction(target, meeting)
    elif is_approvable(target):
        _check_approvable(target)
    else:
        return
    waiting = pending_item(target)
    if waiting is not None:
        raise ConflictError(
            _("%(target)s is already on the agenda of meeting %(number)s, item %(position)s.")
            % {
                "target": target,
                "number": waiting.meeting.number,
                "position": waiting.position,
            },
            code="already_on_agenda",
        )


@transaction.atomic
def agenda_propose(
    *,
    meeting: Meeting,
    target,
    title_th: str,
    actor,
    title_en: str = "",
    summary_th: str = "",
    presenter_th: str = "",
) -> AgendaItem:
    """Add an item for consideration to `meeting`, linked to `target`: something that takes
    effect by resolution, or a certified resolution to correct (see `check_proposable`)."""
    target = type(target)._default_manager.get(pk=target.pk)
    if not is_proposable(target):
        raise DomainError(
            _("%(what)s is not decided by a committee.") % {"what": target._meta.verbose_name},
            code="not_proposable",
        )
    check_proposable(target, Meeting.objects.select_related("committee").get(pk=meeting.pk))
    return agenda_item_add(
        meeting=meeting,
        kind=AgendaKind.CONSIDERATION,
        title_th=title_th,
        title_en=title_en,
        summary_th=summary_th,
        presenter_th=presenter_th,
        links=[target],
        actor=actor,
    )

"""Putting something before a committee: an object that takes effect by resolution (a criteria
version, later stage results, a KPI framework) or a certified resolution that needs correcting.
Either becomes an item "for consideration" linked to it; the resolution on that item approves
it at certification (see approvals) or corrects it (see `resolution_record`)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from loetrat.core.errors import DomainError

from ..enums import AgendaSection
from ..models import AgendaItem, Meeting
from ..selectors.proposals import is_proposable
from .meetings import agenda_item_add


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
    effect by resolution, or a certified resolution to correct (`agenda_item_add` checks it
    may go before the committee)."""
    target = type(target)._default_manager.get(pk=target.pk)
    if not is_proposable(target):
        raise DomainError(
            _("%(what)s is not decided by a committee.") % {"what": target._meta.verbose_name},
            code="not_proposable",
        )
    return agenda_item_add(
        meeting=meeting,
        section=AgendaSection.CONSIDERATION,
        title_th=title_th,
        title_en=title_en,
        summary_th=summary_th,
        presenter_th=presenter_th,
        links=[target],
        actor=actor,
    )

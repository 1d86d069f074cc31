"""Agenda documents as the people who may read their meeting see them."""

from __future__ import annotations

from django.http import Http404

from ..models import AgendaDocument
from .meetings import meetings_visible_to


def agenda_document_get_for(user, pk) -> AgendaDocument:
    """One document not removed, of a meeting this person may see; 404 otherwise."""
    try:
        return (
            AgendaDocument.objects.filter(
                removed_at__isnull=True, agenda_item__meeting__in=meetings_visible_to(user)
            )
            .select_related("agenda_item__meeting__committee")
            .get(pk=pk)
        )
    except (AgendaDocument.DoesNotExist, ValueError, TypeError):
        raise Http404 from None

"""Reads of consulting clinics, always filtered by what the person may see."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.http import Http404

from loetrat.core.audit import events_for
from loetrat.organizations.enums import Role
from loetrat.organizations.roles import (
    is_secretariat_user,
    organization_ids_with_role,
    organization_paths,
)

from .enums import ClinicStatus
from .models import ClinicFollowUp, ClinicSession


def may_list_clinics(user) -> bool:
    """Who has a clinics page: the secretariat, and agency coordinators and heads (who see
    their own organisations' clinics)."""
    return is_secretariat_user(user) or bool(
        organization_ids_with_role(user, Role.AGENCY_COORDINATOR, Role.AGENCY_HEAD)
    )


def clinics_visible_to(user) -> QuerySet[ClinicSession]:
    """All clinics for the secretariat; for others, those of their organisations (or below)
    and those that cover them."""
    qs = ClinicSession.objects.select_related("organization")
    if is_secretariat_user(user):
        return qs
    paths = organization_paths(user)
    if not paths:
        return qs.none()
    condition = Q()
    for path in paths:
        condition |= Q(organization__path__startswith=path) | Q(covered__path__startswith=path)
    ids = ClinicSession.objects.filter(condition).values("pk")
    return qs.filter(pk__in=ids)


def clinic_search(
    qs: QuerySet[ClinicSession], *, status: str = "", topic: str = "", organization: str = ""
) -> QuerySet[ClinicSession]:
    """Filter by status, by topic and by the requesting organisation's code."""
    if status:
        qs = qs.filter(status=status)
    if topic:
        qs = qs.annotate(topics_text=Cast("topics", TextField())).filter(
            topics_text__contains=f'"{topic}"'
        )
    if organization:
        qs = qs.filter(organization__code__iexact=organization.strip())
    return qs


def clinic_get_for(user, pk) -> ClinicSession:
    """One clinic with its covered agencies and follow-ups; 404 when missing or not theirs."""
    try:
        return (
            clinics_visible_to(user)
            .prefetch_related(
                "covered",
                Prefetch("follow_ups", queryset=ClinicFollowUp.objects.select_related("owner")),
            )
            .get(pk=pk)
        )
    except (ClinicSession.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def clinic_follow_up_get_for(user, pk) -> ClinicFollowUp:
    try:
        return ClinicFollowUp.objects.select_related("clinic").get(
            pk=pk, clinic__in=clinics_visible_to(user).values("pk")
        )
    except (ClinicFollowUp.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def clinic_history(clinic: ClinicSession) -> list:
    """The clinic's audited steps, oldest first (with the reasons given for closing or
    cancelling)."""
    return list(events_for(clinic).order_by("occurred_at", "pk"))


def clinic_reason(clinic: ClinicSession) -> str:
    """Why the clinic was cancelled or closed, if a reason was given."""
    if clinic.status not in (ClinicStatus.CANCELLED, ClinicStatus.CLOSED):
        return ""
    verb = "cancelled" if clinic.status == ClinicStatus.CANCELLED else "closed"
    actions = [f"clinics.clinic.{verb}", f"meetings.clinic.{verb}"]  # and before the move
    event = events_for(clinic).filter(action__in=actions).order_by("-pk").first()
    return event.reason if event else ""

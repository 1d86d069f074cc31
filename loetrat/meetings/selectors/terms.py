"""A committee's terms of office and the seats in them, for the committee's page, a term's
page and the API, in a fixed number of queries whatever the number of seats."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from ..models import Committee, CommitteeMember, CommitteeTerm
from .committees import ROLE_ORDER, VIEW, seats_in_order, within_visible_committees


def committee_terms(committee: Committee) -> QuerySet[CommitteeTerm]:
    """The committee's terms, newest first, with how many seats each had."""
    return committee.terms.annotate(seat_count=Count("seats")).order_by("-starts_on")


def current_term(committee: Committee, on=None) -> CommitteeTerm | None:
    """The term running on `on` (today), else the latest that has begun, else the next."""
    on = on or timezone.localdate()
    begun = committee.terms.filter(starts_on__lte=on).order_by("-starts_on").first()
    return begun or committee.terms.order_by("starts_on").first()


def term_seats(term: CommitteeTerm) -> list[CommitteeMember]:
    """The term's seats, chair first, each with `serving` (today)."""
    return seats_in_order(term.seats.all())


def terms_with_seats(committee: Committee) -> list[CommitteeTerm]:
    """Every term, newest first, with `.seat_list` in role order (two queries)."""
    seats = CommitteeMember.objects.select_related("user").annotate(role_order=ROLE_ORDER)
    return list(
        committee.terms.order_by("-starts_on").prefetch_related(
            Prefetch(
                "seats",
                queryset=seats.order_by("role_order", "name_th", "pk"),
                to_attr="seat_list",
            )
        )
    )


def term_get_for(committee: Committee, pk) -> CommitteeTerm:
    """One of the committee's terms (the committee read through `committee_get_for`, so
    already checked for the person); 404 when missing."""
    try:
        return committee.terms.get(pk=pk)
    except (CommitteeTerm.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def seat_get_for(user, pk) -> CommitteeMember:
    """A seat, when the person may read its committee; 404 otherwise."""
    if not user.has_perm(VIEW):
        raise Http404
    seats = within_visible_committees(CommitteeMember.objects.all(), user)
    try:
        return seats.select_related("committee", "term", "user").get(pk=pk)
    except (CommitteeMember.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def account_named(value: str):
    """The one active account whose user name or e-mail is `value` (any case), or None when
    there is none or more than one."""
    value = (value or "").strip()
    if not value:
        return None
    found = list(
        get_user_model()
        .objects.filter(Q(username__iexact=value) | Q(email__iexact=value), is_active=True)
        .order_by("pk")[:2]
    )
    return found[0] if len(found) == 1 else None


def committee_by_code(code: str) -> Committee | None:
    """A committee by its code (for naming a parent), or None."""
    return Committee.objects.filter(code=(code or "").strip().lower()).first()

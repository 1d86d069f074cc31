"""Reads of organisations and memberships, always filtered by what the user may see."""

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from loetrat.core.text import search_key

from .models import Membership, Organization
from .roles import is_secretariat_user, organization_paths


def organizations_visible_to(user) -> QuerySet[Organization]:
    """Every body for the secretariat; for others, their own bodies and what lies below them."""
    qs = Organization.objects.select_related("parent")
    if is_secretariat_user(user):
        return qs
    paths = organization_paths(user)
    if not paths:
        return qs.none()
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return qs.filter(condition)


def organization_get_for(user, *, pk=None, code=None) -> Organization:
    """One body the user may see; 404 both when it does not exist and when it is not theirs."""
    lookup = {"pk": pk} if pk is not None else {"code": code}
    try:
        return organizations_visible_to(user).get(**lookup)
    except (Organization.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def organization_search(
    qs: QuerySet[Organization],
    *,
    text: str = "",
    kind: str = "",
    status: str = "",
    parent_id: int | None = None,
) -> QuerySet[Organization]:
    if text:
        qs = qs.filter(Q(search_text__contains=search_key(text)) | Q(code__iexact=text.strip()))
    if kind:
        qs = qs.filter(kind=kind)
    if status:
        qs = qs.filter(status=status)
    if parent_id:
        qs = qs.filter(parent_id=parent_id)
    return qs


def organization_with_counts(qs: QuerySet[Organization]) -> QuerySet[Organization]:
    return qs.annotate(child_count=Count("children", distinct=True))


def memberships_of_user(user) -> QuerySet[Membership]:
    return (
        Membership.objects.current()
        .filter(user=user)
        .select_related("organization")
        .order_by("organization__path", "role")
    )


def members_of(organization: Organization) -> QuerySet[Membership]:
    return (
        Membership.objects.current()
        .filter(organization=organization)
        .select_related("user")
        .order_by("role", "user__first_name")
    )

"""Reads of organisations and memberships, always filtered by what the user may see."""

from django.contrib.auth import get_user_model
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from loetrat.core.text import search_key

from .enums import OrganizationStatus
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


def people_search(*, text: str = "", role: str = "", organization_code: str = "") -> QuerySet:
    """People for the secretariat's list, each with `current_memberships` prefetched (one query
    for the whole page). `role` and `organization_code` match current roles only."""
    qs = get_user_model().objects.all()
    for word in text.split():
        qs = qs.filter(
            Q(username__icontains=word)
            | Q(email__icontains=word)
            | Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(first_name_en__icontains=word)
            | Q(last_name_en__icontains=word)
        )
    if role or organization_code:
        held = Membership.objects.current()
        if role:
            held = held.filter(role=role)
        if organization_code:
            held = held.filter(organization__code__iexact=organization_code.strip())
        qs = qs.filter(pk__in=held.values("user_id"))
    return qs.prefetch_related(
        Prefetch(
            "memberships",
            queryset=Membership.objects.current()
            .select_related("organization")
            .order_by("organization__path", "role"),
            to_attr="current_memberships",
        )
    )


def person_get(*, pk):
    """One person by id, or 404."""
    try:
        return get_user_model().objects.get(pk=pk)
    except (get_user_model().DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def memberships_history_of(user) -> tuple[list[Membership], list[Membership]]:
    """A person's roles split into (current or upcoming, ended), with their bodies."""
    today = timezone.localdate()
    rows = list(
        Membership.objects.filter(user=user)
        .select_related("organization")
        .order_by("-ends_on", "organization__path", "role")
    )
    ended = [row for row in rows if row.ends_on is not None and row.ends_on < today]
    current = [row for row in rows if row.ends_on is None or row.ends_on >= today]
    return current, ended


def membership_get_for_person(*, user, pk) -> Membership:
    """One of this person's roles, or 404 (also when the role belongs to someone else)."""
    try:
        return Membership.objects.select_related("organization", "user").get(pk=pk, user=user)
    except (Membership.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def membership_is_open(*, user, organization: Organization, role: str) -> bool:
    return Membership.objects.filter(
        user=user, organization=organization, role=role, ends_on__isnull=True
    ).exists()


def organization_by_code(code: str, *, active: bool = False) -> Organization | None:
    """The body with this code (exact, then ignoring capitals), or None; `active` leaves out
    bodies that were merged or dissolved."""
    code = (code or "").strip()
    if not code:
        return None
    bodies = Organization.objects.all()
    if active:
        bodies = bodies.filter(status=OrganizationStatus.ACTIVE)
    return bodies.filter(code=code).first() or bodies.filter(code__iexact=code).first()


def active_organizations(ids) -> QuerySet[Organization]:
    """The active bodies among these keys, by code."""
    return Organization.objects.filter(pk__in=ids, status=OrganizationStatus.ACTIVE).order_by(
        "code"
    )


def active_organizations_by_code(codes) -> dict[str, Organization]:
    """Active bodies by their code in capitals, for the codes given (any case), in one query."""
    wanted = {(code or "").strip().upper() for code in codes} - {""}
    if not wanted:
        return {}
    query = Q()
    for code in wanted:
        query |= Q(code__iexact=code)
    found = Organization.objects.filter(query, status=OrganizationStatus.ACTIVE)
    return {body.code.upper(): body for body in found}


def active_counts_by_kind() -> dict[str, int]:
    """How many active public bodies there are of each kind, in one query."""
    rows = (
        Organization.objects.filter(status=OrganizationStatus.ACTIVE)
        .values_list("kind")
        .annotate(total=Count("id"))
        .values_list("kind", "total")
    )
    return dict(rows)


def role_holders(organization_ids, roles) -> dict[int, list]:
    """The active people who currently hold one of `roles` in each of the active bodies, by
    body id (one query): who is told about what a body must do."""
    holders: dict[int, list] = {}
    memberships = (
        Membership.objects.current()
        .filter(
            organization_id__in=set(organization_ids),
            organization__status=OrganizationStatus.ACTIVE,
            role__in=list(roles),
            user__is_active=True,
        )
        .select_related("user")
        .order_by("organization_id", "role", "user_id")
    )
    for membership in memberships:
        holders.setdefault(membership.organization_id, []).append(membership.user)
    return holders

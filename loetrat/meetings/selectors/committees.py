"""Committees and their members: the secretariat reads every committee; a committee member
reads the committees on which they hold a seat now, and nothing of the others."""

from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.http import Http404
from django.utils import timezone

from loetrat.organizations.roles import is_secretariat_user

from ..enums import CommitteeRole
from ..models import Committee, CommitteeMember, CommitteeTerm, Meeting

VIEW = "meetings.view_committee"

ROLE_ORDER = Case(
    *(When(role=role, then=Value(index)) for index, role in enumerate(CommitteeRole.values)),
    output_field=IntegerField(),
)


def committee_ids_visible_to(user) -> set[int] | None:
    """The committees whose records the person may read: None for all (the secretariat), else
    those where their account holds a seat serving today, in the current term (empty when they
    may read none). A seat that ended, or a term that has not begun, opens nothing."""
    if not user.has_perm(VIEW):
        return set()
    if is_secretariat_user(user):
        return None
    seats = CommitteeMember.objects.filter(user=user).serving()
    return set(seats.values_list("committee_id", flat=True))


def within_visible_committees(queryset: QuerySet, user, path: str = "committee") -> QuerySet:
    """`queryset` narrowed to the committees the person may read (`path` leads to the
    committee)."""
    ids = committee_ids_visible_to(user)
    if ids is None:
        return queryset
    return queryset.filter(**{f"{path}__in": ids})


def committees_visible_to(user) -> QuerySet[Committee]:
    """The committees the person may read, with their serving members and meetings counted."""
    if not user.has_perm(VIEW):
        return Committee.objects.none()
    today = timezone.localdate()
    serving = (Q(members__term_starts__isnull=True) | Q(members__term_starts__lte=today)) & (
        Q(members__term_ends__isnull=True) | Q(members__term_ends__gte=today)
    )
    committees = within_visible_committees(Committee.objects.all(), user, path="pk")
    current = CommitteeTerm.objects.filter(committee=OuterRef("pk"), starts_on__lte=today).order_by(
        "-starts_on"
    )
    return committees.select_related("parent", "secretariat").annotate(
        member_count=Count("members", filter=serving, distinct=True),
        meeting_count=Count("meetings", distinct=True),
        term_ends=Subquery(current.values("ends_on")[:1]),
    )


def committee_get_for(user, code: str) -> Committee:
    """One committee by code; 404 when missing or not for this person."""
    if not user.has_perm(VIEW):
        raise Http404
    committees = within_visible_committees(Committee.objects.all(), user, path="pk")
    try:
        return committees.select_related("parent", "secretariat").get(code=code)
    except Committee.DoesNotExist:
        raise Http404 from None


def seats_in_order(seats: QuerySet[CommitteeMember]) -> list[CommitteeMember]:
    """The seats chair first, then vice chairs, members and secretaries, each by name;
    `serving` says whether the seat serves today."""
    today = timezone.localdate()
    rows = list(
        seats.select_related("user")
        .annotate(role_order=ROLE_ORDER)
        .order_by("role_order", "name_th", "pk")
    )
    for seat in rows:
        seat.serving = seat.serves_on(today)
    return rows


def committee_members(committee: Committee) -> list[CommitteeMember]:
    """Every seat of every term, past and present, chair first."""
    return seats_in_order(committee.members.all())


def committee_meetings(committee: Committee) -> QuerySet[Meeting]:
    """The committee's meetings, newest first, with agenda and resolution counts."""
    return (
        committee.meetings.select_related("chair")
        .annotate(
            item_count=Count("agenda_items", distinct=True),
            resolution_count=Count("agenda_items__resolution", distinct=True),
        )
        .order_by("-starts_at", "-pk")
    )


def with_names_of_their_day(meetings, committee: Committee) -> list[Meeting]:
    """The meetings with `.named`: the committee's names on the day each was held (one query
    for the committee's former names, whatever the number of meetings)."""
    former = list(committee.former_names.all())
    rows = list(meetings)
    for meeting in rows:
        meeting.named = committee.name_on(meeting.day, former)
    return rows

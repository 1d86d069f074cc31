"""Follow-up actions: the secretariat sees all; others the actions given to their organisation
or one below it."""

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from loetrat.organizations.roles import is_secretariat_user, organization_paths

from ..enums import OPEN_ACTION_STATUSES, ActionStatus
from ..models import FollowUpAction

ACTION_STATES = ("overdue", "open", "done")


def actions_visible_to(user) -> QuerySet[FollowUpAction]:
    qs = FollowUpAction.objects.select_related(
        "owner", "resolution__agenda_item__meeting__committee"
    )
    if is_secretariat_user(user):
        return qs
    paths = organization_paths(user)
    if not paths:
        return qs.none()
    condition = Q()
    for path in paths:
        condition |= Q(owner__path__startswith=path)
    return qs.filter(condition)


def action_search(qs: QuerySet, *, state: str = "", owner: str = "", on=None) -> QuerySet:
    """Filter by state (overdue, open, done) and by the owner's code."""
    on = on or timezone.localdate()
    if state == "overdue":
        qs = qs.filter(status__in=OPEN_ACTION_STATUSES, due_on__lt=on)
    elif state == "open":
        qs = qs.filter(status__in=OPEN_ACTION_STATUSES)
    elif state == "done":
        qs = qs.filter(status=ActionStatus.DONE)
    if owner:
        qs = qs.filter(owner__code__iexact=owner.strip())
    return qs


def action_get_for(user, pk) -> FollowUpAction:
    """One action; 404 when missing or not this person's."""
    try:
        return actions_visible_to(user).get(pk=pk)
    except (FollowUpAction.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def mark_overdue(actions, on=None) -> list[FollowUpAction]:
    """The actions as a list, each with `.overdue` (still open after its due date)."""
    on = on or timezone.localdate()
    rows = list(actions)
    for action in rows:
        action.overdue = action.status in OPEN_ACTION_STATUSES and action.due_on < on
    return rows

"""What the meetings app adds to other apps' pages and to the dashboard."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loetrat.core.approvals import is_in_effect
from loetrat.core.kinds import is_approvable, label_of
from loetrat.core.panels import Panel, register_dashboard_panel, register_object_panel
from loetrat.organizations.enums import Role
from loetrat.organizations.roles import is_secretariat_user, role_names

from .enums import OPEN_ACTION_STATUSES
from .selectors import (
    action_search,
    actions_visible_to,
    agenda_history,
    committees_visible_to,
    meetings_visible_to,
    pending_item,
)

AGENCY_ROLES = {Role.AGENCY_COORDINATOR, Role.AGENCY_HEAD}


def before_committees_panel(obj, user) -> Panel | None:
    """On anything that takes effect by resolution: whether it still needs a committee (with
    the way to put it on an agenda) and every agenda item that concerned it."""
    if not is_approvable(obj):
        return None
    history = agenda_history(obj)
    pending = not is_in_effect(obj)
    if not pending and not history:
        return None
    waiting = pending_item(obj) is not None  # what check_proposable refuses as already_on_agenda
    return Panel(
        "before_committees",
        _("Approval"),
        "meetings/panels/before_committees.html",
        {
            "history": history,
            "pending": pending,
            "waiting": waiting,
            "propose_url": reverse("meetings:propose", args=[label_of(obj), obj.pk]),
        },
    )


def _actions_panel(user) -> Panel:
    """Follow-up actions past their due date: all of them for the secretariat, those given to
    the person's organisations (and the bodies below) for an agency."""
    visible = actions_visible_to(user)
    overdue = action_search(visible, state="overdue").order_by("due_on", "pk")
    return Panel(
        "actions",
        _("Follow-up actions"),
        "meetings/panels/actions.html",
        {
            "overdue": overdue[:8],
            "overdue_count": overdue.count(),
            "open_count": visible.filter(status__in=OPEN_ACTION_STATUSES).count(),
        },
    )


def secretariat_actions_panel(user) -> Panel | None:
    return _actions_panel(user) if is_secretariat_user(user) else None


def agency_actions_panel(user) -> Panel | None:
    """After the agency's own panels, for coordinators and heads who are not the secretariat."""
    if is_secretariat_user(user) or not role_names(user) & AGENCY_ROLES:
        return None
    return _actions_panel(user)


def committee_panel(user) -> Panel | None:
    """The committees the person sits on and their latest meetings (two queries)."""
    if Role.COMMITTEE_MEMBER not in role_names(user):
        return None
    committees = list(committees_visible_to(user).order_by("kind", "code"))
    meetings = meetings_visible_to(user).filter(committee__in=committees).order_by("-starts_at")[:5]
    return Panel(
        "committee",
        _("Committee member"),
        "meetings/panels/committee.html",
        {"committees": committees, "meetings": list(meetings)},
    )


def register_panels() -> None:
    register_object_panel("meetings.before_committees", before_committees_panel, order=10)
    register_dashboard_panel("actions", secretariat_actions_panel, order=20)
    register_dashboard_panel("committee", committee_panel, order=53)
    register_dashboard_panel("actions_agency", agency_actions_panel, order=60)

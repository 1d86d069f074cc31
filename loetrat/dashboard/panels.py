"""What each role sees first. The dashboard consumes the selectors of every domain app (like the
API), so nothing imports it; later modules add their panels here."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from loetrat.awards.enums import ApplicationState, CycleStatus
from loetrat.awards.models import Application, AwardCycle
from loetrat.awards.selectors.applications import applications_visible_to, open_types_for
from loetrat.core.models import AuditEvent
from loetrat.meetings.enums import OPEN_ACTION_STATUSES
from loetrat.meetings.selectors import action_search, actions_visible_to
from loetrat.organizations.enums import OrganizationKind, OrganizationStatus, Role
from loetrat.organizations.models import Organization
from loetrat.organizations.roles import held_roles, is_secretariat_user, organization_ids_with_role


@dataclass
class Panel:
    key: str
    title: str
    template: str
    context: dict = field(default_factory=dict)


def _secretariat_panels(user) -> list[Panel]:
    counts = dict(
        Organization.objects.filter(status=OrganizationStatus.ACTIVE)
        .values_list("kind")
        .annotate(total=Count("id"))
        .values_list("kind", "total")
    )
    kinds = [(label, counts.get(value, 0)) for value, label in OrganizationKind.choices]
    recent = AuditEvent.objects.select_related("actor")[:8]
    return [
        _awards_panel(),
        _actions_panel(user),
        Panel("bodies", _("Public bodies"), "dashboard/panels/bodies.html", {"kinds": kinds}),
        Panel("audit", _("Recent activity"), "dashboard/panels/audit.html", {"events": recent}),
    ]


def _state_counts(applications) -> list[tuple[str, int]]:
    counts = dict(applications.values_list("state").annotate(total=Count("id")))
    return [
        (label, counts[value]) for value, label in ApplicationState.choices if counts.get(value)
    ]


def _awards_panel() -> Panel:
    """The newest published cycle and how many applications are in each state."""
    cycle = AwardCycle.objects.filter(status=CycleStatus.PUBLISHED).order_by("-year_be").first()
    counts = _state_counts(Application.objects.filter(cycle=cycle)) if cycle else []
    return Panel(
        "awards", _("Awards"), "dashboard/panels/awards.html", {"cycle": cycle, "counts": counts}
    )


def _coordinator_panel(user) -> Panel:
    open_types = open_types_for(user)
    mine = applications_visible_to(user).filter(
        organization_id__in=organization_ids_with_role(user, Role.AGENCY_COORDINATOR)
    )
    return Panel(
        "coordinator",
        _("Agency coordinator"),
        "dashboard/panels/coordinator.html",
        {
            "open_types": [award_type for award_type, _bodies in open_types[:6]],
            "open_count": len(open_types),
            "counts": _state_counts(mine),
        },
    )


def _head_panel(user) -> Panel:
    waiting = (
        Application.objects.filter(
            state=ApplicationState.AWAITING_ENDORSEMENT,
            organization_id__in=organization_ids_with_role(user, Role.AGENCY_HEAD),
        )
        .select_related("award_type", "organization")
        .order_by("updated_at")
    )
    return Panel(
        "head",
        _("Agency head"),
        "dashboard/panels/head.html",
        {"waiting": waiting[:8], "waiting_count": waiting.count()},
    )


def _actions_panel(user) -> Panel:
    """Follow-up actions past their due date: all of them for the secretariat, those given to
    the person's organisations (and the bodies below) for an agency."""
    visible = actions_visible_to(user)
    overdue = action_search(visible, state="overdue").order_by("due_on", "pk")
    return Panel(
        "actions",
        _("Follow-up actions"),
        "dashboard/panels/actions.html",
        {
            "overdue": overdue[:8],
            "overdue_count": overdue.count(),
            "open_count": visible.filter(status__in=OPEN_ACTION_STATUSES).count(),
        },
    )


def _organization_panel(user) -> Panel:
    ids = {held.organization_id for held in held_roles(user)}
    organizations = Organization.objects.filter(pk__in=ids).select_related("parent")
    return Panel(
        "my_bodies",
        _("Your organisations"),
        "dashboard/panels/my_bodies.html",
        {"organizations": organizations},
    )


AGENCY_ROLES = {Role.AGENCY_COORDINATOR, Role.AGENCY_HEAD}

ROLE_PANELS = {
    Role.AGENCY_COORDINATOR: _coordinator_panel,
    Role.AGENCY_HEAD: _head_panel,
    Role.ASSESSOR: Panel("assessor", _("Assessor"), "dashboard/panels/assessor.html"),
    Role.COMMITTEE_MEMBER: Panel(
        "committee", _("Committee member"), "dashboard/panels/committee.html"
    ),
    Role.KPI_EVALUATOR: Panel("evaluator", _("KPI evaluator"), "dashboard/panels/evaluator.html"),
}


def panels_for(user) -> list[Panel]:
    """The panels of every role the person holds, secretariat first."""
    panels: list[Panel] = []
    if is_secretariat_user(user):
        panels.extend(_secretariat_panels(user))
    roles = {held.role for held in held_roles(user)}
    for role, panel in ROLE_PANELS.items():
        if role in roles:
            panels.append(panel(user) if callable(panel) else panel)
    if roles & AGENCY_ROLES and not is_secretariat_user(user):
        panels.append(_actions_panel(user))
    if roles:
        panels.append(_organization_panel(user))
    return panels

"""What the awards module shows on the dashboard: the newest published cycle for the secretariat,
open types and the agency's applications for a coordinator, endorsements for an agency head."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from loetrat.core.panels import Panel
from loetrat.organizations.enums import Role
from loetrat.organizations.roles import is_secretariat_user, organization_ids_with_role

from .enums import ApplicationState, CycleStatus
from .models import Application, AwardCycle
from .selectors.applications import applications_visible_to, open_types_for


def _state_counts(applications) -> list[tuple[str, int]]:
    counts = dict(applications.values_list("state").annotate(total=Count("id")))
    return [
        (label, counts[value]) for value, label in ApplicationState.choices if counts.get(value)
    ]


def cycle_panel(user) -> Panel | None:
    """The newest published cycle and how many applications are in each state."""
    if not is_secretariat_user(user):
        return None
    cycle = AwardCycle.objects.filter(status=CycleStatus.PUBLISHED).order_by("-year_be").first()
    counts = _state_counts(Application.objects.filter(cycle=cycle)) if cycle else []
    return Panel(
        "awards", _("Awards"), "awards/panels/cycle.html", {"cycle": cycle, "counts": counts}
    )


def coordinator_panel(user) -> Panel | None:
    organizations = organization_ids_with_role(user, Role.AGENCY_COORDINATOR)
    if not organizations:
        return None
    open_types = open_types_for(user)
    mine = applications_visible_to(user).filter(organization_id__in=organizations)
    return Panel(
        "coordinator",
        _("Agency coordinator"),
        "awards/panels/coordinator.html",
        {
            "open_types": [award_type for award_type, _bodies in open_types[:6]],
            "open_count": len(open_types),
            "counts": _state_counts(mine),
        },
    )


def head_panel(user) -> Panel | None:
    organizations = organization_ids_with_role(user, Role.AGENCY_HEAD)
    if not organizations:
        return None
    waiting = (
        Application.objects.filter(
            state=ApplicationState.AWAITING_ENDORSEMENT, organization_id__in=organizations
        )
        .select_related("award_type", "organization")
        .order_by("updated_at")
    )
    return Panel(
        "head",
        _("Agency head"),
        "awards/panels/head.html",
        {"waiting": waiting[:8], "waiting_count": waiting.count()},
    )


def register_panels() -> None:
    from loetrat.core.panels import register_dashboard_panel

    register_dashboard_panel("awards", cycle_panel, order=10)
    register_dashboard_panel("coordinator", coordinator_panel, order=50)
    register_dashboard_panel("head", head_panel, order=51)

"""What the directory shows on the dashboard: the bodies by kind for the secretariat, and each
person's own organisations."""

from django.utils.translation import gettext_lazy as _

from loetrat.core.panels import Panel, register_dashboard_panel

from .enums import OrganizationKind
from .models import Organization
from .roles import held_roles, is_secretariat_user
from .selectors import active_counts_by_kind


def bodies_panel(user) -> Panel | None:
    if not is_secretariat_user(user):
        return None
    counts = active_counts_by_kind()
    kinds = [(label, counts.get(value, 0)) for value, label in OrganizationKind.choices]
    return Panel("bodies", _("Public bodies"), "organizations/panels/bodies.html", {"kinds": kinds})


def my_bodies_panel(user) -> Panel | None:
    ids = {held.organization_id for held in held_roles(user)}
    if not ids:
        return None
    organizations = Organization.objects.filter(pk__in=ids).select_related("parent")
    return Panel(
        "my_bodies",
        _("Your organisations"),
        "organizations/panels/my_bodies.html",
        {"organizations": organizations},
    )


def register_panels() -> None:
    register_dashboard_panel("bodies", bodies_panel, order=30)
    register_dashboard_panel("my_bodies", my_bodies_panel, order=90)

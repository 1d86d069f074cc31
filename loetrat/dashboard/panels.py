"""What each role sees first. The dashboard consumes the selectors of every domain app (like the
API), so nothing imports it; later modules add their panels here."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from loetrat.core.models import AuditEvent
from loetrat.organizations.enums import OrganizationKind, OrganizationStatus, Role
from loetrat.organizations.models import Organization
from loetrat.organizations.roles import held_roles, is_secretariat_user


@dataclass
class Panel:
    key: str
    title: str
    template: str
    context: dict = field(default_factory=dict)


def _secretariat_panels() -> list[Panel]:
    counts = dict(
        Organization.objects.filter(status=OrganizationStatus.ACTIVE)
        .values_list("kind")
        .annotate(total=Count("id"))
        .values_list("kind", "total")
    )
    kinds = [(label, counts.get(value, 0)) for value, label in OrganizationKind.choices]
    recent = AuditEvent.objects.select_related("actor")[:8]
    return [
        Panel("bodies", _("Public bodies"), "dashboard/panels/bodies.html", {"kinds": kinds}),
        Panel("audit", _("Recent activity"), "dashboard/panels/audit.html", {"events": recent}),
    ]


def _organization_panel(user) -> Panel:
    ids = {held.organization_id for held in held_roles(user)}
    organizations = Organization.objects.filter(pk__in=ids).select_related("parent")
    return Panel(
        "my_bodies",
        _("Your organisations"),
        "dashboard/panels/my_bodies.html",
        {"organizations": organizations},
    )


ROLE_PANELS = {
    Role.AGENCY_COORDINATOR: Panel(
        "coordinator", _("Agency coordinator"), "dashboard/panels/coordinator.html"
    ),
    Role.AGENCY_HEAD: Panel("head", _("Agency head"), "dashboard/panels/head.html"),
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
        panels.extend(_secretariat_panels())
    roles = {held.role for held in held_roles(user)}
    panels.extend(panel for role, panel in ROLE_PANELS.items() if role in roles)
    if roles:
        panels.append(_organization_panel(user))
    return panels

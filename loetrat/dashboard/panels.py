"""Stand-in panels for roles whose modules come later (assessment, KPI evaluation): they tell
the person what the role does until the owning app registers its own panel under the key."""

from django.utils.translation import gettext_lazy as _

from loetrat.core.panels import Panel, register_dashboard_panel
from loetrat.organizations.enums import Role
from loetrat.organizations.roles import role_names


def _for_role(role: Role, key: str, title, template: str):
    def build(user) -> Panel | None:
        return Panel(key, title, template) if role in role_names(user) else None

    return build


def register_panels() -> None:
    register_dashboard_panel(
        "assessor",
        _for_role(Role.ASSESSOR, "assessor", _("Assessor"), "dashboard/panels/assessor.html"),
        order=52,
        if_absent=True,
    )
    register_dashboard_panel(
        "evaluator",
        _for_role(
            Role.KPI_EVALUATOR, "evaluator", _("KPI evaluator"), "dashboard/panels/evaluator.html"
        ),
        order=54,
        if_absent=True,
    )

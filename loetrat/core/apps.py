from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "loetrat.core"
    verbose_name = _("Core")

    def ready(self):
        from .audit import register_action_labels
        from .navigation import NavItem, register

        register_action_labels(
            {
                "core.approval.granted": _("Approved"),
                "meetings.approval.granted": _("Approved by resolution"),
            }
        )

        from .audit_selectors import recent_activity_panel
        from .panels import register_dashboard_panel

        register_dashboard_panel("audit", recent_activity_panel, order=40)
        register(NavItem("core", _("Audit log"), "core:audit_log", "core.view_audit_log", order=90))

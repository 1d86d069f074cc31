from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    name = "loetrat.dashboard"
    verbose_name = _("Dashboard")

    def ready(self):
        from .panels import register_panels

        register_panels()

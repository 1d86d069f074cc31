from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "loetrat.awards"
    verbose_name = _("Public Sector Excellence Awards")

    def ready(self):
        from loetrat.core.demo import register_demo_loader

        register_demo_loader(
            "award_cycles", "loetrat.awards.demo_cycles.load_demo_cycles", order=30
        )
        register_demo_loader(
            "applications", "loetrat.awards.demo_applications.load_demo_applications", order=40
        )

        from loetrat.core.audit import register_action_labels
        from loetrat.core.kinds import register_kind
        from loetrat.core.navigation import NavItem, register

        from .kinds import CYCLE_KIND
        from .panels import register_panels

        register_panels()
        register_kind(CYCLE_KIND)

        register_action_labels(
            {
                "awards.cycle.created": _("Award cycle created"),
                "awards.cycle.copied": _("Award cycle copied to a new year"),
                "awards.cycle.published": _("Award cycle published"),
                "awards.cycle.closed": _("Award cycle closed"),
                "awards.branch.created": _("Award branch added"),
                "awards.branch.updated": _("Award branch changed"),
                "awards.branch.removed": _("Award branch removed"),
                "awards.type.created": _("Award type added"),
                "awards.type.updated": _("Award type changed"),
                "awards.type.removed": _("Award type removed"),
            }
        )
        register(NavItem("awards", _("Awards"), "awards:cycles", "awards.view_cycle", order=30))

        from django.conf import settings

        from loetrat.core.notices import register_notice_kind
        from loetrat.core.schedule import Periodic, register_periodic

        from .services.application_notices import KINDS as NOTICE_KINDS
        from .tasks import endorsement_reminders

        for notice_kind in NOTICE_KINDS:
            register_notice_kind(notice_kind)
        register_periodic(
            Periodic(
                "awards.endorsement_reminders",
                endorsement_reminders,
                daily_at=settings.LOETRAT_REMINDERS_AT,
            )
        )

        from .views.applications import register_applications

        register_applications()

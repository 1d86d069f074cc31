from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "loetrat.organizations"
    verbose_name = _("Organisations")

    def ready(self):
        from loetrat.core.demo import register_demo_loader

        register_demo_loader(
            "organizations", "loetrat.organizations.demo.load_demo_organizations", order=10
        )

        from loetrat.core.audit import register_action_labels
        from loetrat.core.kinds import register_kind
        from loetrat.core.navigation import NavItem, register

        from .kinds import ORGANIZATION_KIND
        from .panels import register_panels

        register_panels()
        register_kind(ORGANIZATION_KIND)

        register_action_labels(
            {
                "organizations.body.created": _("Body created"),
                "organizations.body.updated": _("Body changed"),
                "organizations.body.merged": _("Body merged"),
                "organizations.body.dissolved": _("Body dissolved"),
                "organizations.import.applied": _("Bodies imported"),
                "organizations.membership.granted": _("Role given"),
                "organizations.membership.ended": _("Role ended"),
            }
        )

        register(
            NavItem(
                "organizations",
                _("Organisations"),
                "organizations:list",
                "organizations.view_directory",
                order=20,
            )
        )
        register(
            NavItem(
                "people",
                _("People"),
                "organizations:people",
                "organizations.manage_memberships",
                order=25,
            )
        )

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "loetrat.organizations"
    verbose_name = _("Organisations")

    def ready(self):
        from loetrat.core.navigation import NavItem, register

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

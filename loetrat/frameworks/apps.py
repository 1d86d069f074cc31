from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrameworksConfig(AppConfig):
    name = "loetrat.frameworks"
    verbose_name = _("Criteria frameworks")

    def ready(self):
        from loetrat.core.demo import register_demo_loader

        register_demo_loader("frameworks", "loetrat.frameworks.demo.load_demo_frameworks", order=20)

        from loetrat.core.audit import register_action_labels
        from loetrat.core.kinds import register_kind
        from loetrat.core.navigation import NavItem, register

        from .kinds import VERSION_KIND

        register_kind(VERSION_KIND)

        register_action_labels(
            {
                "frameworks.framework.created": _("Criteria framework created"),
                "frameworks.version.created": _("Criteria version created"),
                "frameworks.version.imported": _("Criteria version imported"),
                "frameworks.version.cloned": _("Criteria version cloned"),
                "frameworks.version.approved": _("Criteria version approved"),
                "frameworks.version.retired": _("Criteria version retired"),
                "frameworks.version.criterion_added": _("Criterion added"),
                "frameworks.version.criterion_changed": _("Criterion changed"),
                "frameworks.version.criterion_moved": _("Criterion moved"),
                "frameworks.version.criterion_removed": _("Criterion removed"),
            }
        )
        register(
            NavItem(
                "frameworks",
                _("Criteria"),
                "frameworks:list",
                "frameworks.view_framework",
                order=30,
            )
        )

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClinicsConfig(AppConfig):
    name = "loetrat.clinics"
    verbose_name = _("Consulting clinics")

    def ready(self):
        from loetrat.core.demo import register_demo_loader

        register_demo_loader("clinics", "loetrat.clinics.demo.load_demo_clinics", order=60)

        from loetrat.core.audit import register_action_labels, register_former_labels
        from loetrat.core.navigation import NavItem, register

        register_action_labels(
            {
                "clinics.clinic.requested": _("Advice requested"),
                "clinics.clinic.scheduled": _("Clinic session scheduled"),
                "clinics.clinic.recorded": _("Clinic advice recorded"),
                "clinics.clinic.follow_up_added": _("Clinic follow-up given"),
                "clinics.clinic.follow_up_done": _("Clinic follow-up done"),
                "clinics.clinic.closed": _("Clinic closed"),
                "clinics.clinic.cancelled": _("Clinic cancelled"),
                # written before clinics had an app of their own
                "meetings.clinic.requested": _("Advice requested"),
                "meetings.clinic.scheduled": _("Clinic session scheduled"),
                "meetings.clinic.recorded": _("Clinic advice recorded"),
                "meetings.clinic.follow_up_added": _("Clinic follow-up given"),
                "meetings.clinic.follow_up_done": _("Clinic follow-up done"),
                "meetings.clinic.closed": _("Clinic closed"),
                "meetings.clinic.cancelled": _("Clinic cancelled"),
            }
        )
        register_former_labels("clinics.clinicsession", "meetings.clinicsession")
        register(NavItem("clinics", _("Clinics"), "clinics:list", "clinics.list_clinics", order=45))

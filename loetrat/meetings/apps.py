from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "loetrat.meetings"
    verbose_name = _("Committees and meetings")

    def ready(self):
        from loetrat.core.audit import register_action_labels

        from .approvables import register_all

        register_all()

        register_action_labels(
            {
                "meetings.committee.created": _("Committee created"),
                "meetings.member.appointed": _("Committee member appointed"),
                "meetings.meeting.scheduled": _("Meeting scheduled"),
                "meetings.attendance.recorded": _("Attendance recorded"),
                "meetings.agenda.added": _("Agenda item added"),
                "meetings.resolution.recorded": _("Resolution recorded"),
                "meetings.meeting.certified": _("Minutes certified"),
                "meetings.approval.granted": _("Approved by resolution"),
                "meetings.action.created": _("Follow-up action given"),
                "meetings.action.progressed": _("Follow-up action progress"),
            }
        )

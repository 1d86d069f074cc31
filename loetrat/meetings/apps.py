from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "loetrat.meetings"
    verbose_name = _("Committees and meetings")

    def ready(self):
        from loetrat.core.demo import register_demo_loader

        register_demo_loader("meetings", "loetrat.meetings.demo.load_demo_meetings", order=50)

        from loetrat.core.audit import register_action_labels
        from loetrat.core.kinds import register_kind
        from loetrat.core.navigation import NavItem, register

        from .kinds import KINDS
        from .panels import register_panels

        for kind in KINDS:
            register_kind(kind)
        register_panels()

        from django.conf import settings

        from loetrat.core.notices import register_notice_kind
        from loetrat.core.schedule import Periodic, register_periodic

        from .services.action_notices import KINDS as NOTICE_KINDS
        from .tasks import overdue_action_reminders

        for notice_kind in NOTICE_KINDS:
            register_notice_kind(notice_kind)
        register_periodic(
            Periodic(
                "meetings.overdue_action_reminders",
                overdue_action_reminders,
                daily_at=settings.LOETRAT_REMINDERS_AT,
            )
        )

        register_action_labels(
            {
                "meetings.committee.created": _("Committee created"),
                "meetings.member.appointed": _("Committee member appointed"),
                "meetings.meeting.scheduled": _("Meeting scheduled"),
                "meetings.attendance.recorded": _("Attendance recorded"),
                "meetings.agenda.added": _("Agenda item added"),
                "meetings.document.added": _("Agenda document added"),
                "meetings.document.removed": _("Agenda document removed"),
                "meetings.resolution.recorded": _("Resolution recorded"),
                "meetings.meeting.held": _("Meeting held"),
                "meetings.meeting.certified": _("Minutes certified"),
                "meetings.action.created": _("Follow-up action given"),
                "meetings.action.progressed": _("Follow-up action progress"),
                "meetings.minutes.drafted": _("Minutes drafted from the record"),
                "meetings.minutes.edited": _("Minutes edited"),
                "meetings.meeting.renumbered": _("Meeting given its number"),
                "meetings.committee.updated": _("Committee changed"),
                "meetings.term.started": _("Term of office started"),
                "meetings.member.seat_ended": _("Committee seat ended"),
                "meetings.meeting.postponed": _("Meeting postponed"),
                "meetings.meeting.cancelled": _("Meeting cancelled"),
                "meetings.agenda.moved": _("Agenda item moved"),
                "meetings.agenda.sent": _("Agenda sent"),
            }
        )
        register(
            NavItem(
                "meetings",
                _("Meetings"),
                "meetings:committees",
                "meetings.view_committee",
                order=40,
            )
        )

"""What the meetings app adds to other apps' pages and to the dashboard."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loetrat.core.approvals import is_in_effect
from loetrat.core.kinds import is_approvable, label_of
from loetrat.core.panels import Panel

from .enums import OPEN_MEETING_STATUSES
from .selectors import agenda_history


def before_committees_panel(obj, user) -> Panel | None:
    """On anything that takes effect by resolution: whether it still needs a committee (with
    the way to put it on an agenda) and every agenda item that concerned it."""
    if not is_approvable(obj):
        return None
    history = agenda_history(obj)
    pending = not is_in_effect(obj)
    if not pending and not history:
        return None
    waiting = any(
        item.decision is None and item.meeting.status in OPEN_MEETING_STATUSES for item in history
    )
    return Panel(
        "before_committees",
        _("Approval"),
        "meetings/panels/before_committees.html",
        {
            "history": history,
            "pending": pending,
            "waiting": waiting,
            "propose_url": reverse("meetings:propose", args=[label_of(obj), obj.pk]),
        },
    )

"""Forms for the secretariat's meeting pages: committees, meetings, and follow-up actions."""

from .actions import ActionFilterForm, ActionProgressForm
from .committees import MemberAppointForm
from .meetings import (
    ActionRowFormSet,
    AgendaItemForm,
    AttendanceForm,
    MeetingScheduleForm,
    ResolutionForm,
)
from .proposals import ProposalForm

__all__ = [
    "ActionFilterForm",
    "ActionProgressForm",
    "ActionRowFormSet",
    "AgendaItemForm",
    "AttendanceForm",
    "MeetingScheduleForm",
    "MemberAppointForm",
    "ProposalForm",
    "ResolutionForm",
]

"""Forms for the secretariat's meeting pages: committees, meetings, and follow-up actions."""

from .actions import ActionFilterForm, ActionProgressForm
from .changes import AgendaMoveForm, CancelForm, PostponeForm
from .committees import CommitteeForm, SeatAppointForm, SeatEndForm, TermStartForm
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
    "AgendaMoveForm",
    "CancelForm",
    "CommitteeForm",
    "PostponeForm",
    "SeatAppointForm",
    "SeatEndForm",
    "TermStartForm",
    "ActionProgressForm",
    "ActionRowFormSet",
    "AgendaItemForm",
    "AttendanceForm",
    "MeetingScheduleForm",
    "ProposalForm",
    "ResolutionForm",
]

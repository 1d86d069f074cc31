from .actions import action_create, action_progress, overdue_actions
from .agenda import agenda_item_move, agenda_send
from .approvals import resolution_approve
from .committees import committee_create, committee_update
from .meetings import (
    ActionInput,
    AttendanceInput,
    agenda_item_add,
    attendance_record,
    attendance_record_many,
    meeting_certify,
    meeting_schedule,
    resolution_record,
)
from .proposals import agenda_propose
from .rescheduling import meeting_cancel, meeting_postpone
from .terms import member_appoint, seat_end, term_start

__all__ = [
    "ActionInput",
    "AttendanceInput",
    "attendance_record_many",
    "action_create",
    "action_progress",
    "overdue_actions",
    "agenda_item_add",
    "agenda_item_move",
    "agenda_send",
    "agenda_propose",
    "attendance_record",
    "committee_create",
    "committee_update",
    "meeting_cancel",
    "meeting_postpone",
    "meeting_certify",
    "meeting_schedule",
    "member_appoint",
    "seat_end",
    "term_start",
    "resolution_approve",
    "resolution_record",
]

from .minutes import (  # noqa: E402
    minutes_generate_draft,
    minutes_of,
    minutes_pdf,
    minutes_text,
    minutes_update,
)

__all__ += [
    "minutes_generate_draft",
    "minutes_of",
    "minutes_pdf",
    "minutes_text",
    "minutes_update",
]

# Agenda item documents (PDF papers attached to an item).
from .documents import agenda_document_add, agenda_document_remove  # noqa: E402

__all__ += ["agenda_document_add", "agenda_document_remove"]

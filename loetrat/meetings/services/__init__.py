from .actions import action_create, action_progress, overdue_actions
from .approvals import resolution_approve
from .committees import committee_create, member_appoint
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

__all__ = [
    "ActionInput",
    "AttendanceInput",
    "attendance_record_many",
    "action_create",
    "action_progress",
    "overdue_actions",
    "agenda_item_add",
    "agenda_propose",
    "attendance_record",
    "committee_create",
    "meeting_certify",
    "meeting_schedule",
    "member_appoint",
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

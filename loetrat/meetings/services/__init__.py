from .actions import action_create, action_progress, overdue_actions
from .approvals import approval_of, register_approvable, resolution_approve
from .committees import committee_create, member_appoint
from .meetings import (
    agenda_item_add,
    attendance_record,
    meeting_certify,
    meeting_schedule,
    quorum_state,
    resolution_record,
)

__all__ = [
    "action_create",
    "action_progress",
    "overdue_actions",
    "agenda_item_add",
    "approval_of",
    "attendance_record",
    "committee_create",
    "meeting_certify",
    "meeting_schedule",
    "member_appoint",
    "quorum_state",
    "register_approvable",
    "resolution_approve",
    "resolution_record",
]

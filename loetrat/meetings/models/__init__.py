from .committees import Committee, CommitteeMember
from .meetings import AgendaItem, AgendaLink, Attendance, Meeting
from .resolutions import ActionProgress, Approval, FollowUpAction, Resolution

__all__ = [
    "ActionProgress",
    "AgendaItem",
    "AgendaLink",
    "Approval",
    "Attendance",
    "Committee",
    "CommitteeMember",
    "FollowUpAction",
    "Meeting",
    "Resolution",
]

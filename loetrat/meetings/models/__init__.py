from .committees import Committee, CommitteeMember
from .documents import AgendaDocument
from .meetings import AgendaItem, AgendaLink, Attendance, Meeting
from .resolutions import ActionProgress, FollowUpAction, Resolution

__all__ = [
    "ActionProgress",
    "AgendaDocument",
    "AgendaItem",
    "AgendaLink",
    "Attendance",
    "Committee",
    "CommitteeMember",
    "FollowUpAction",
    "Meeting",
    "Resolution",
]

from .committees import Committee, CommitteeMember, CommitteeName, CommitteeTerm
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
    "CommitteeName",
    "CommitteeTerm",
    "FollowUpAction",
    "Meeting",
    "Resolution",
]

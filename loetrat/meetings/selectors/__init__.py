"""Reads for committees, meetings, resolutions and follow-up actions, always filtered by what the
person may see. Split by subject: committees, meetings (with linked objects), actions."""

from .actions import (
    ACTION_STATES,
    action_get_for,
    action_search,
    actions_visible_to,
    mark_overdue,
)
from .committees import (
    committee_get_for,
    committee_meetings,
    committee_members,
    committees_visible_to,
    with_names_of_their_day,
)
from .meetings import (
    AgendaPart,
    MeetingView,
    agenda_item_get_for,
    meeting_get_for,
    meeting_view,
    meetings_visible_to,
    resolution_get_for,
    resolution_or_none,
    resolution_view,
)
from .proposals import (
    agenda_history,
    is_proposable,
    pending_item,
    proposal_meetings,
    proposal_target_get_for,
    proposal_title,
)
from .quorum import QuorumState, quorum_state
from .terms import (
    account_named,
    committee_by_code,
    committee_terms,
    current_term,
    seat_get_for,
    term_get_for,
    term_seats,
    terms_with_seats,
)

__all__ = [
    "ACTION_STATES",
    "AgendaPart",
    "account_named",
    "committee_by_code",
    "committee_terms",
    "current_term",
    "seat_get_for",
    "term_get_for",
    "term_seats",
    "terms_with_seats",
    "with_names_of_their_day",
    "MeetingView",
    "action_get_for",
    "action_search",
    "agenda_history",
    "is_proposable",
    "pending_item",
    "quorum_state",
    "QuorumState",
    "proposal_meetings",
    "proposal_target_get_for",
    "proposal_title",
    "actions_visible_to",
    "agenda_item_get_for",
    "committee_get_for",
    "committee_meetings",
    "committee_members",
    "committees_visible_to",
    "mark_overdue",
    "meeting_get_for",
    "meeting_view",
    "meetings_visible_to",
    "resolution_get_for",
    "resolution_or_none",
    "resolution_view",
]

"""Whether a meeting has its quorum: members serving on the meeting day, how many must attend
(the committee's rule), and how many did."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..enums import COUNTS_FOR_QUORUM, VOTING_ROLES, CommitteeRole
from ..models import Meeting


@dataclass(frozen=True)
class QuorumState:
    members: int
    required: int
    present: int

    @property
    def has_quorum(self) -> bool:
        return self.members > 0 and self.present >= self.required


def quorum_state(meeting: Meeting) -> QuorumState:
    """Members serving on the meeting day, how many must attend, and how many did."""
    committee = meeting.committee
    roles = set(VOTING_ROLES)
    if committee.quorum_counts_secretaries:
        roles |= {CommitteeRole.SECRETARY, CommitteeRole.ASSISTANT_SECRETARY}
    serving = committee.members.serving(meeting.day).filter(role__in=roles)
    members = serving.count()
    share = members * committee.quorum_percent / 100
    required = math.floor(share) + 1 if committee.quorum_more_than else math.ceil(share)
    present = meeting.attendance.filter(status__in=COUNTS_FOR_QUORUM, member__in=serving).count()
    return QuorumState(members=members, required=required, present=present)

"""Kinds and states of committees, meetings, agenda items and resolutions."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CommitteeKind(models.TextChoices):
    COMMISSION = "commission", _("Commission")
    SUBCOMMITTEE = "subcommittee", _("Sub-committee")
    WORKING_GROUP = "working_group", _("Working group")
    OTHER = "other", _("Other committee")


class CommitteeRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice-chair")
    MEMBER = "member", _("Member")
    SECRETARY = "secretary", _("Secretary")
    ASSISTANT_SECRETARY = "assistant_secretary", _("Assistant secretary")


# Roles that count towards the quorum (the secretaries serve the committee; they are not members
# for the quorum in OPDC's practice, but the rule is data: see Committee.quorum_counts_secretaries).
VOTING_ROLES = frozenset({CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR, CommitteeRole.MEMBER})


class MeetingMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online (electronic meeting)")
    HYBRID = "hybrid", _("In person and online")


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    HELD = "held", _("Held")
    CERTIFIED = "certified", _("Minutes certified")
    CANCELLED = "cancelled", _("Cancelled")


class MeetingAction(models.TextChoices):
    HOLD = "hold", _("Record as held")
    CERTIFY = "certify", _("Certify the minutes")


# (status, action) -> new status. A meeting is held once its first resolution is recorded.
MEETING_TRANSITIONS: dict[tuple[str, str], str] = {
    (MeetingStatus.SCHEDULED, MeetingAction.HOLD): MeetingStatus.HELD,
    (MeetingStatus.HELD, MeetingAction.CERTIFY): MeetingStatus.CERTIFIED,
}


# A meeting that can still change: new items, attendance, resolutions.
OPEN_MEETING_STATUSES = frozenset({MeetingStatus.SCHEDULED, MeetingStatus.HELD})


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    ABSENT = "absent", _("Absent")
    PROXY = "proxy", _("Represented by proxy")


# Who is counted present for the quorum.
COUNTS_FOR_QUORUM = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.PROXY})


class AgendaKind(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("Matters from the chair")
    MINUTES = "minutes", _("Certifying the previous minutes")
    CONSIDERATION = "consideration", _("For consideration")
    ACKNOWLEDGEMENT = "acknowledgement", _("For acknowledgement")
    FOLLOW_UP = "follow_up", _("Follow-up of earlier resolutions")
    OTHER = "other", _("Other matters")


class ResolutionOutcome(models.TextChoices):
    APPROVED = "approved", pgettext_lazy("resolution outcome", "Approved")
    APPROVED_WITH_AMENDMENTS = "approved_with_amendments", _("Approved with amendments")
    NOTED = "noted", _("Noted")
    REJECTED = "rejected", _("Rejected")
    DEFERRED = "deferred", _("Deferred")


# Outcomes through which a resolution can approve something (the approval gate).
APPROVING_OUTCOMES = frozenset(
    {ResolutionOutcome.APPROVED, ResolutionOutcome.APPROVED_WITH_AMENDMENTS}
)


class ActionStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("follow-up status", "Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_ACTION_STATUSES = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})

# (status, action) -> new status: the action named by the status it moves to, as a progress
# note chooses it. Done and cancelled actions are final.
ACTION_TRANSITIONS: dict[tuple[str, str], str] = {
    (source, target): target
    for source in OPEN_ACTION_STATUSES
    for target in ActionStatus.values
    if target != source
}

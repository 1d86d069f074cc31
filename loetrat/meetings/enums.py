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
    POSTPONE = "postpone", _("Postpone")
    CANCEL = "cancel", _("Cancel")


# (status, action) -> new status. A meeting is held once its first resolution is recorded;
# postponing moves a scheduled meeting's date and keeps it scheduled (and its number).
MEETING_TRANSITIONS: dict[tuple[str, str], str] = {
    (MeetingStatus.SCHEDULED, MeetingAction.HOLD): MeetingStatus.HELD,
    (MeetingStatus.HELD, MeetingAction.CERTIFY): MeetingStatus.CERTIFIED,
    (MeetingStatus.SCHEDULED, MeetingAction.POSTPONE): MeetingStatus.SCHEDULED,
    (MeetingStatus.SCHEDULED, MeetingAction.CANCEL): MeetingStatus.CANCELLED,
}


class AgendaStatus(models.TextChoices):
    DRAFT = "draft", _("Being prepared")
    SENT = "sent", _("Sent to the members")


class AgendaAction(models.TextChoices):
    SEND = "send", _("Send the agenda")


# (agenda status, action) -> new status. Once sent, the order of the items is fixed.
AGENDA_TRANSITIONS: dict[tuple[str, str], str] = {
    (AgendaStatus.DRAFT, AgendaAction.SEND): AgendaStatus.SENT,
}


# A meeting that can still change: new items, attendance, resolutions.
OPEN_MEETING_STATUSES = frozenset({MeetingStatus.SCHEDULED, MeetingStatus.HELD})


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    ABSENT = "absent", _("Absent")
    PROXY = "proxy", _("Represented by proxy")


# Who is counted present for the quorum.
COUNTS_FOR_QUORUM = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.PROXY})


class AgendaSection(models.IntegerChoices):
    """The six parts (ระเบียบวาระ) of a Thai committee's agenda, in their standard order; the
    value is the part's number, and items are numbered within it (4.1, 4.2)."""

    ANNOUNCEMENTS = 1, _("Matters the chair informs the meeting of")
    MINUTES = 2, _("Certifying the minutes of the previous meeting")
    CONTINUING = 3, _("Matters arising from earlier meetings")
    CONSIDERATION = 4, _("Matters for consideration")
    INFORMATION = 5, _("Matters for information")
    OTHER = 6, _("Other matters")


# The Thai heading of each part, as official agendas and minutes print it whatever the page
# language (ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา).
AGENDA_SECTION_TH = {
    AgendaSection.ANNOUNCEMENTS: "เรื่องที่ประธานแจ้งที่ประชุมทราบ",
    AgendaSection.MINUTES: "รับรองรายงานการประชุม",
    AgendaSection.CONTINUING: "เรื่องสืบเนื่อง",
    AgendaSection.CONSIDERATION: "เรื่องเพื่อพิจารณา",
    AgendaSection.INFORMATION: "เรื่องเพื่อทราบ",
    AgendaSection.OTHER: "เรื่องอื่น ๆ",
}


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

"""States, kinds and the allowed transitions of the awards module. Only the transition services
assign `state`; they check these maps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CycleStatus(models.TextChoices):
    DRAFT = "draft", _("Being prepared")
    PUBLISHED = "published", _("Published")
    CLOSED = "closed", _("Closed")


class CycleAction(models.TextChoices):
    PUBLISH = "publish", _("Publish")
    CLOSE = "close", _("Close")


# (status, action) -> new status: a cycle is prepared, opened to agencies, then closed.
CYCLE_TRANSITIONS: dict[tuple[str, str], str] = {
    (CycleStatus.DRAFT, CycleAction.PUBLISH): CycleStatus.PUBLISHED,
    (CycleStatus.PUBLISHED, CycleAction.CLOSE): CycleStatus.CLOSED,
}


class AwardSubject(models.TextChoices):
    WORK = "work", _("A piece of work")
    AGENCY = "agency", _("A whole agency")


class StageKind(models.TextChoices):
    DOCUMENT_REVIEW = "document_review", _("Document review")
    CONSENSUS = "consensus", _("Consensus")
    SITE_VISIT = "site_visit", _("Site visit")
    COMMITTEE = "committee", _("Committee decision")


class PartnerRole(models.TextChoices):
    MODEL_AGENCY = "model_agency", _("Model agency")
    ADOPTING_AGENCY = "adopting_agency", _("Adopting agency")
    PARTNER = "partner", _("Partner")


class ApplicationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    AWAITING_ENDORSEMENT = "awaiting_endorsement", _("Awaiting the agency head")
    RETURNED = "returned", _("Returned by the agency head")
    ENDORSED = "endorsed", _("Endorsed")
    SUBMITTED = "submitted", _("Submitted")
    SCREENED_OUT = "screened_out", _("Screened out")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ApplicationAction(models.TextChoices):
    SEND = "send", _("Send to the agency head")
    RECALL = "recall", _("Take back")
    ENDORSE = "endorse", _("Endorse")
    RETURN = "return", _("Return with a reason")
    REOPEN = "reopen", _("Reopen for editing")
    SUBMIT = "submit", _("Submit")
    WITHDRAW = "withdraw", _("Withdraw")
    SCREEN_OUT = "screen_out", _("Screen out")
    REINSTATE = "reinstate", _("Reinstate")


S = ApplicationState
A = ApplicationAction

# (state, action) -> new state. Anything not listed is refused.
TRANSITIONS: dict[tuple[str, str], str] = {
    (S.DRAFT, A.SEND): S.AWAITING_ENDORSEMENT,
    (S.RETURNED, A.SEND): S.AWAITING_ENDORSEMENT,
    (S.AWAITING_ENDORSEMENT, A.RECALL): S.DRAFT,
    (S.AWAITING_ENDORSEMENT, A.ENDORSE): S.ENDORSED,
    (S.AWAITING_ENDORSEMENT, A.RETURN): S.RETURNED,
    (S.ENDORSED, A.REOPEN): S.DRAFT,
    (S.ENDORSED, A.SUBMIT): S.SUBMITTED,
    (S.DRAFT, A.WITHDRAW): S.WITHDRAWN,
    (S.AWAITING_ENDORSEMENT, A.WITHDRAW): S.WITHDRAWN,
    (S.RETURNED, A.WITHDRAW): S.WITHDRAWN,
    (S.ENDORSED, A.WITHDRAW): S.WITHDRAWN,
    (S.SUBMITTED, A.WITHDRAW): S.WITHDRAWN,
    (S.SUBMITTED, A.SCREEN_OUT): S.SCREENED_OUT,
    (S.SCREENED_OUT, A.REINSTATE): S.SUBMITTED,
}

# Actions that need a reason the other side will read.
ACTIONS_NEEDING_REASON = frozenset({A.RETURN, A.WITHDRAW, A.SCREEN_OUT, A.REINSTATE})

# States in which the agency may still change the content.
EDITABLE_STATES = frozenset({S.DRAFT, S.RETURNED, S.ENDORSED})

# States that count as "in the competition" for the secretariat's counts.
ACTIVE_STATES = frozenset({S.SUBMITTED})

# What the deadline stops (the services refuse them too); recall, endorse, withdraw remain.
BLOCKED_AFTER_DEADLINE = frozenset({A.SEND, A.SUBMIT, A.REOPEN})

"""Consulting clinics (คลินิกให้คำปรึกษา): an agency, or a ministry for its agencies, asks OPDC for
advice; the secretariat schedules a session, records the advice and the points raised, gives
follow-ups and closes the clinic (or cancels it, with a reason).

States move only through core's transition helper and the map in enums.py. Every write is audited
(`clinics.clinic.*`); the reads are in selectors.py."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError, DomainError, PermissionDeniedError
from loetrat.core.transitions import StateMachine, transition
from loetrat.meetings.enums import MeetingMode

from .enums import CLINIC_TRANSITIONS, ClinicAction, ClinicStatus, ClinicTopic
from .models import ClinicFollowUp, ClinicSession

MANAGE = "clinics.manage_clinics"


def _require_manager(actor) -> None:
    if not actor.has_perm(MANAGE):
        raise PermissionDeniedError(_("Only the secretariat runs clinic sessions."))


def _locked(clinic: ClinicSession) -> ClinicSession:
    return (
        ClinicSession.objects.select_for_update(of=("self",))
        .select_related("organization")
        .get(pk=clinic.pk)
    )


CLINIC_MACHINE = StateMachine(
    model=ClinicSession,
    transitions=CLINIC_TRANSITIONS,
    audit_prefix="clinics.clinic",
    related=("organization",),
    audit_verbs={
        ClinicAction.SCHEDULE: "scheduled",
        ClinicAction.RECORD: "recorded",
        ClinicAction.CLOSE: "closed",
        ClinicAction.CANCEL: "cancelled",
    },
    organization_of=lambda clinic: clinic.organization_id,
    refusal=lambda clinic, action: ConflictError(
        _("A clinic that is %(current)s cannot be given the action “%(action)s”.")
        % {
            "current": ClinicStatus(clinic.status).label.lower(),
            "action": ClinicAction(action).label.lower(),
        },
        code="clinic_transition_refused",
    ),
    audited_fields=("scheduled_at", "mode", "place_th", "chaired_by_th"),
)


def _audit(actor, verb: str, clinic: ClinicSession, *, before=None, after=None, reason=""):
    audit_record(
        actor=actor,
        action=f"clinics.clinic.{verb}",
        target=clinic,
        organization_id=clinic.organization_id,
        before=before,
        after=after,
        reason=reason,
    )


def _clean_topics(topics) -> list[str]:
    valid = set(ClinicTopic.values)
    chosen = [str(topic) for topic in topics or ()]
    if not chosen:
        raise DomainError(_("Choose at least one topic."), code="topics_required", field="topics")
    unknown = [topic for topic in chosen if topic not in valid]
    if unknown:
        raise DomainError(
            _("Unknown topic: %(topics)s.") % {"topics": ", ".join(unknown)},
            code="topic_unknown",
            field="topics",
        )
    return list(dict.fromkeys(chosen))


@transaction.atomic
def clinic_request(*, organization, topics, question_th: str, actor, covered=()) -> ClinicSession:
    """Ask for advice for `organization` (its coordinator or head; the secretariat may record a
    request on an agency's behalf). `covered` are agencies under it that the advice is for."""
    if not (actor.has_perm("clinics.request_clinic", organization) or actor.has_perm(MANAGE)):
        raise PermissionDeniedError(
            _("Only the coordinator or head of %(organization)s may ask for advice for it.")
            % {"organization": organization.name_th}
        )
    topics = _clean_topics(topics)
    if not question_th.strip():
        raise DomainError(
            _("Write what you would like advice on."),
            code="question_required",
            field="question_th",
        )
    covered = list(dict.fromkeys(covered))
    outside = [
        o for o in covered if o.pk == organization.pk or not o.path.startswith(organization.path)
    ]
    if outside:
        raise DomainError(
            _("%(codes)s is not an agency under %(organization)s.")
            % {"codes": ", ".join(o.code for o in outside), "organization": organization.name_th},
            code="covered_outside",
            field="covered",
        )
    clinic = ClinicSession.objects.create(
        organization=organization,
        topics=topics,
        question_th=question_th.strip(),
        requested_by=actor,
    )
    clinic.covered.set(covered)
    _audit(
        actor,
        "requested",
        clinic,
        after={"topics": topics, "covered": [o.code for o in covered]},
    )
    return clinic


@transaction.atomic
def clinic_schedule(
    *,
    clinic: ClinicSession,
    scheduled_at: datetime.datetime,
    mode: str,
    actor,
    place_th: str = "",
    chaired_by_th: str = "",
) -> ClinicSession:
    """Set (or move) the session's date, time, mode, place and chair."""
    _require_manager(actor)

    def check(_locked, _new_status):
        if mode not in MeetingMode.values:
            raise DomainError(
                _("Choose how the session is held."), code="mode_invalid", field="mode"
            )
        if mode in (MeetingMode.IN_PERSON, MeetingMode.HYBRID) and not place_th.strip():
            raise DomainError(
                _("Name the place for a session held in person."),
                code="place_required",
                field="place_th",
            )

    changes = {
        "scheduled_at": scheduled_at,
        "mode": mode,
        "place_th": place_th.strip(),
        "chaired_by_th": chaired_by_th.strip(),
    }
    return transition(
        CLINIC_MACHINE,
        clinic,
        action=ClinicAction.SCHEDULE,
        actor=actor,
        check=check,
        changes=changes,
    )


@transaction.atomic
def clinic_record(
    *, clinic: ClinicSession, advice_th: str, actor, discussion_th: str = ""
) -> ClinicSession:
    """Record the advice given and the points raised; the session is then held."""
    _require_manager(actor)
    if not advice_th.strip():
        raise DomainError(
            _("Write the advice that was given."), code="advice_required", field="advice_th"
        )
    return transition(
        CLINIC_MACHINE,
        clinic,
        action=ClinicAction.RECORD,
        actor=actor,
        changes={"advice_th": advice_th.strip(), "discussion_th": discussion_th.strip()},
    )


@transaction.atomic
def clinic_follow_up_add(
    *, clinic: ClinicSession, text_th: str, owner, actor, due_on: datetime.date | None = None
) -> ClinicFollowUp:
    """Give a follow-up of a held session to an organisation, with an optional due date."""
    _require_manager(actor)
    clinic = _locked(clinic)
    if clinic.status != ClinicStatus.HELD:
        raise ConflictError(
            _("Follow-ups are given after the session is held and before it is closed."),
            code="clinic_not_held",
        )
    if not text_th.strip():
        raise DomainError(_("Write the follow-up."), code="text_required", field="text_th")
    follow_up = ClinicFollowUp.objects.create(
        clinic=clinic, text_th=text_th.strip(), owner=owner, due_on=due_on
    )
    _audit(
        actor,
        "follow_up_added",
        clinic,
        after={"follow_up": follow_up.pk, "owner": owner.code, "due_on": due_on},
    )
    return follow_up


@transaction.atomic
def clinic_follow_up_done(
    *, follow_up: ClinicFollowUp, actor, done_on: datetime.date | None = None
) -> ClinicFollowUp:
    """Mark a follow-up done (today unless a date is given)."""
    _require_manager(actor)
    follow_up = ClinicFollowUp.objects.select_for_update().get(pk=follow_up.pk)
    clinic = _locked(follow_up.clinic)
    if clinic.status != ClinicStatus.HELD:
        raise ConflictError(
            _("This clinic is %(status)s; its follow-ups can no longer change.")
            % {"status": clinic.get_status_display().lower()},
            code="clinic_not_held",
        )
    if follow_up.done_on is not None:
        raise ConflictError(_("This follow-up is already done."), code="follow_up_done")
    follow_up.done_on = done_on or timezone.localdate()
    follow_up.save(update_fields=["done_on", "updated_at"])
    _audit(
        actor,
        "follow_up_done",
        clinic,
        after={"follow_up": follow_up.pk, "done_on": follow_up.done_on},
    )
    return follow_up


@transaction.atomic
def clinic_close(*, clinic: ClinicSession, actor, reason: str = "") -> ClinicSession:
    """Close a held clinic once every follow-up is done."""
    _require_manager(actor)

    def check(locked, _new_status):
        open_count = locked.follow_ups.filter(done_on__isnull=True).count()
        if open_count:
            raise ConflictError(
                _("%(count)s follow-up(s) are not done yet; mark them done before closing.")
                % {"count": open_count},
                code="follow_ups_open",
            )

    return transition(
        CLINIC_MACHINE,
        clinic,
        action=ClinicAction.CLOSE,
        actor=actor,
        reason=reason.strip(),
        check=check,
    )


@transaction.atomic
def clinic_cancel(*, clinic: ClinicSession, actor, reason: str) -> ClinicSession:
    """Cancel a requested or scheduled clinic, saying why."""
    _require_manager(actor)

    def check(_locked, _new_status):
        if not reason.strip():
            raise DomainError(
                _("Say why the clinic is cancelled."), code="reason_required", field="reason"
            )

    return transition(
        CLINIC_MACHINE,
        clinic,
        action=ClinicAction.CANCEL,
        actor=actor,
        reason=reason.strip(),
        check=check,
    )

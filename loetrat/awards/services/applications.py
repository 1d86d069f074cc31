"""An application's life: created by an agency coordinator, saved as often as they like (every
save is a kept revision), sent to the agency head, endorsed or returned, submitted before the
deadline, withdrawn, screened out. Only `application_transition` assigns `state`, through core's
transition helper."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.db import retry_on_conflict
from loetrat.core.errors import ConflictError, DomainError, PermissionDeniedError
from loetrat.core.formschema.schema import answer_problems, normalise_answers
from loetrat.core.text import search_key
from loetrat.core.transitions import StateMachine, transition

from ..enums import (
    ACTIONS_NEEDING_REASON,
    TRANSITIONS,
    ApplicationAction,
    ApplicationState,
    CycleStatus,
)
from ..models import Application, ApplicationRevision
from ..rules import ACTION_PERMISSIONS
from ..selectors.deadlines import submission_deadline
from .application_notices import application_action_notices
from .editing import ensure_editable, lock_application
from .eligibility import eligibility_problems, eligibility_snapshot
from .extensions import refuse_after_deadline
from .partners import application_partner_remove, application_partner_set
from .references import next_reference

__all__ = [
    "ApplicationProblemsError",
    "application_create",
    "application_partner_remove",
    "application_partner_set",
    "application_save",
    "application_transition",
    "lock_application",
]

A = ApplicationAction


class ApplicationProblemsError(DomainError):
    """Refused because the answers or the eligibility rules are not satisfied; `problems`
    lists each one with the field to fix."""

    def __init__(self, message, *, problems, code="not_ready"):
        super().__init__(message, code=code)
        self.problems = list(problems)


def _search_text(application) -> str:
    return search_key(
        application.title_th,
        application.title_en,
        application.reference or "",
        application.organization.name_th,
        application.organization.name_en,
        application.organization.code,
    )


def _copy_back(target, source, fields) -> None:
    for name in fields:
        setattr(target, name, getattr(source, name))


@retry_on_conflict
@transaction.atomic
def application_create(
    *, award_type, organization, actor, title_th: str, title_en: str = ""
) -> Application:
    """A new draft for `organization`, by one of its coordinators, while the type is open."""
    if not actor.has_perm("awards.create_application", organization):
        raise PermissionDeniedError(
            _("Only a coordinator of %(name)s may apply on its behalf.") % {"name": organization}
        )
    if award_type.cycle.status != CycleStatus.PUBLISHED:
        raise DomainError(
            _("This award cycle is not open for applications."), code="cycle_not_published"
        )
    now = timezone.now()
    deadline = submission_deadline(award_type, organization.pk)
    opened = award_type.opens_at is not None and award_type.opens_at <= now
    if not opened or deadline is None or now > deadline:
        raise DomainError(
            _("%(type)s is not open for applications now.") % {"type": award_type.name},
            code="type_closed",
            field="award_type",
        )
    kinds = (award_type.eligibility or {}).get("organization_kinds")
    if kinds and organization.kind not in kinds:
        raise DomainError(
            _("%(name)s may not apply for %(type)s: it is not open to a %(kind)s.")
            % {
                "name": organization.name,
                "type": award_type.name,
                "kind": organization.get_kind_display(),
            },
            code="not_eligible",
            field="organization",
        )
    title_th = (title_th or "").strip()
    if not title_th:
        raise DomainError(_("Give the work a Thai title."), code="required", field="title_th")
    application = Application(
        award_type=award_type,
        cycle_id=award_type.cycle_id,
        organization=organization,
        title_th=title_th[:300],
        title_en=(title_en or "").strip()[:300],
        data=normalise_answers(award_type.form_schema or [], {}),
        revision_count=1,
        created_by=actor,
    )
    application.search_text = _search_text(application)
    application.save()
    ApplicationRevision.objects.create(
        application=application,
        number=1,
        title_th=application.title_th,
        title_en=application.title_en,
        data=application.data,
        saved_by=actor,
    )
    audit_record(
        actor=actor,
        action="awards.application.created",
        target=application,
        organization_id=organization.pk,
        after={"award_type": award_type.code, "title_th": application.title_th},
    )
    return application


def record_revision(application, actor, *, reason: str = "") -> ApplicationRevision:
    """Keep the application's current content as a new numbered version (locked row). Editing
    an endorsed application takes it back to draft: it needs endorsing again."""
    if application.state == ApplicationState.ENDORSED:
        reopened = application_transition(
            application=application,
            action=A.REOPEN,
            actor=actor,
            reason=reason or _("Changed after endorsement; it needs endorsing again."),
        )
        _copy_back(application, reopened, ["state", "endorsed_at", "endorsed_by_id"])
    application.revision_count += 1
    application.search_text = _search_text(application)
    application.save(
        update_fields=[
            "data",
            "title_th",
            "title_en",
            "revision_count",
            "search_text",
            "updated_at",
        ]
    )
    return ApplicationRevision.objects.create(
        application=application,
        number=application.revision_count,
        title_th=application.title_th,
        title_en=application.title_en,
        data=application.data,
        saved_by=actor,
    )


@retry_on_conflict
@transaction.atomic
def application_save(
    *, application, actor, data: dict, title_th=None, title_en=None, uploads=None
) -> ApplicationRevision:
    """Save the answers as they are (a draft keeps incomplete or malformed input, exactly as
    typed) and keep the save as a new revision, in one transaction with the files uploaded with
    them (`uploads`: file field key -> uploaded files). A refused file does not stop the save:
    the returned revision's `refused_uploads` says why each was refused."""
    from .attachments import attachment_add

    locked = lock_application(application)
    ensure_editable(locked, actor, doing=_("change it"))
    if title_th is not None and not title_th.strip():
        raise DomainError(_("Give the work a Thai title."), code="required", field="title_th")
    refused = []
    for key, files in (uploads or {}).items():
        for upload in files:
            try:
                attachment_add(
                    application=locked, field_key=key, upload=upload, actor=actor, record=False
                )
            except DomainError as exc:
                refused.append(str(exc.message))
    locked = lock_application(application)  # again: with the stored files in its answers
    if title_th is not None:
        locked.title_th = title_th.strip()[:300]
    if title_en is not None:
        locked.title_en = title_en.strip()[:300]
    before_data = locked.data
    locked.data = normalise_answers(locked.award_type.form_schema or [], data, keep=before_data)
    revision = record_revision(locked, actor)
    changed = sorted(
        k for k in {*before_data, *locked.data} if before_data.get(k) != locked.data.get(k)
    )
    audit_record(
        actor=actor,
        action="awards.application.saved",
        target=locked,
        organization_id=locked.organization_id,
        after={"revision": revision.number, "changed": changed},
    )
    _copy_back(
        application,
        locked,
        ["data", "title_th", "title_en", "revision_count", "state", "search_text"],
    )
    revision.refused_uploads = refused
    return revision


def _check_action(locked, action, actor) -> None:
    if action == A.SEND:
        refuse_after_deadline(locked, doing=_("send it"))
        problems = answer_problems(locked.award_type.form_schema or [], locked.data, full=True)
        if problems:
            raise ApplicationProblemsError(
                _("Complete the application before sending it: %(count)s things to fix.")
                % {"count": len(problems)},
                problems=problems,
                code="incomplete",
            )
    elif action == A.SUBMIT:
        refuse_after_deadline(locked, doing=_("submit it"))
        problems = eligibility_problems(locked)
        if problems:
            raise ApplicationProblemsError(
                _("The application cannot be submitted yet: %(count)s things to fix.")
                % {"count": len(problems)},
                problems=problems,
                code="not_eligible",
            )
    elif action == A.WITHDRAW and locked.award_level:
        raise ConflictError(
            _("The results are known; the application can no longer be withdrawn."),
            code="results_known",
        )


APPLICATION_MACHINE = StateMachine(
    model=Application,
    transitions=TRANSITIONS,
    audit_prefix="awards.application",
    field="state",
    related=("award_type", "cycle", "organization"),
    organization_of=lambda application: application.organization_id,
    refusal=lambda application, action: ConflictError(
        _("An application that is %(state)s cannot be given the action “%(action)s”.")
        % {"state": application.get_state_display().lower(), "action": A(action).label},
        code="invalid_transition",
    ),
    audited_fields=("state_reason",),
)


def _changes(locked, action: str, actor, reason: str) -> dict:
    """The fields an action sets besides the state."""
    now = timezone.now()
    changes = {}
    if action in ACTIONS_NEEDING_REASON:
        changes["state_reason"] = reason
    elif action in (A.SEND, A.ENDORSE, A.SUBMIT):
        changes["state_reason"] = ""
    if action == A.ENDORSE:
        changes |= {"endorsed_at": now, "endorsed_by": actor}
    elif action in (A.RECALL, A.REOPEN):
        changes |= {"endorsed_at": None, "endorsed_by": None}
    elif action == A.SUBMIT:
        locked.reference = next_reference(locked)
        changes |= {
            "reference": locked.reference,
            "submitted_at": now,
            "submitted_revision": locked.revisions.order_by("-number").first(),
            "eligibility_snapshot": eligibility_snapshot(locked, []),
            "search_text": _search_text(locked),
        }
    return changes


@retry_on_conflict
def application_transition(*, application, action, actor, reason: str = "") -> Application:
    """Move the application by one action, if the map, the person and the rules allow it,
    through core's transition helper: the action's permission first, then TRANSITIONS, then
    the reason and the action's own rules; audited as `awards.application.<action>`; the people
    who must act or know get a notice (e-mailed after commit)."""
    try:
        action = ApplicationAction(action)
    except ValueError:
        raise DomainError(_("Unknown action."), code="unknown_action") from None
    reason = (reason or "").strip()

    def authorize(locked):
        if not actor.has_perm(ACTION_PERMISSIONS[action], locked):
            raise PermissionDeniedError(
                _("You may not %(action)s this application.") % {"action": action.label.lower()}
            )

    def check(locked, _new_state):
        if action in ACTIONS_NEEDING_REASON and not reason:
            raise DomainError(
                _("Give a reason; the other side will read it."),
                code="reason_required",
                field="reason",
            )
        _check_action(locked, action, actor)

    def submitted(locked) -> dict:
        if action != A.SUBMIT:
            return {}
        return {"reference": locked.reference, "revision": locked.submitted_revision.number}

    return transition(
        APPLICATION_MACHINE,
        application,
        action=action,
        actor=actor,
        reason=reason,
        authorize=authorize,
        check=check,
        changes=lambda locked: _changes(locked, action, actor, reason),
        audit_after=submitted,
        notices=lambda locked: application_action_notices(locked, action, actor),
    )

"""The application page and what people do from it: transitions, partners, extensions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from loetrat.core.errors import DomainError

from ...enums import ACTIONS_NEEDING_REASON, EDITABLE_STATES, TRANSITIONS, ApplicationAction
from ...forms.applications import ExtensionForm, PartnerForm
from ...models import ApplicationPartner
from ...selectors.applications import (
    answer_rows,
    application_attachments,
    application_get_for,
    application_history,
    application_partners,
)
from ...services import (
    ApplicationProblemsError,
    application_partner_remove,
    application_partner_set,
    application_transition,
    deadline_extension_grant,
    eligibility_problems,
)
from ...services.applications import ACTION_PERMISSIONS
from ...services.extensions import submission_deadline
from ...services.partners import allowed_partner_roles

# What the deadline stops (the services refuse them too); recall, endorse, withdraw remain.
BLOCKED_AFTER_DEADLINE = frozenset(
    {ApplicationAction.SEND, ApplicationAction.SUBMIT, ApplicationAction.REOPEN}
)


def available_actions(user, application, *, deadline_passed: bool = False) -> list[dict]:
    """The buttons this person may press now."""
    actions = []
    for action in ApplicationAction:
        if (application.state, action) not in TRANSITIONS:
            continue
        if deadline_passed and action in BLOCKED_AFTER_DEADLINE:
            continue
        if not user.has_perm(ACTION_PERMISSIONS[action], application):
            continue
        actions.append(
            {
                "value": action.value,
                "label": action.label,
                "needs_reason": action in ACTIONS_NEEDING_REASON,
                "danger": action in (ApplicationAction.WITHDRAW, ApplicationAction.SCREEN_OUT),
            }
        )
    return actions


def application_detail(request, pk):
    application = application_get_for(request.user, pk)
    user = request.user
    attachments = list(application_attachments(application, removed=True))
    # One query for the deadline (the agency's extension), used twice below.
    deadline = submission_deadline(application.award_type, application.organization_id)
    passed = deadline is not None and timezone.now() > deadline
    can_edit = (
        user.has_perm("awards.edit_application", application)
        and application.state in EDITABLE_STATES
        and not passed
    )
    # The agency checks while preparing; the secretariat checks again after submission.
    show_checks = (
        application.state in EDITABLE_STATES
        and not passed
        and (
            user.has_perm("awards.edit_application", application)
            or user.has_perm("awards.endorse_application", application)
        )
    ) or user.has_perm("awards.screen_application", application)
    roles = allowed_partner_roles(application.award_type)
    return render(
        request,
        "awards/applications/detail.html",
        {
            "application": application,
            "answers": answer_rows(
                application.award_type.form_schema, application.data, attachments
            ),
            "partners": application_partners(application),
            "attachments": [a for a in attachments if a.removed_at is None],
            "removed_attachments": [a for a in attachments if a.removed_at is not None],
            "history": application_history(application),
            "actions": available_actions(user, application, deadline_passed=passed),
            "can_edit": can_edit,
            "problems": eligibility_problems(application) if show_checks else None,
            "deadline": deadline,
            "deadline_passed": passed,
            "partner_form": PartnerForm(roles=roles) if can_edit else None,
            "extension_form": ExtensionForm() if user.has_perm("awards.grant_extension") else None,
        },
    )


@require_POST
def application_action(request, pk, action):
    application = application_get_for(request.user, pk)
    try:
        application_transition(
            application=application,
            action=action,
            actor=request.user,
            reason=request.POST.get("reason", ""),
        )
    except ApplicationProblemsError as exc:
        messages.error(request, exc.message)
        for problem in exc.problems[:20]:
            messages.error(request, problem.message)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        label = ApplicationAction(action).label
        messages.success(request, _("Done: %(action)s.") % {"action": label})
        if action == ApplicationAction.SUBMIT:
            return redirect("awards:application_receipt", application.pk)
    return redirect("awards:application_detail", application.pk)


@require_POST
def application_partner_add(request, pk):
    application = application_get_for(request.user, pk)
    if not request.user.has_perm("awards.edit_application", application):
        raise PermissionDenied
    form = PartnerForm(request.POST, roles=allowed_partner_roles(application.award_type))
    if form.is_valid():
        try:
            partner = application_partner_set(
                application=application, actor=request.user, **form.cleaned_data
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request, _("%(name)s was added.") % {"name": partner.organization.name}
            )
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(f"{application_url(application)}#partners")


def application_url(application) -> str:
    from django.urls import reverse

    return reverse("awards:application_detail", args=[application.pk])


@require_POST
def application_partner_delete(request, pk, partner_pk):
    application = application_get_for(request.user, pk)
    partner = get_object_or_404(ApplicationPartner, pk=partner_pk, application=application)
    try:
        application_partner_remove(partner=partner, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The partner agency was removed."))
    return redirect(f"{application_url(application)}#partners")


@require_POST
def application_extension(request, pk):
    application = application_get_for(request.user, pk)
    if not request.user.has_perm("awards.grant_extension"):
        raise PermissionDenied
    form = ExtensionForm(request.POST)
    if form.is_valid() and form.cleaned_data.get("until"):
        try:
            deadline_extension_grant(
                award_type=application.award_type,
                organization=application.organization,
                until=form.cleaned_data["until"],
                reason=form.cleaned_data["reason"],
                actor=request.user,
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("The deadline was extended for this agency."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(application_url(application))

"""The application page and what people do from it: transitions, partners, extensions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from loetrat.core.errors import DomainError

from ...enums import ApplicationAction
from ...forms.applications import ExtensionForm, PartnerForm
from ...selectors.abilities import application_abilities
from ...selectors.applications import (
    answer_rows,
    application_attachments,
    application_get_for,
    application_history,
    application_partner_get,
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
from ...services.partners import allowed_partner_roles


@require_safe
def application_detail(request, pk):
    application = application_get_for(request.user, pk)
    user = request.user
    attachments = list(application_attachments(application, removed=True))
    abilities = application_abilities(user, application)
    can_edit = abilities.can_edit
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
            "actions": abilities.actions,
            "can_edit": can_edit,
            "problems": eligibility_problems(application) if abilities.show_checks else None,
            "deadline": abilities.deadline,
            "deadline_passed": abilities.deadline_passed,
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
    return reverse("awards:application_detail", args=[application.pk])


@require_POST
def application_partner_delete(request, pk, partner_pk):
    application = application_get_for(request.user, pk)
    partner = application_partner_get(application, partner_pk)
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

"""Secretariat pages that change the organisation tree: create, edit (rename, move), merge and
dissolve. They only translate forms into service calls."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from loetrat.core.errors import DomainError

from ..forms import (
    OrganizationDissolveForm,
    OrganizationEditForm,
    OrganizationForm,
    OrganizationMergeForm,
    add_service_error,
)
from ..selectors import organization_get_for
from ..services import (
    organization_create,
    organization_dissolve,
    organization_merge,
    organization_update,
)

PERMISSION = "organizations.change_organization"


def _page(request, form, *, title, submit, cancel_url, organization=None, intro="", danger=False):
    return render(
        request,
        "organizations/form_page.html",
        {
            "form": form,
            "title": title,
            "submit_label": submit,
            "cancel_url": cancel_url,
            "organization": organization,
            "intro": intro,
            "danger": danger,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def _active_or_refuse(request, organization):
    if organization.is_active:
        return None
    messages.error(request, _("%(name)s is already closed.") % {"name": organization.name})
    return redirect("organizations:detail", organization.code)


@permission_required(PERMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def organization_create_view(request):
    form = OrganizationForm(
        request.POST or None, initial={"parent_code": request.GET.get("parent")}
    )
    if request.method == "POST" and form.is_valid():
        try:
            organization = organization_create(actor=request.user, **form.service_fields())
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("%(name)s was added.") % {"name": organization.name})
            return redirect("organizations:detail", organization.code)
    return _page(
        request,
        form,
        title=_("Add a public body"),
        submit=_("Add body"),
        cancel_url=reverse("organizations:list"),
    )


@permission_required(PERMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def organization_edit_view(request, code):
    organization = organization_get_for(request.user, code=code)
    form = OrganizationEditForm(
        request.POST or None, initial=OrganizationEditForm.initial_for(organization)
    )
    if request.method == "POST" and form.is_valid():
        changes = form.changes_from(organization)
        try:
            organization = organization_update(
                organization=organization,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                effective_on=form.cleaned_data["effective_on"],
                **changes,
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            if changes:
                messages.success(request, _("The changes were saved."))
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect("organizations:detail", organization.code)
    return _page(
        request,
        form,
        title=_("Edit %(name)s") % {"name": organization.name},
        submit=_("Save changes"),
        cancel_url=reverse("organizations:detail", args=[organization.code]),
        organization=organization,
        intro=_(
            "A new name keeps the old one in the body's history. A new parent moves the body "
            "together with every unit under it."
        ),
    )


@permission_required(PERMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def organization_merge_view(request, code):
    organization = organization_get_for(request.user, code=code)
    if refused := _active_or_refuse(request, organization):
        return refused
    form = OrganizationMergeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            organization_merge(
                organization=organization,
                into=data["into_code"],
                actor=request.user,
                on=data["on"],
                reason=data["reason"],
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc, {"successor": "into_code"})
        else:
            messages.success(
                request,
                _("%(name)s was merged into %(into)s.")
                % {"name": organization.name, "into": data["into_code"].name},
            )
            return redirect("organizations:detail", organization.code)
    return _page(
        request,
        form,
        title=_("Merge %(name)s into another body") % {"name": organization.name},
        submit=_("Merge"),
        cancel_url=reverse("organizations:detail", args=[organization.code]),
        organization=organization,
        intro=_(
            "The body is closed and points to the body it became part of. Its history and "
            "records stay. Units under it must be moved or closed first."
        ),
        danger=True,
    )


@permission_required(PERMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def organization_dissolve_view(request, code):
    organization = organization_get_for(request.user, code=code)
    if refused := _active_or_refuse(request, organization):
        return refused
    form = OrganizationDissolveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            organization_dissolve(
                organization=organization, actor=request.user, on=data["on"], reason=data["reason"]
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc, {"active_until": "on"})
        else:
            messages.success(request, _("%(name)s was dissolved.") % {"name": organization.name})
            return redirect("organizations:detail", organization.code)
    return _page(
        request,
        form,
        title=_("Dissolve %(name)s") % {"name": organization.name},
        submit=_("Dissolve"),
        cancel_url=reverse("organizations:detail", args=[organization.code]),
        organization=organization,
        intro=_(
            "The body is closed on the date given; its history and records stay. Units under "
            "it must be moved or closed first."
        ),
        danger=True,
    )

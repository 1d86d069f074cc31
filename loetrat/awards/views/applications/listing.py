"""Our applications, and starting a new one."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.listing import Column, build_listing

from ...forms.applications import ApplicationFilterForm, NewApplicationForm
from ...selectors.applications import (
    application_filter,
    applications_visible_to,
    coordinated_organizations,
    open_types_for,
)
from ...selectors.cycles import award_types_by_pk
from ...services import application_create

# Anyone with a role may list applications; the selector filters what each sees.
LIST_PERMISSION = "awards.list_applications"

COLUMNS = [
    Column("title", gettext_lazy("Work"), ("title_th",)),
    Column("type", gettext_lazy("Award type"), ("award_type__code",)),
    Column("organization", gettext_lazy("Agency"), ("organization__name_th",)),
    Column("state", gettext_lazy("State"), ("state",)),
    Column("updated", gettext_lazy("Last change"), ("updated_at",)),
]


@permission_required(LIST_PERMISSION, raise_exception=True)
@require_safe
def application_list(request):
    form = ApplicationFilterForm(request.GET or None)
    qs = applications_visible_to(request.user)
    if form.is_valid():
        qs = application_filter(
            qs,
            cycle_year=form.cleaned_data["cycle"],
            state=form.cleaned_data["state"],
            text=form.cleaned_data["q"],
        )
    listing = build_listing(request, qs, COLUMNS, default_sort="-updated")
    return render(
        request,
        "awards/applications/list.html",
        {
            "form": form,
            "listing": listing,
            "page_obj": listing.page_obj,
            "can_create": coordinated_organizations(request.user).exists(),
        },
    )


@require_http_methods(["GET", "POST"])
def application_new(request):
    organizations = coordinated_organizations(request.user)
    if not organizations.exists():
        raise PermissionDenied
    offers = open_types_for(request.user)
    types = award_types_by_pk([award_type.pk for award_type, _bodies in offers])
    form = NewApplicationForm(
        request.POST or None,
        types=types,
        organizations=organizations,
        initial={
            "award_type": request.GET.get("type"),
            "organization": organizations.first() if organizations.count() == 1 else None,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            application = application_create(actor=request.user, **form.cleaned_data)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The draft was created. Fill it in and save often."))
            return redirect("awards:application_edit", application.pk)
    return render(
        request,
        "awards/applications/new.html",
        {"form": form, "offers": offers},
        status=400 if form.is_bound and form.errors else 200,
    )

"""The secretariat's workspace for a cycle: every application, filtered, searched, sorted and
paginated; the per-type counts dashboard; the .xlsx export of the filtered list."""

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loetrat.core.listing import Column, build_listing

from ..enums import ApplicationState
from ..exports import CONTENT_TYPE, write_applications_xlsx
from ..forms_workspace import WorkspaceFilterForm
from ..selectors.cycles import cycle_get_for, cycle_state_counts, cycle_structure
from ..selectors.workspace import attach_places, workspace_applications

PERMISSION = "awards.view_workspace"

COLUMNS = [
    Column("reference", _("Reference"), ("reference",)),
    Column("title", _("Title"), ("title_th",)),
    Column("agency", _("Agency"), ("organization__name_th",)),
    Column("type", _("Award type"), ("award_type__branch__position", "award_type__position")),
    Column("state", _("State"), ("state",)),
    Column("submitted", _("Submitted"), ("submitted_at",)),
    Column("level", _("Award level"), ("award_level",)),
]


def _application_url_pattern() -> str:
    """The application page's URL with a placeholder id, or "" before that page exists."""
    for name in ("awards:application", "awards:application_detail"):
        try:
            return reverse(name, args=[0]).replace("/0/", "/{pk}/")
        except NoReverseMatch:
            continue
    return ""


@permission_required(PERMISSION, raise_exception=True)
def workspace(request, year):
    cycle = cycle_get_for(request.user, year)
    form = WorkspaceFilterForm(request.GET or None, cycle=cycle)
    applications = workspace_applications(cycle, form.filters())
    listing = build_listing(request, applications, COLUMNS, default_sort="-submitted")
    rows = attach_places(listing.rows)
    pattern = _application_url_pattern()
    for application in rows:
        application.url = pattern.replace("{pk}", str(application.pk)) if pattern else ""
    return render(
        request,
        "awards/workspace/list.html",
        {
            "cycle": cycle,
            "form": form,
            "listing": listing,
            "rows": rows,
            "page_obj": listing.page_obj,
            "export_query": request.GET.urlencode(),
        },
    )


@permission_required(PERMISSION, raise_exception=True)
def dashboard(request, year):
    cycle = cycle_get_for(request.user, year)
    counts = cycle_state_counts(cycle)
    states = ApplicationState.choices
    branches = cycle_structure(cycle)
    totals = dict.fromkeys(ApplicationState.values, 0)
    for branch in branches:
        for award_type in branch.types:
            by_state = counts.get(award_type.pk, {})
            award_type.state_counts = [
                (value, label, by_state.get(value, 0)) for value, label in ApplicationState.choices
            ]
            award_type.total = sum(by_state.values())
            for state, n in by_state.items():
                totals[state] = totals.get(state, 0) + n
    return render(
        request,
        "awards/workspace/dashboard.html",
        {
            "cycle": cycle,
            "branches": branches,
            "states": states,
            "totals": [totals[state] for state in ApplicationState.values],
            "submitted_total": totals[ApplicationState.SUBMITTED],
            "grand_total": sum(totals.values()),
        },
    )


@permission_required(PERMISSION, raise_exception=True)
def export(request, year):
    cycle = cycle_get_for(request.user, year)
    form = WorkspaceFilterForm(request.GET or None, cycle=cycle)
    if form.is_bound and not form.is_valid():
        errors = "; ".join(str(error) for errors in form.errors.values() for error in errors)
        return HttpResponseBadRequest(errors, content_type="text/plain; charset=utf-8")
    applications = workspace_applications(cycle, form.filters()).order_by(
        "award_type__branch__position", "award_type__position", "reference", "pk"
    )
    response = HttpResponse(content_type=CONTENT_TYPE)
    write_applications_xlsx(applications, response)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = (
        f'attachment; filename="loetrat-applications-{cycle.year_be}-{stamp}.xlsx"'
    )
    return response

"""The secretariat's workspace for a cycle: every application, filtered, searched, sorted and
paginated; the per-type counts dashboard; the .xlsx export of the filtered list."""

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from loetrat.core.listing import Column, build_listing
from loetrat.core.thai.dates import format_datetime

from ..enums import ApplicationState
from ..exports import CONTENT_TYPE, write_applications_xlsx
from ..forms.workspace import WorkspaceFilterForm
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


def _prepare_rows(rows) -> None:
    """Give each row what its cells show, worked out here once rather than by template lookups,
    filters and lazy translations in each of the fifty rows: `url`, `agency`, `places` (the
    ministry · province above the agency, never the agency itself), `branch_name`,
    `state_label` and `submitted_label`."""
    pattern = _application_url_pattern()
    states = {value: str(label) for value, label in ApplicationState.choices}
    for application in rows:
        organization = application.organization
        application.url = pattern.replace("{pk}", str(application.pk)) if pattern else ""
        application.agency = organization.name
        application.places = " · ".join(
            body.name
            for body in (organization.ministry, organization.province)
            if body and body.pk != organization.pk
        )
        application.branch_name = application.award_type.branch.name
        application.state_label = states.get(application.state, application.state)
        application.submitted_label = format_datetime(application.submitted_at)


@permission_required(PERMISSION, raise_exception=True)
@require_safe
def workspace(request, year):
    cycle = cycle_get_for(request.user, year)
    form = WorkspaceFilterForm(request.GET or None, cycle=cycle)
    applications = workspace_applications(cycle, form.filters())
    listing = build_listing(request, applications, COLUMNS, default_sort="-submitted")
    rows = attach_places(listing.rows)
    _prepare_rows(rows)
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
@require_safe
def dashboard(request, year):
    cycle = cycle_get_for(request.user, year)
    counts = cycle_state_counts(cycle)
    # Labels translated once, not once per cell.
    states = [(value, str(label)) for value, label in ApplicationState.choices]
    branches = cycle_structure(cycle, names_only=True)
    totals = dict.fromkeys(ApplicationState.values, 0)
    for branch in branches:
        for award_type in branch.types:
            by_state = counts.get(award_type.pk, {})
            award_type.state_counts = [
                (value, label, by_state.get(value, 0)) for value, label in states
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
            "workspace_url": reverse("awards:workspace", args=[cycle.year_be]),
            "totals": [totals[state] for state in ApplicationState.values],
            "submitted_total": totals[ApplicationState.SUBMITTED],
            "grand_total": sum(totals.values()),
        },
    )


@permission_required(PERMISSION, raise_exception=True)
@require_safe
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
    response["Cache-Control"] = "private, no-store"
    return response

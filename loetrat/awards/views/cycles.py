"""Award cycles: the list, one cycle with its branches and types, new cycles, copying to the
next year, publishing and closing, and what changed between two years."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error

from ..enums import ApplicationState, CycleStatus
from ..forms.cycles import CycleCopyForm, CycleCreateForm
from ..selectors.cycles import (
    cycle_diff,
    cycle_get_for,
    cycle_state_counts,
    cycle_structure,
    cycles_visible_to,
)
from ..services import (
    cycle_close,
    cycle_copy,
    cycle_create,
    cycle_problems,
    cycle_publish,
    default_programme,
)
from ..services.type_config import award_type_problems

MANAGE = "awards.manage_cycle"


@permission_required("awards.view_cycle", raise_exception=True)
@require_safe
def cycle_list(request):
    cycles = list(cycles_visible_to(request.user).order_by("-year_be"))
    return render(request, "awards/cycles/list.html", {"cycles": cycles})


def _form_page(request, form, *, title, submit, cancel_url, intro="", cycle=None):
    return render(
        request,
        "awards/cycles/form_page.html",
        {
            "form": form,
            "title": title,
            "submit_label": submit,
            "cancel_url": cancel_url,
            "intro": intro,
            "cycle": cycle,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def cycle_create_view(request):
    form = CycleCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            cycle = cycle_create(
                programme=default_programme(), actor=request.user, **form.cleaned_data
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request, _("The cycle %(year)s was created.") % {"year": cycle.year_be}
            )
            return redirect("awards:cycle", cycle.year_be)
    return _form_page(
        request,
        form,
        title=_("New award cycle"),
        submit=_("Create cycle"),
        cancel_url=reverse("awards:cycles"),
        intro=_("An empty cycle. To start from last year's branches and types, copy that cycle."),
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def cycle_copy_view(request, year):
    cycle = cycle_get_for(request.user, year)
    form = CycleCopyForm(request.POST or None, initial={"year_be": cycle.year_be + 1})
    if request.method == "POST" and form.is_valid():
        try:
            copy = cycle_copy(cycle=cycle, year_be=form.cleaned_data["year_be"], actor=request.user)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _(
                    "The cycle %(year)s was copied from %(old)s. Switch each type to this "
                    "year's approved criteria version before publishing."
                )
                % {"year": copy.year_be, "old": cycle.year_be},
            )
            return redirect("awards:cycle", copy.year_be)
    return _form_page(
        request,
        form,
        title=_("Copy %(name)s to a new year") % {"name": cycle.name},
        submit=_("Copy"),
        cancel_url=reverse("awards:cycle", args=[cycle.year_be]),
        intro=_(
            "Branches and types are copied with their forms, rules, stages, levels and "
            "criteria versions; opening and closing times move by the difference in years."
        ),
        cycle=cycle,
    )


def _type_rows(cycle, branches, counts, *, manage: bool):
    now = timezone.now()
    for branch in branches:
        for award_type in branch.types:
            by_state = counts.get(award_type.pk, {})
            award_type.state_counts = [
                (value, label, by_state.get(value, 0)) for value, label in ApplicationState.choices
            ]
            award_type.total = sum(by_state.values())
            award_type.problems = award_type_problems(award_type) if manage else []
            award_type.open_now = award_type.is_open(now)
    return branches


@permission_required("awards.view_cycle", raise_exception=True)
@require_safe
def cycle_detail(request, year):
    cycle = cycle_get_for(request.user, year)
    manage = request.user.has_perm(MANAGE)
    counts = cycle_state_counts(cycle) if manage else {}
    branches = _type_rows(cycle, cycle_structure(cycle), counts, manage=manage)
    return render(
        request,
        "awards/cycles/detail.html",
        {
            "cycle": cycle,
            "branches": branches,
            "manage": manage,
            "states": ApplicationState.choices,
            "is_draft": cycle.status == CycleStatus.DRAFT,
            "is_published": cycle.status == CycleStatus.PUBLISHED,
        },
    )


@permission_required(MANAGE, raise_exception=True)
@require_POST
def cycle_publish_view(request, year):
    cycle = cycle_get_for(request.user, year)
    try:
        cycle_publish(cycle=cycle, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
        problems = cycle_problems(cycle)
        return render(
            request,
            "awards/cycles/problems.html",
            {"cycle": cycle, "problems": problems},
            status=409,
        )
    messages.success(request, _("The cycle %(year)s is published.") % {"year": cycle.year_be})
    return redirect("awards:cycle", cycle.year_be)


@permission_required(MANAGE, raise_exception=True)
@require_POST
def cycle_close_view(request, year):
    cycle = cycle_get_for(request.user, year)
    try:
        cycle_close(cycle=cycle, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The cycle %(year)s is closed.") % {"year": cycle.year_be})
    return redirect("awards:cycle", cycle.year_be)


@permission_required("awards.view_cycle", raise_exception=True)
@require_safe
def cycle_diff_view(request, year, other=None):
    """What changed from `other` (default: the cycle it was copied from) to `year`."""
    cycle = cycle_get_for(request.user, year)
    if other is None:
        if cycle.copied_from_id is None:
            raise Http404
        other = cycle.copied_from.year_be
    old = cycle_get_for(request.user, other)
    return render(
        request, "awards/cycles/diff.html", {"cycle": cycle, "diff": cycle_diff(old, cycle)}
    )

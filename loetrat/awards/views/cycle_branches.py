"""Branches (สาขา) of a cycle: add, edit, remove while the cycle is being prepared."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error

from ..forms.cycles import BranchForm
from ..selectors.cycles import cycle_get_for
from ..services import branch_create, branch_remove, branch_update

MANAGE = "awards.manage_cycle"


def _branch(request, year, pk):
    cycle = cycle_get_for(request.user, year)
    branch = cycle.branches.filter(pk=pk).first()
    if branch is None:
        raise Http404
    return cycle, branch


def _page(request, form, cycle, title, submit):
    return render(
        request,
        "awards/cycles/form_page.html",
        {
            "form": form,
            "cycle": cycle,
            "title": title,
            "submit_label": submit,
            "cancel_url": reverse("awards:cycle", args=[cycle.year_be]),
        },
        status=400 if form.errors else 200,
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def branch_create_view(request, year):
    cycle = cycle_get_for(request.user, year)
    form = BranchForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            branch_create(cycle=cycle, actor=request.user, **form.service_fields())
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The branch was added."))
            return redirect("awards:cycle", cycle.year_be)
    return _page(
        request, form, cycle, _("New branch in %(cycle)s") % {"cycle": cycle.name}, _("Add branch")
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def branch_edit_view(request, year, pk):
    cycle, branch = _branch(request, year, pk)
    initial = {name: getattr(branch, name) for name in BranchForm.base_fields}
    form = BranchForm(request.POST or None, initial=initial)
    form.fields["code"].disabled = True
    if request.method == "POST" and form.is_valid():
        changes = form.service_fields()
        changes.pop("code", None)
        try:
            branch_update(branch=branch, actor=request.user, **changes)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The changes were saved."))
            return redirect("awards:cycle", cycle.year_be)
    return _page(
        request, form, cycle, _("Edit %(name)s") % {"name": branch.name}, _("Save changes")
    )


@permission_required(MANAGE, raise_exception=True)
@require_POST
def branch_remove_view(request, year, pk):
    cycle, branch = _branch(request, year, pk)
    try:
        branch_remove(branch=branch, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The branch was removed."))
    return redirect("awards:cycle", cycle.year_be)

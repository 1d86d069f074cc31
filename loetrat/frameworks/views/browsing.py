"""Secretariat pages that show frameworks, versions and the differences between versions."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from loetrat.core.approvals import approval_view, approvals_of
from loetrat.core.listing import Column, build_listing

from ..diff import version_diff
from ..forms import DiffForm
from ..selectors import (
    framework_get_for,
    frameworks_visible_to,
    version_criteria,
    version_get_for,
    versions_of,
)

VIEW = "frameworks.view_framework"
COLUMNS = [
    Column("code", _("Code"), ("code",)),
    Column("name", _("Name"), ("name_th",)),
    Column("kind", _("Kind"), ("kind", "code")),
    Column("versions", _("Versions"), ("version_count",)),
]


@permission_required(VIEW, raise_exception=True)
@require_safe
def framework_list(request):
    listing = build_listing(
        request, frameworks_visible_to(request.user), COLUMNS, default_sort="code"
    )
    return render(
        request, "frameworks/list.html", {"listing": listing, "page_obj": listing.page_obj}
    )


@permission_required(VIEW, raise_exception=True)
@require_safe
def framework_detail(request, code):
    framework = framework_get_for(request.user, code=code)
    versions = list(versions_of(framework))
    approvals = approvals_of(versions)
    for version in versions:
        version.approval = approvals.get(version.pk)
    labels = [version.label for version in versions]
    diff_form = DiffForm(
        labels=labels,
        initial={
            "old": labels[-2] if len(labels) > 1 else "",
            "new": labels[-1] if labels else "",
        },
    )
    return render(
        request,
        "frameworks/detail.html",
        {"framework": framework, "versions": versions, "diff_form": diff_form},
    )


@permission_required(VIEW, raise_exception=True)
@require_safe
def version_detail(request, code, label):
    version = version_get_for(request.user, code=code, label=label)
    return render(
        request,
        "frameworks/version_detail.html",
        {
            "version": version,
            "framework": version.framework,
            "criteria": version_criteria(version),
            "approval": approval_view(version, request.user),
        },
    )


@permission_required(VIEW, raise_exception=True)
@require_safe
def version_diff_view(request, code):
    framework = framework_get_for(request.user, code=code)
    labels = list(framework.versions.order_by("label").values_list("label", flat=True))
    form = DiffForm(request.GET or None, labels=labels)
    diff = None
    if form.is_bound and form.is_valid():
        old = version_get_for(request.user, code=code, label=form.cleaned_data["old"])
        new = version_get_for(request.user, code=code, label=form.cleaned_data["new"])
        diff = version_diff(old, new)
    return render(
        request,
        "frameworks/diff.html",
        {"framework": framework, "form": form, "diff": diff},
        status=400 if form.is_bound and form.errors else 200,
    )

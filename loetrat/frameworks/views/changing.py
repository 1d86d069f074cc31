"""Secretariat administrator pages that create and move versions: import, clone, record an
approval made before Loetrat, retire. They only translate forms into service calls."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.thai import format_date

from ..forms import CloneForm, ImportForm, PaperApprovalForm, RetireForm
from ..selectors import version_get_for
from ..services import (
    ImportProblems,
    version_clone,
    version_import_file,
    version_record_paper_approval,
    version_retire,
)

CHANGE = "frameworks.change_framework"


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def import_view(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            version = version_import_file(
                content=upload.read(), filename=upload.name, actor=request.user
            )
        except ImportProblems as exc:
            problems = exc.problems
        except DomainError as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _("Draft %(label)s of %(code)s was created.")
                % {"label": version.label, "code": version.framework.code},
            )
            return redirect("frameworks:version", version.framework.code, version.label)
    failed = request.method == "POST" and (problems or form.errors)
    return render(
        request,
        "frameworks/import.html",
        {"form": form, "problems": problems},
        status=400 if failed else 200,
    )


def _form_page(request, form, *, version, title, submit, intro="", danger=False):
    return render(
        request,
        "frameworks/form_page.html",
        {
            "form": form,
            "version": version,
            "framework": version.framework,
            "title": title,
            "submit_label": submit,
            "intro": intro,
            "danger": danger,
            "cancel_url": reverse(
                "frameworks:version", args=[version.framework.code, version.label]
            ),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def version_clone_view(request, code, label):
    version = version_get_for(request.user, code=code, label=label)
    form = CloneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            clone = version_clone(
                version=version, label=form.cleaned_data["label"], actor=request.user
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _("Draft %(label)s was created from %(source)s.")
                % {"label": clone.label, "source": version.label},
            )
            return redirect("frameworks:version", code, clone.label)
    return _form_page(
        request,
        form,
        version=version,
        title=_("Clone version %(label)s") % {"label": version.label},
        submit=_("Create draft"),
        intro=_(
            "Every criterion, scale and practice is copied into a new draft "
            "that can be edited and approved."
        ),
    )


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def version_paper_approval_view(request, code, label):
    """Criteria approved at a meeting held before Loetrat; later ones go on an agenda."""
    version = version_get_for(request.user, code=code, label=label)
    form = PaperApprovalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            version_record_paper_approval(
                version=version,
                actor=request.user,
                approving_resolution=form.cleaned_data["approving_resolution"],
                meeting_day=form.cleaned_data["meeting_day"],
            )
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _("Version %(label)s was approved and is now frozen.") % {"label": version.label},
            )
            return redirect("frameworks:version", code, label)
    return _form_page(
        request,
        form,
        version=version,
        title=_("Record an approval made before Loetrat: version %(label)s")
        % {"label": version.label},
        submit=_("Record the approval"),
        intro=_(
            "Only for criteria that a committee approved at a meeting held before %(since)s. "
            "Since then a version takes effect only by a resolution recorded here: put it on "
            "a meeting's agenda from the version page."
        )
        % {"since": format_date(settings.LOETRAT_GATE_SINCE)},
    )


@permission_required(CHANGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def version_retire_view(request, code, label):
    version = version_get_for(request.user, code=code, label=label)
    form = RetireForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            version_retire(version=version, actor=request.user, reason=form.cleaned_data["reason"])
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request, _("Version %(label)s was retired.") % {"label": version.label}
            )
            return redirect("frameworks:version", code, label)
    return _form_page(
        request,
        form,
        version=version,
        title=_("Retire version %(label)s") % {"label": version.label},
        submit=_("Retire"),
        danger=True,
        intro=_(
            "A retired version stays readable, with every score stored "
            "against it, but is not offered for new assessments."
        ),
    )

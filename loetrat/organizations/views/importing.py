"""The secretariat's import page: upload, see what would change (or every bad row), confirm.

Between preview and confirmation the upload is kept in file storage under a random name that
only this session knows; confirming checks the file again against the current database."""

from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from loetrat.core.files import discard_stash, stash_upload, stashed_content
from loetrat.core.spreadsheets import SpreadsheetError

from ..forms import OrganizationImportForm
from ..services import organization_import_template, organizations_import

PERMISSION = "organizations.import_organizations"
SESSION_KEY = "organizations_import"


def _render(request, form, result=None, token="", filename="", status=200):
    return render(
        request,
        "organizations/import.html",
        {"form": form, "result": result, "token": token, "filename": filename},
        status=status,
    )


def _forget(request) -> None:
    pending = request.session.pop(SESSION_KEY, None)
    if pending:
        discard_stash(pending["name"])


@permission_required(PERMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def import_upload(request):
    if request.method == "GET":
        return _render(request, OrganizationImportForm())
    form = OrganizationImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(request, form, status=400)
    upload = form.cleaned_data["file"]
    result = organizations_import(
        file=form.content, filename=upload.name, actor=request.user, dry_run=True
    )
    if not result.ok:
        return _render(request, OrganizationImportForm(), result, filename=upload.name, status=400)
    _forget(request)
    token, name = stash_upload(form.content, kind="organizations", suffix=Path(upload.name).suffix)
    request.session[SESSION_KEY] = {"token": token, "name": name, "filename": upload.name}
    return _render(request, OrganizationImportForm(), result, token=token, filename=upload.name)


@permission_required(PERMISSION, raise_exception=True)
@require_POST
def import_confirm(request):
    pending = request.session.get(SESSION_KEY)
    content = None
    if pending and request.POST.get("token") == pending["token"]:
        content = stashed_content(pending["name"])
    if content is None:
        messages.error(request, _("That upload is no longer waiting; upload the file again."))
        return redirect("organizations:import")
    try:
        result = organizations_import(
            file=content, filename=pending["filename"], actor=request.user
        )
    except SpreadsheetError as exc:
        _forget(request)
        messages.error(request, exc.message)
        return redirect("organizations:import")
    _forget(request)
    if not result.ok:
        messages.error(
            request,
            _(
                "The bodies changed since the preview and the file no longer fits; "
                "nothing was imported."
            ),
        )
        return _render(
            request, OrganizationImportForm(), result, filename=pending["filename"], status=409
        )
    messages.success(
        request,
        _("Imported %(file)s: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
        % {
            "file": pending["filename"],
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
        },
    )
    return redirect("organizations:list")


@permission_required(PERMISSION, raise_exception=True)
@require_GET
def import_template(request):
    response = HttpResponse(
        organization_import_template(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="loetrat-organizations-template.xlsx"'
    return response

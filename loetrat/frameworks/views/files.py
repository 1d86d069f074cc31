"""Downloads of a version (JSON and .xlsx) and the page to try its scoring rules."""

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from loetrat.core.files import private_download

from ..forms import TryScoringForm
from ..scoring import ScoreInputError, score_version
from ..selectors import version_get_for, version_score_tree
from ..services import version_export_json, version_export_xlsx

VIEW = "frameworks.view_framework"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    return private_download(content, filename=filename, content_type=content_type)


@permission_required(VIEW, raise_exception=True)
@require_safe
def export_json(request, code, label):
    version = version_get_for(request.user, code=code, label=label)
    return _download(
        version_export_json(version), "application/json; charset=utf-8", f"{code}-{label}.json"
    )


@permission_required(VIEW, raise_exception=True)
@require_safe
def export_xlsx(request, code, label):
    version = version_get_for(request.user, code=code, label=label)
    return _download(version_export_xlsx(version), XLSX, f"{code}-{label}.xlsx")


@permission_required(VIEW, raise_exception=True)
def try_scoring(request, code, label):
    version = version_get_for(request.user, code=code, label=label)
    tree = version_score_tree(version)
    form = TryScoringForm(request.POST or None, tree=tree)
    result, problems = None, {}
    if request.method == "POST" and form.is_valid():
        try:
            result = score_version(tree, form.inputs())
        except ScoreInputError as exc:
            problems = exc.problems
            for node_code, message in problems.items():
                field = f"c_{node_code}" if f"c_{node_code}" in form.fields else None
                form.add_error(field or f"c_{node_code}_results", message)
    return render(
        request,
        "frameworks/try_scoring.html",
        {
            "version": version,
            "framework": version.framework,
            "form": form,
            "result": result,
        },
        status=400 if form.is_bound and form.errors else 200,
    )

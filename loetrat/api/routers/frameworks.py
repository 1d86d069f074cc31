"""Criteria frameworks: read them, import a version, clone, record an approval made before the
approval gate, and compute scores. Approval itself comes from a resolution (the meetings API).

The secretariat reads; secretariat administrators write. Import problems answer 422 with one
detail per problem, located in the tree."""

import json

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Status
from ninja.pagination import paginate

from loetrat.core.approvals import approval_view, approvals_view
from loetrat.frameworks.scoring import ScoreInputError, score_version
from loetrat.frameworks.selectors import (
    framework_get_for,
    frameworks_visible_to,
    version_document,
    version_get_for,
    version_score_tree,
    versions_of,
)
from loetrat.frameworks.services import (
    ImportProblems,
    version_clone,
    version_import,
    version_record_paper_approval,
)

from ..errors import problems_response
from ..pagination import BoundedPagination
from ..permissions import require_perm
from ..schemas.common import Error, approval_out
from ..schemas.frameworks import (
    CloneIn,
    FrameworkDetailOut,
    FrameworkOut,
    PaperApprovalIn,
    ScoreIn,
    ScoreOut,
    VersionDetailOut,
    VersionOut,
)

router = Router(tags=["frameworks"])


def _version_out(version, user) -> dict:
    """A version with its framework, nested criteria and what approved it."""
    approval = approval_view(version, user)
    return {
        **{name: getattr(version, name) for name in ["id", "label", "status", "rounding"]},
        "decimals": version.decimals,
        "notes": version.notes,
        "cloned_from": version.cloned_from.label if version.cloned_from_id else None,
        "framework": version.framework,
        "criteria": version_document(version)["criteria"],
        "approval": approval_out(approval),
    }


@router.get("/", response=list[FrameworkOut], summary="List the criteria frameworks")
@paginate(BoundedPagination)
def list_frameworks(request: HttpRequest):
    require_perm(request, "frameworks.view_framework")
    return frameworks_visible_to(request.user).order_by("code")


@router.get(
    "/{code}",
    response={200: FrameworkDetailOut, 403: Error, 404: Error},
    summary="One framework with its versions",
)
def get_framework(request: HttpRequest, code: str):
    require_perm(request, "frameworks.view_framework")
    framework = framework_get_for(request.user, code=code)
    versions = list(versions_of(framework))
    approvals = approvals_view(versions, request.user)
    return {
        **FrameworkOut.from_orm(framework).dict(),
        "versions": [
            {**VersionOut.from_orm(v).dict(), "approval": approval_out(approvals.get(v.pk))}
            for v in versions
        ],
    }


@router.get(
    "/{code}/versions/{label}",
    response={200: VersionDetailOut, 403: Error, 404: Error},
    summary="One version with its nested criteria",
)
def get_version(request: HttpRequest, code: str, label: str):
    require_perm(request, "frameworks.view_framework")
    return _version_out(version_get_for(request.user, code=code, label=label), request.user)


@router.get(
    "/{code}/versions/{label}/export",
    response={200: dict, 403: Error, 404: Error},
    summary="The version as an import document",
)
def export_version(request: HttpRequest, code: str, label: str):
    require_perm(request, "frameworks.view_framework")
    return version_document(version_get_for(request.user, code=code, label=label))


@router.post(
    "/{code}/versions",
    response={201: VersionDetailOut, 403: Error, 422: Error},
    summary="Import a JSON document as a new draft version",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    },
)
def import_version(request: HttpRequest, code: str):
    """The request body is an import document (the export format); the framework code in the
    path wins over the document's. Answers 422 with one detail per problem."""
    require_perm(request, "frameworks.change_framework")
    try:
        document = json.loads(request.body or b"null")
    except (UnicodeDecodeError, json.JSONDecodeError):
        return problems_response([], "invalid_json", _("The request body is not valid JSON."))
    if isinstance(document, dict):
        framework = document.get("framework")
        document["framework"] = {**(framework if isinstance(framework, dict) else {}), "code": code}
    try:
        version = version_import(document=document, actor=request.user)
    except ImportProblems as exc:
        details = [
            {"field": problem.location, "message": str(problem.message)} for problem in exc.problems
        ]
        return problems_response(details, exc.code, str(exc.message))
    return Status(201, _version_out(version, request.user))


@router.post(
    "/{code}/versions/{label}/clone",
    response={201: VersionDetailOut, 403: Error, 404: Error, 409: Error},
    summary="Copy a version into a new draft",
)
def clone_version(request: HttpRequest, code: str, label: str, payload: CloneIn):
    require_perm(request, "frameworks.change_framework")
    version = version_get_for(request.user, code=code, label=label)
    clone = version_clone(version=version, label=payload.label, actor=request.user)
    return Status(201, _version_out(clone, request.user))


@router.post(
    "/{code}/versions/{label}/paper-approval",
    response={200: VersionDetailOut, 400: Error, 403: Error, 404: Error, 409: Error},
    summary="Record an approval given on paper, at a meeting held before the approval gate",
    description=(
        "Since LOETRAT_GATE_SINCE a draft takes effect only by a resolution: add it to a "
        "meeting's agenda (POST /meetings/meetings/{id}/agenda with framework_version_id) and "
        "certify the minutes after an approving resolution."
    ),
)
def record_paper_approval(request: HttpRequest, code: str, label: str, payload: PaperApprovalIn):
    require_perm(request, "frameworks.change_framework")
    version = version_get_for(request.user, code=code, label=label)
    version = version_record_paper_approval(
        version=version,
        actor=request.user,
        approving_resolution=payload.approving_resolution,
        meeting_day=payload.meeting_day,
    )
    return _version_out(version, request.user)


@router.post(
    "/{code}/versions/{label}/score",
    response={200: ScoreOut, 403: Error, 404: Error, 422: Error},
    summary="Compute scores from inputs (criterion code → input); nothing is stored",
)
def score(request: HttpRequest, code: str, label: str, payload: ScoreIn):
    require_perm(request, "frameworks.view_framework")
    version = version_get_for(request.user, code=code, label=label)
    try:
        result = score_version(version_score_tree(version), payload.inputs)
    except ScoreInputError as exc:
        details = [
            {"field": node, "message": str(message)} for node, message in exc.problems.items()
        ]
        return problems_response(details, exc.code, str(exc.message))
    return result.as_dict()

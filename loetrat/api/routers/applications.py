"""Award applications: the same selectors, services and permissions as the pages.

PUT /{id}/answers always saves a draft version (nothing typed is lost) and answers 200 with the
problems still to fix in `problems`; sending and submitting refuse with 400 and the same
problems in `details`."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from loetrat.awards.enums import ApplicationState
from loetrat.awards.selectors.applications import (
    application_attachments,
    application_filter,
    application_get_for,
    application_partner_get,
    application_partners,
    applications_visible_to,
    attachment_get_for,
)
from loetrat.awards.selectors.cycles import award_type_get
from loetrat.awards.services import (
    ApplicationProblemsError,
    application_create,
    application_partner_remove,
    application_partner_set,
    application_save,
    application_transition,
    attachment_add,
    attachment_remove,
)
from loetrat.core.errors import DomainError
from loetrat.core.files import private_file_response
from loetrat.core.formschema.schema import answer_problems
from loetrat.organizations.selectors import organization_by_code

from ..pagination import BoundedPagination
from ..schemas.applications import (
    AnswersIn,
    ApplicationActionIn,
    ApplicationDetailOut,
    ApplicationIn,
    ApplicationOut,
    AttachmentOut,
    PartnerIn,
    RevisionOut,
    SaveOut,
)
from ..schemas.common import Error, file_answer

router = Router(tags=["applications"])


class ApplicationFilters(Schema):
    cycle: int | None = None
    type: str = ""
    state: ApplicationState | None = None
    organization: str = ""
    q: str = ""


def _problem_dicts(problems):
    return [
        {
            "field": getattr(p, "key", None) or getattr(p, "field", None),
            "message": str(p.message),
            "code": getattr(p, "code", "") or getattr(p, "rule", ""),
            "row": p.row,
        }
        for p in problems
    ]


def _detail(application):
    """The application with what the detail schema adds: partners, attachments, problems."""
    application.partner_rows = list(application_partners(application))
    application.attachment_rows = list(application_attachments(application, removed=True))
    application.problems = _problem_dicts(
        answer_problems(application.award_type.form_schema or [], application.data)
    )
    return application


@router.get("/", response=list[ApplicationOut], summary="Applications you may see")
@paginate(BoundedPagination)
def list_applications(request: HttpRequest, filters: Query[ApplicationFilters]):
    return application_filter(
        applications_visible_to(request.user),
        cycle_year=filters.cycle,
        type_code=filters.type,
        state=filters.state or "",
        organization_code=filters.organization,
        text=filters.q,
    ).order_by("-updated_at", "pk")


@router.get("/{application_id}", response={200: ApplicationDetailOut, 404: Error})
def get_application(request: HttpRequest, application_id: int):
    return _detail(application_get_for(request.user, application_id))


@router.post("/", response={201: ApplicationDetailOut, 400: Error, 403: Error, 404: Error})
def create_application(request: HttpRequest, payload: ApplicationIn):
    award_type = award_type_get(payload.award_type_id)
    organization = organization_by_code(payload.organization_code)
    if organization is None:
        raise DomainError(
            _("No agency has this code."), code="unknown_organization", field="organization_code"
        )
    application = application_create(
        award_type=award_type,
        organization=organization,
        actor=request.user,
        title_th=payload.title_th,
        title_en=payload.title_en,
    )
    return Status(201, _detail(application_get_for(request.user, application.pk)))


@router.put(
    "/{application_id}/answers",
    response={200: SaveOut, 400: Error, 403: Error, 404: Error, 409: Error},
    summary="Save the answers as a new draft version; problems left are listed",
)
def save_answers(request: HttpRequest, application_id: int, payload: AnswersIn):
    application = application_get_for(request.user, application_id)
    revision = application_save(
        application=application,
        actor=request.user,
        data=payload.data,
        title_th=payload.title_th,
        title_en=payload.title_en,
    )
    problems = answer_problems(application.award_type.form_schema or [], application.data)
    return {
        "revision": revision.number,
        "state": application.state,
        "problems": _problem_dicts(problems),
    }


@router.post(
    "/{application_id}/actions/{action}",
    response={200: ApplicationDetailOut, 400: Error, 403: Error, 404: Error, 409: Error},
    summary="send, recall, endorse, return, reopen, submit, withdraw, screen_out, reinstate",
)
def run_action(
    request: HttpRequest, application_id: int, action: str, payload: ApplicationActionIn
):
    application = application_get_for(request.user, application_id)
    try:
        application_transition(
            application=application, action=action, actor=request.user, reason=payload.reason
        )
    except ApplicationProblemsError as exc:
        details = [
            {"field": d["field"] or "", "message": d["message"]}
            for d in _problem_dicts(exc.problems)
        ]
        return Status(400, {"code": exc.code, "message": str(exc.message), "details": details})
    return Status(200, _detail(application_get_for(request.user, application_id)))


@router.post(
    "/{application_id}/attachments",
    response={201: AttachmentOut, 400: Error, 403: Error, 404: Error, 409: Error},
)
def upload_attachment(
    request: HttpRequest, application_id: int, field_key: Form[str], file: File[UploadedFile]
):
    application = application_get_for(request.user, application_id)
    attachment = attachment_add(
        application=application, field_key=field_key, upload=file, actor=request.user
    )
    return Status(201, attachment)


@router.get(
    "/{application_id}/attachments/{attachment_id}",
    response={404: Error},
    summary="Download an attachment (a PDF or an image, as its content was recognised)",
    openapi_extra=file_answer(
        "The file", "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"
    ),
)
def download_attachment(request: HttpRequest, application_id: int, attachment_id: int):
    attachment = attachment_get_for(request.user, application_id, attachment_id)
    return private_file_response(
        attachment.file, filename=attachment.original_name, content_type=attachment.content_type
    )


@router.delete(
    "/{application_id}/attachments/{attachment_id}",
    response={204: None, 403: Error, 404: Error, 409: Error},
)
def delete_attachment(request: HttpRequest, application_id: int, attachment_id: int):
    attachment = attachment_get_for(request.user, application_id, attachment_id)
    attachment_remove(attachment=attachment, actor=request.user)
    return Status(204, None)


@router.get("/{application_id}/revisions", response={200: list[RevisionOut], 404: Error})
def list_revisions(request: HttpRequest, application_id: int):
    application = application_get_for(request.user, application_id)
    return list(application.revisions.select_related("saved_by").order_by("-number"))


@router.post(
    "/{application_id}/partners",
    response={200: ApplicationDetailOut, 400: Error, 403: Error, 404: Error, 409: Error},
)
def add_partner(request: HttpRequest, application_id: int, payload: PartnerIn):
    application = application_get_for(request.user, application_id)
    application_partner_set(
        application=application,
        organization=payload.organization_code,
        role=payload.role,
        actor=request.user,
        contribution_th=payload.contribution_th,
    )
    return Status(200, _detail(application_get_for(request.user, application_id)))


@router.delete(
    "/{application_id}/partners/{code}",
    response={204: None, 403: Error, 404: Error, 409: Error},
)
def remove_partner(request: HttpRequest, application_id: int, code: str):
    application = application_get_for(request.user, application_id)
    partner = application_partner_get(application, code=code)
    application_partner_remove(partner=partner, actor=request.user)
    return Status(204, None)

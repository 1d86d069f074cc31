"""Consulting clinics: the same selectors, services and permissions as the pages. The
secretariat sees every clinic; agency coordinators and heads their own (others get 404)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from loetrat.clinics.enums import ClinicStatus, ClinicTopic
from loetrat.clinics.selectors import (
    clinic_follow_up_get_for,
    clinic_get_for,
    clinic_reason,
    clinic_search,
    clinics_visible_to,
    may_list_clinics,
)
from loetrat.clinics.services import (
    clinic_cancel,
    clinic_close,
    clinic_follow_up_add,
    clinic_follow_up_done,
    clinic_record,
    clinic_request,
    clinic_schedule,
)
from loetrat.core.errors import DomainError
from loetrat.organizations.models import Organization
from loetrat.organizations.selectors import organization_by_code

from ..pagination import BoundedPagination
from ..schemas.clinics import (
    ClinicCancelIn,
    ClinicCloseIn,
    ClinicDetailOut,
    ClinicFollowUpIn,
    ClinicIn,
    ClinicOut,
    ClinicRecordIn,
    ClinicScheduleIn,
)
from ..schemas.common import Error

router = Router(tags=["clinics"])

READ = {403: Error, 404: Error}
WRITE = {400: Error, 403: Error, 404: Error, 409: Error, 422: Error}


class ClinicFilters(Schema):
    status: ClinicStatus | None = None
    topic: ClinicTopic | None = None
    organization: str | None = None


def _require_list(request) -> None:
    if not may_list_clinics(request.user):
        raise PermissionDenied


def _organization(code: str, field: str) -> Organization:
    organization = organization_by_code(code, active=True)
    if organization is None:
        raise DomainError(
            _("No active organisation has the code %(code)s.") % {"code": code},
            code="organization_unknown",
            field=field,
        )
    return organization


def _detail(request, clinic_id: int):
    clinic = clinic_get_for(request.user, clinic_id)
    clinic.reason = clinic_reason(clinic)
    return clinic


@router.get(
    "", response=list[ClinicOut], summary="Clinics (the secretariat's all; an agency's own)"
)
@paginate(BoundedPagination)
def list_clinics(request: HttpRequest, filters: Query[ClinicFilters]):
    _require_list(request)
    qs = clinic_search(
        clinics_visible_to(request.user).prefetch_related("covered"),
        status=filters.status or "",
        topic=filters.topic or "",
        organization=filters.organization or "",
    )
    return qs.order_by("-created_at", "-pk")


@router.post("", response={201: ClinicDetailOut, **WRITE}, summary="Ask for advice")
def request_clinic(request: HttpRequest, payload: ClinicIn):
    _require_list(request)
    organization = _organization(payload.organization_code, "organization_code")
    covered = [
        _organization(code, f"covered_codes.{index}")
        for index, code in enumerate(payload.covered_codes)
    ]
    clinic = clinic_request(
        organization=organization,
        topics=payload.topics,
        question_th=payload.question_th,
        covered=covered,
        actor=request.user,
    )
    return Status(201, _detail(request, clinic.pk))


@router.get(
    "/{clinic_id}",
    response={200: ClinicDetailOut, **READ},
    summary="One clinic with its session, advice and follow-ups",
)
def get_clinic(request: HttpRequest, clinic_id: int):
    _require_list(request)
    return _detail(request, clinic_id)


def _manage(request, clinic_id: int):
    if not request.user.has_perm("clinics.manage_clinics"):
        raise PermissionDenied
    return clinic_get_for(request.user, clinic_id)


@router.post(
    "/{clinic_id}/schedule",
    response={200: ClinicDetailOut, **WRITE},
    summary="Schedule (or move) the session",
)
def schedule_clinic(request: HttpRequest, clinic_id: int, payload: ClinicScheduleIn):
    clinic = _manage(request, clinic_id)
    scheduled_at = payload.scheduled_at
    if timezone.is_naive(scheduled_at):
        scheduled_at = timezone.make_aware(scheduled_at)
    clinic_schedule(
        clinic=clinic,
        scheduled_at=scheduled_at,
        mode=payload.mode,
        place_th=payload.place_th,
        chaired_by_th=payload.chaired_by_th,
        actor=request.user,
    )
    return _detail(request, clinic_id)


@router.post(
    "/{clinic_id}/record",
    response={200: ClinicDetailOut, **WRITE},
    summary="Record the advice and the points raised (the session is then held)",
)
def record_clinic(request: HttpRequest, clinic_id: int, payload: ClinicRecordIn):
    clinic = _manage(request, clinic_id)
    clinic_record(
        clinic=clinic,
        advice_th=payload.advice_th,
        discussion_th=payload.discussion_th,
        actor=request.user,
    )
    return _detail(request, clinic_id)


@router.post(
    "/{clinic_id}/follow-ups",
    response={201: ClinicDetailOut, **WRITE},
    summary="Give a follow-up to an organisation",
)
def add_follow_up(request: HttpRequest, clinic_id: int, payload: ClinicFollowUpIn):
    clinic = _manage(request, clinic_id)
    clinic_follow_up_add(
        clinic=clinic,
        text_th=payload.text_th,
        owner=_organization(payload.owner_code, "owner_code"),
        due_on=payload.due_on,
        actor=request.user,
    )
    return Status(201, _detail(request, clinic_id))


@router.post(
    "/{clinic_id}/follow-ups/{follow_up_id}/done",
    response={200: ClinicDetailOut, **WRITE},
    summary="Mark a follow-up done",
)
def follow_up_done(request: HttpRequest, clinic_id: int, follow_up_id: int):
    clinic = _manage(request, clinic_id)
    follow_up = clinic_follow_up_get_for(request.user, follow_up_id)
    if follow_up.clinic_id != clinic.pk:
        raise DomainError(_("Not found."), code="not_found")
    clinic_follow_up_done(follow_up=follow_up, actor=request.user)
    return _detail(request, clinic_id)


@router.post(
    "/{clinic_id}/close",
    response={200: ClinicDetailOut, **WRITE},
    summary="Close a held clinic whose follow-ups are done",
)
def close_clinic(request: HttpRequest, clinic_id: int, payload: ClinicCloseIn):
    clinic_close(clinic=_manage(request, clinic_id), reason=payload.reason, actor=request.user)
    return _detail(request, clinic_id)


@router.post(
    "/{clinic_id}/cancel",
    response={200: ClinicDetailOut, **WRITE},
    summary="Cancel a requested or scheduled clinic, with a reason",
)
def cancel_clinic(request: HttpRequest, clinic_id: int, payload: ClinicCancelIn):
    clinic_cancel(clinic=_manage(request, clinic_id), reason=payload.reason, actor=request.user)
    return _detail(request, clinic_id)

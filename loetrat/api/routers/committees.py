"""Setting up committees (mounted with the meetings router at /meetings): creating and changing
a committee, its terms of office and the seats in them. The same selectors, services and
permissions as the secretariat's pages; every refusal answers in the API's error format."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Status

from loetrat.core.errors import DomainError
from loetrat.meetings.selectors import (
    account_named,
    committee_by_code,
    committee_get_for,
    committee_members,
    seat_get_for,
    term_get_for,
    terms_with_seats,
)
from loetrat.meetings.selectors.committees import seats_in_order
from loetrat.meetings.services import (
    member_appoint,
    seat_end,
    term_start,
)
from loetrat.organizations.selectors import organization_by_code

from ..permissions import require_perm
from ..schemas.common import Error
from ..schemas.meetings import (
    MemberOut,
    SeatEndIn,
    SeatIn,
    TermIn,
    TermOut,
)

router = Router(tags=["meetings"])

VIEW = "meetings.view_committee"
MANAGE = "meetings.manage_meetings"
READ = {403: Error, 404: Error}
WRITE = {400: Error, 403: Error, 404: Error, 409: Error, 422: Error}


def committee_parent(code: str | None):
    if not code:
        return None
    parent = committee_by_code(code)
    if parent is None:
        raise DomainError(
            _("No committee has the code %(code)s.") % {"code": code},
            code="unknown_committee",
            field="parent_code",
        )
    return parent


def committee_secretariat(code: str):
    body = organization_by_code(code, active=True)
    if body is None:
        raise DomainError(
            _("No active organisation has the code %(code)s.") % {"code": code},
            code="unknown_organization",
            field="secretariat_code",
        )
    return body


def committee_detail(request, code: str):
    committee = committee_get_for(request.user, code)
    committee.member_rows = committee_members(committee)
    return committee


@router.get(
    "/committees/{code}/terms",
    response={200: list[TermOut], **READ},
    summary="A committee's terms of office, newest first, each with its seats",
)
def list_terms(request: HttpRequest, code: str):
    require_perm(request, VIEW)
    return terms_with_seats(committee_get_for(request.user, code))


def _term_out(term) -> dict:
    term.seat_list = seats_in_order(term.seats.all())
    return term


@router.post(
    "/committees/{code}/terms",
    response={201: TermOut, **WRITE},
    summary="Start the next term (the current one ends the day before; members carried over)",
)
def start_term(request: HttpRequest, code: str, payload: TermIn):
    require_perm(request, MANAGE)
    committee = committee_get_for(request.user, code)
    term = term_start(committee=committee, actor=request.user, **payload.model_dump())
    return Status(201, _term_out(term))


@router.post(
    "/committees/{code}/terms/{term_id}/seats",
    response={201: MemberOut, **WRITE},
    summary="Appoint someone to a seat in a term (chair, vice chair, member, secretary…)",
)
def appoint_seat(request: HttpRequest, code: str, term_id: int, payload: SeatIn):
    require_perm(request, MANAGE)
    term = term_get_for(committee_get_for(request.user, code), term_id)
    user = None
    if payload.username:
        user = account_named(payload.username)
        if user is None:
            raise DomainError(
                _("No single active account has the user name or e-mail %(value)s.")
                % {"value": payload.username},
                code="unknown_account",
                field="username",
            )
    seat = member_appoint(
        term=term,
        actor=request.user,
        name_th=payload.name_th,
        position_th=payload.position_th,
        role=payload.role,
        user=user,
        term_starts=payload.term_starts,
    )
    return Status(201, seat_get_for(request.user, seat.pk))


@router.post(
    "/seats/{seat_id}/end",
    response={200: MemberOut, **WRITE},
    summary="End a seat before its term does, with the last day and the reason",
)
def end_seat(request: HttpRequest, seat_id: int, payload: SeatEndIn):
    require_perm(request, MANAGE)
    seat = seat_get_for(request.user, seat_id)
    seat_end(seat=seat, on=payload.on, reason=payload.reason, actor=request.user)
    return seat_get_for(request.user, seat_id)

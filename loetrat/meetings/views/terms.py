"""A committee's terms of office: starting one, a term's seats (appointing someone there), and
ending a seat. A refused form comes back with what was typed and the reason beside the field."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from loetrat.core.errors import DomainError, PermissionDeniedError
from loetrat.core.forms import add_service_error
from loetrat.core.thai.dates import format_date

from ..enums import CommitteeRole
from ..forms import SeatAppointForm, SeatEndForm, TermStartForm
from ..selectors import (
    committee_get_for,
    committee_terms,
    current_term,
    seat_get_for,
    term_get_for,
    term_seats,
)
from ..services import member_appoint, seat_end, term_start

VIEW = "meetings.view_committee"
MANAGE = "meetings.manage_meetings"


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def term_start_view(request, code):
    committee = committee_get_for(request.user, code)
    previous = current_term(committee)
    form = TermStartForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            term = term_start(committee=committee, actor=request.user, **form.cleaned_data)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                _("The new term is started with %(count)s seat(s) carried over.")
                % {"count": term.seats.count()},
            )
            return redirect("meetings:term", committee.code, term.pk)
    return render(
        request,
        "meetings/terms/start.html",
        {"committee": committee, "form": form, "previous": previous},
        status=400 if form.is_bound and form.errors else 200,
    )


def _render_term(request, committee, term, *, appoint_form=None, ended=None, status=200):
    """The term's page. `ended` is (seat pk, bound form) for a refused end of a seat."""
    manage = request.user.has_perm(MANAGE)
    if manage and appoint_form is None:
        appoint_form = SeatAppointForm(initial={"role": CommitteeRole.MEMBER})
    return render(
        request,
        "meetings/terms/detail.html",
        {
            "committee": committee,
            "term": term,
            "seats": term_seats(term),
            "terms": committee_terms(committee),
            "manage": manage,
            "form": appoint_form if manage else None,
            "ended_pk": ended[0] if ended else None,
            "end_form": ended[1] if ended else None,
        },
        status=status,
    )


@permission_required(VIEW, raise_exception=True)
@require_http_methods(["GET", "POST"])
def term_detail(request, code, pk):
    """One term with its seats; the secretariat appoints someone to a seat here (POST)."""
    committee = committee_get_for(request.user, code)
    term = term_get_for(committee, pk)
    if request.method != "POST":
        return _render_term(request, committee, term)
    if not request.user.has_perm(MANAGE):
        raise PermissionDeniedError(
            _("Only the secretariat appoints committee members."), code="cannot_appoint"
        )
    form = SeatAppointForm(request.POST)
    if form.is_valid():
        try:
            seat = member_appoint(term=term, actor=request.user, **form.seat())
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc, aliases={"user": "account"})
        else:
            messages.success(
                request,
                _("%(name)s was appointed %(role)s.")
                % {"name": seat.name_th, "role": seat.get_role_display().lower()},
            )
            return redirect(reverse("meetings:term", args=[code, term.pk]) + f"#seat-{seat.pk}")
    return _render_term(request, committee, term, appoint_form=form, status=400)


@permission_required(MANAGE, raise_exception=True)
@require_POST
def seat_end_view(request, pk):
    seat = seat_get_for(request.user, pk)
    committee = committee_get_for(request.user, seat.committee.code)
    form = SeatEndForm(request.POST, prefix=f"seat{seat.pk}")
    status = 400
    if form.is_valid():
        try:
            seat = seat_end(seat=seat, actor=request.user, **form.cleaned_data)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
            status = getattr(exc, "status", 400)
        else:
            messages.success(
                request,
                _("The seat of %(name)s ends on %(day)s.")
                % {"name": seat.name_th, "day": format_date(seat.term_ends)},
            )
            url = reverse("meetings:term", args=[committee.code, seat.term_id])
            return redirect(url + f"#seat-{seat.pk}")
    return _render_term(request, committee, seat.term, ended=(seat.pk, form), status=status)

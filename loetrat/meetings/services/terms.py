"""Terms of office and the seats in them: starting a term (carrying the members over), appointing
someone to a seat, ending a seat early. Nothing is deleted: a seat that ends keeps its dates and
the reason, so the committee's history stays readable and past meetings keep their members."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.thai.dates import format_date

from ..enums import CommitteeRole
from ..models import Committee, CommitteeMember, CommitteeTerm

# Roles only one person holds at a time in a term.
SINGLE_ROLES = frozenset({CommitteeRole.CHAIR, CommitteeRole.SECRETARY})
DAY = datetime.timedelta(days=1)


def _overlapping(seats, starts, ends):
    """The seats among `seats` that serve on some day from `starts` to `ends`."""
    return [
        seat
        for seat in seats
        if (seat.term_ends is None or seat.term_ends >= starts)
        and (ends is None or seat.term_starts is None or seat.term_starts <= ends)
    ]


@transaction.atomic
def term_start(
    *,
    committee: Committee,
    starts_on: datetime.date,
    ends_on: datetime.date,
    actor,
    appointed_by_th: str = "",
    carry_over: bool = True,
) -> CommitteeTerm:
    """Start the committee's next term. The term before it ends the day before (with its seats
    still serving then); with `carry_over`, everyone serving on the last day of that term gets
    the same seat in the new one."""
    committee = Committee.objects.select_for_update().get(pk=committee.pk)
    if ends_on is None:
        raise DomainError(_("Give the day the term ends."), code="end_required", field="ends_on")
    if ends_on <= starts_on:
        raise DomainError(
            _("The term must end after it starts."), code="term_dates", field="ends_on"
        )
    previous = committee.terms.order_by("-starts_on").first()
    if previous is not None and starts_on <= previous.starts_on:
        raise ConflictError(
            _("The current term began on %(day)s; a new term starts after that day.")
            % {"day": format_date(previous.starts_on)},
            code="term_order",
            field="starts_on",
        )
    carried = []
    if previous is not None:
        last_day = starts_on - DAY
        if previous.ends_on is None or previous.ends_on > last_day:
            previous.ends_on = last_day
            previous.save(update_fields=["ends_on", "updated_at"])
            previous.seats.filter(term_ends__isnull=True).update(term_ends=last_day)
            previous.seats.filter(term_ends__gt=last_day).update(term_ends=last_day)
        if carry_over:
            carried = [
                seat
                for seat in previous.seats.order_by("pk")
                if seat.serves_on(previous.ends_on or last_day)
            ]
    term = CommitteeTerm(
        committee=committee,
        starts_on=starts_on,
        ends_on=ends_on,
        appointed_by_th=" ".join(appointed_by_th.split()),
    )
    term.full_clean()
    term.save()
    CommitteeMember.objects.bulk_create(
        CommitteeMember(
            committee=committee,
            term=term,
            user_id=seat.user_id,
            name_th=seat.name_th,
            position_th=seat.position_th,
            role=seat.role,
            term_starts=starts_on,
            term_ends=ends_on,
        )
        for seat in carried
    )
    audit_record(
        actor=actor,
        action="meetings.term.started",
        target=term,
        organization_id=committee.secretariat_id,
        after={
            "committee": committee.code,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "appointed_by_th": term.appointed_by_th,
            "carried_over": len(carried),
        },
    )
    return term


def _check_seat(term, *, role, user, name_th, starts) -> None:
    others = _overlapping(term.seats.all(), starts, term.ends_on)
    if role in SINGLE_ROLES:
        holder = next((seat for seat in others if seat.role == role), None)
        if holder is not None:
            raise ConflictError(
                _("%(name)s holds the seat of %(role)s then; end that seat first.")
                % {"name": holder.name_th, "role": CommitteeRole(role).label.lower()},
                code="role_taken",
                field="role",
            )
    for seat in others:
        if (user is not None and seat.user_id == user.pk) or seat.name_th == name_th:
            raise ConflictError(
                _("%(name)s already holds a seat in this term.") % {"name": seat.name_th},
                code="already_seated",
                field="user" if user is not None and seat.user_id == user.pk else "name_th",
            )


@transaction.atomic
def member_appoint(
    *,
    term: CommitteeTerm,
    actor,
    name_th: str,
    role: str,
    position_th: str = "",
    user=None,
    term_starts: datetime.date | None = None,
) -> CommitteeMember:
    """Give someone a seat (chair, vice chair, member, secretary, assistant secretary) in a
    term, from `term_starts` (the term's first day by default) to the term's end. Refused when
    the day falls outside the term, when the chair or secretary is already someone else's, or
    when the person already holds a seat then."""
    term = CommitteeTerm.objects.select_for_update().select_related("committee").get(pk=term.pk)
    name_th = " ".join((name_th or "").split())
    if not name_th:
        raise DomainError(_("Give the person's name."), code="name_required", field="name_th")
    starts = term_starts or term.starts_on
    if not term.covers(starts):
        raise DomainError(
            _("The seat must start within the term (%(starts)s to %(ends)s).")
            % {
                "starts": format_date(term.starts_on),
                "ends": format_date(term.ends_on) if term.ends_on else "…",
            },
            code="outside_term",
            field="term_starts",
        )
    _check_seat(term, role=role, user=user, name_th=name_th, starts=starts)
    member = CommitteeMember(
        committee=term.committee,
        term=term,
        user=user,
        name_th=name_th,
        position_th=" ".join((position_th or "").split()),
        role=role,
        term_starts=starts,
        term_ends=term.ends_on,
    )
    member.full_clean()
    member.save()
    audit_record(
        actor=actor,
        action="meetings.member.appointed",
        target=member,
        organization_id=term.committee.secretariat_id,
        after={
            "name_th": member.name_th,
            "role": member.role,
            "term_starts": starts,
            "user": user.get_username() if user is not None else None,
        },
    )
    return member


@transaction.atomic
def seat_end(*, seat: CommitteeMember, on: datetime.date, reason: str, actor) -> CommitteeMember:
    """End a seat before its term does: `on` is the last day the person serves, and the reason
    (resigned, moved to another post, replaced) is kept with the seat."""
    seat = (
        CommitteeMember.objects.select_for_update(of=("self",))
        .select_related("committee")
        .get(pk=seat.pk)
    )
    reason = " ".join((reason or "").split())
    if not reason:
        raise DomainError(
            _("Say why the seat ends (resigned, retired, replaced…)."),
            code="reason_required",
            field="reason",
        )
    if seat.end_reason:
        raise ConflictError(
            _("This seat already ended on %(day)s.") % {"day": format_date(seat.term_ends)},
            code="seat_ended",
        )
    if seat.term_starts is not None and on < seat.term_starts:
        raise DomainError(
            _("The seat began on %(day)s; it cannot end before that.")
            % {"day": format_date(seat.term_starts)},
            code="ends_before_start",
            field="on",
        )
    if seat.term_ends is not None and on > seat.term_ends:
        raise DomainError(
            _("The seat ends with its term on %(day)s; give an earlier day.")
            % {"day": format_date(seat.term_ends)},
            code="ends_after_term",
            field="on",
        )
    before = {"term_ends": seat.term_ends}
    seat.term_ends, seat.end_reason = on, reason
    seat.save(update_fields=["term_ends", "end_reason", "updated_at"])
    audit_record(
        actor=actor,
        action="meetings.member.seat_ended",
        target=seat,
        organization_id=seat.committee.secretariat_id,
        before=before,
        after={"term_ends": on, "name_th": seat.name_th},
        reason=reason,
    )
    return seat

"""Setting up committees: creating and renaming one (old meetings keep the name of their day),
terms of office with their seats (carrying members over, appointing, ending a seat), and who may
read a committee's records (its members seated today and the secretariat)."""

import datetime

import pytest
from django.utils import timezone

from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.models import AuditEvent
from loetrat.meetings.enums import CommitteeKind, CommitteeRole
from loetrat.meetings.selectors.committees import committee_ids_visible_to
from loetrat.meetings.services import (
    committee_create,
    committee_update,
    member_appoint,
    seat_end,
    term_start,
)
from tests.factories import UserFactory
from tests.factories.meetings import make_meeting

pytestmark = pytest.mark.django_db
D = datetime.date


def _committee(actor, secretariat, code="wg", parent=None):
    return committee_create(
        actor=actor,
        code=code,
        kind=CommitteeKind.WORKING_GROUP,
        name_th="คณะทำงานตรวจประเมินรางวัล",
        name_en="Award assessment working group",
        secretariat=secretariat,
        parent=parent,
    )


def test_create_refuses_a_taken_or_reserved_code_and_a_loop(secretariat_admin, opdc):
    wg = _committee(secretariat_admin, opdc)
    with pytest.raises(ConflictError) as taken:
        _committee(secretariat_admin, opdc)
    assert taken.value.code == "duplicate_code" and taken.value.field == "code"
    with pytest.raises(DomainError) as reserved:
        _committee(secretariat_admin, opdc, code="new")
    assert reserved.value.code == "reserved_code"
    child = _committee(secretariat_admin, opdc, code="child", parent=wg)
    with pytest.raises(DomainError) as loop:
        committee_update(committee=wg, actor=secretariat_admin, parent=child)
    assert loop.value.code == "parent_cycle" and loop.value.field == "parent"
    with pytest.raises(DomainError):
        committee_update(committee=wg, actor=secretariat_admin, parent=wg)


def test_a_new_name_keeps_the_old_one_for_earlier_meetings(committee, secretariat_admin):
    before = make_meeting(committee, secretariat_admin)  # 15 June 2566
    old_name = committee.name_th
    committee_update(
        committee=committee,
        actor=secretariat_admin,
        effective_on=D(2024, 1, 1),
        name_th="คณะอนุกรรมการชื่อใหม่",
        abbreviation_th="อ.ก.พ.ร. ใหม่",
        reason="คำสั่ง ก.พ.ร. ที่ 2/2567",
    )
    after = make_meeting(
        committee, secretariat_admin, day=timezone.make_aware(datetime.datetime(2024, 2, 1, 9, 30))
    )
    committee.refresh_from_db()
    former = committee.former_names.get()
    assert former.name_th == old_name and former.used_until == D(2023, 12, 31)
    assert committee.name_on(before.day).name_th == old_name
    assert committee.name_on(after.day) == committee
    event = AuditEvent.objects.get(action="meetings.committee.updated")
    assert event.reason == "คำสั่ง ก.พ.ร. ที่ 2/2567" and event.after["effective_on"] == "2024-01-01"
    with pytest.raises(ConflictError) as early:
        committee_update(
            committee=committee,
            actor=secretariat_admin,
            effective_on=D(2023, 6, 1),
            name_th="ชื่อย้อนหลัง",
        )
    assert early.value.code == "name_date_order" and early.value.field == "effective_on"


def test_a_new_term_ends_the_last_one_and_carries_its_members(committee, secretariat_admin):
    first = committee.terms.get()
    leaving = first.seats.get(name_th="กรรมการ 3")
    seat_end(seat=leaving, on=D(2024, 3, 31), reason="ลาออก", actor=secretariat_admin)
    starts = first.ends_on - datetime.timedelta(days=100)
    second = term_start(
        committee=committee,
        starts_on=starts,
        ends_on=starts + datetime.timedelta(days=1460),
        appointed_by_th="คำสั่ง ก.พ.ร. ที่ 5/2569",
        actor=secretariat_admin,
    )
    first.refresh_from_db()
    assert first.ends_on == starts - datetime.timedelta(days=1)
    assert set(first.seats.values_list("term_ends", flat=True)) <= {first.ends_on, D(2024, 3, 31)}
    carried = set(second.seats.values_list("name_th", flat=True))
    assert "กรรมการ 3" not in carried and len(carried) == 5
    assert second.seats.get(name_th="กรรมการ 2").user is not None  # the account goes along
    started = AuditEvent.objects.filter(action="meetings.term.started").order_by("pk").last()
    assert started.after["carried_over"] == 5
    with pytest.raises(ConflictError) as order:
        term_start(
            committee=committee,
            starts_on=starts,
            ends_on=starts + datetime.timedelta(days=30),
            actor=secretariat_admin,
        )
    assert order.value.code == "term_order"
    with pytest.raises(DomainError) as dates:
        term_start(committee=committee, starts_on=D(2030, 1, 1), ends_on=D(2029, 1, 1), actor=None)
    assert dates.value.code == "term_dates"


def test_a_term_without_carrying_over_starts_empty(committee, secretariat_admin):
    first = committee.terms.get()
    term = term_start(
        committee=committee,
        starts_on=first.ends_on + datetime.timedelta(days=1),
        ends_on=first.ends_on + datetime.timedelta(days=700),
        carry_over=False,
        actor=secretariat_admin,
    )
    assert not term.seats.exists()


def test_appointing_refuses_a_second_chair_the_same_person_and_days_outside(
    committee, secretariat_admin, committee_member
):
    term = committee.terms.get()
    with pytest.raises(ConflictError) as chair:
        member_appoint(
            term=term, actor=secretariat_admin, name_th="นายอีกคน", role=CommitteeRole.CHAIR
        )
    assert chair.value.code == "role_taken" and chair.value.field == "role"
    with pytest.raises(ConflictError) as same:
        member_appoint(
            term=term,
            actor=secretariat_admin,
            name_th="ชื่ออื่น",
            role=CommitteeRole.MEMBER,
            user=committee_member,
        )
    assert same.value.code == "already_seated" and same.value.field == "user"
    with pytest.raises(DomainError) as outside:
        member_appoint(
            term=term,
            actor=secretariat_admin,
            name_th="นายใหม่",
            role=CommitteeRole.MEMBER,
            term_starts=D(2000, 1, 1),
        )
    assert outside.value.code == "outside_term" and outside.value.field == "term_starts"
    vice = member_appoint(
        term=term, actor=secretariat_admin, name_th="นายรอง", role=CommitteeRole.VICE_CHAIR
    )
    assert vice.term_starts == term.starts_on and vice.term_ends == term.ends_on


def test_a_new_chair_once_the_old_seat_ends(committee, secretariat_admin):
    term = committee.terms.get()
    chair = term.seats.get(role=CommitteeRole.CHAIR)
    chair = seat_end(seat=chair, on=D(2024, 9, 30), reason="เกษียณ", actor=secretariat_admin)
    successor = member_appoint(
        term=term,
        actor=secretariat_admin,
        name_th="นายประธานใหม่",
        role=CommitteeRole.CHAIR,
        term_starts=D(2024, 10, 1),
    )
    assert successor.serves_on(D(2024, 10, 1)) and not chair.serves_on(D(2024, 10, 1))
    assert committee.members.serving(D(2023, 6, 15)).get(role=CommitteeRole.CHAIR) == chair


def test_ending_a_seat_needs_a_reason_and_a_day_within_it(committee, secretariat_admin):
    seat = committee.terms.get().seats.get(name_th="กรรมการ 4")
    with pytest.raises(DomainError) as no_reason:
        seat_end(seat=seat, on=D(2024, 1, 1), reason=" ", actor=secretariat_admin)
    assert no_reason.value.field == "reason"
    with pytest.raises(DomainError) as early:
        seat_end(seat=seat, on=D(2000, 1, 1), reason="ลาออก", actor=secretariat_admin)
    assert early.value.code == "ends_before_start"
    with pytest.raises(DomainError) as late:
        seat_end(seat=seat, on=D(2100, 1, 1), reason="ลาออก", actor=secretariat_admin)
    assert late.value.code == "ends_after_term"
    seat_end(seat=seat, on=D(2024, 1, 1), reason="ลาออก", actor=secretariat_admin)
    with pytest.raises(ConflictError) as twice:
        seat_end(seat=seat, on=D(2024, 1, 1), reason="ลาออก", actor=secretariat_admin)
    assert twice.value.code == "seat_ended"
    event = AuditEvent.objects.get(action="meetings.member.seat_ended")
    assert event.reason == "ลาออก" and event.after["term_ends"] == "2024-01-01"


def test_only_members_seated_today_read_the_committee(committee, secretariat_admin, opdc):
    account = UserFactory(username="expert")  # no committee-member role: the seat is enough
    term = committee.terms.get()
    seat = member_appoint(
        term=term, actor=secretariat_admin, name_th="ผู้ทรงคุณวุฒิ", role="member", user=account
    )
    assert account.has_perm("meetings.view_committee")
    assert committee_ids_visible_to(account) == {committee.pk}
    seat_end(
        seat=seat,
        on=timezone.localdate() - datetime.timedelta(days=1),
        reason="ลาออก",
        actor=secretariat_admin,
    )
    account = type(account).objects.get(pk=account.pk)  # a new request
    assert not account.has_perm("meetings.view_committee")
    assert committee_ids_visible_to(account) == set()

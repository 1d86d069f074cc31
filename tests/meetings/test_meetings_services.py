"""Committees, meeting numbers, quorum, resolutions, certification and the approval gate."""

import datetime

import pytest
from django.utils import timezone

from loetrat.core.approvals import approval_of
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.models import AuditEvent
from loetrat.frameworks.services import version_import
from loetrat.meetings.enums import (
    AgendaSection,
    AttendanceStatus,
    CommitteeKind,
    CommitteeRole,
    MeetingMode,
    MeetingStatus,
    ResolutionOutcome,
)
from loetrat.meetings.selectors import quorum_state
from loetrat.meetings.services import (
    agenda_item_add,
    attendance_record,
    committee_create,
    meeting_certify,
    meeting_schedule,
    member_appoint,
    resolution_approve,
    resolution_record,
)
from tests.factories.approvals import approve
from tests.factories.meetings import first_term
from tests.frameworks.helpers import document

BANGKOK = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture
def committee(opdc, secretariat_admin):
    committee = committee_create(
        actor=secretariat_admin,
        code="opdc-goodgov",
        kind=CommitteeKind.SUBCOMMITTEE,
        name_th="คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมการบริหารกิจการบ้านเมืองที่ดี",
        abbreviation_th="อ.ก.พ.ร.ฯ ธรรมาภิบาล",
        secretariat=opdc,
    )
    term = first_term(committee, secretariat_admin)
    roles = [CommitteeRole.CHAIR] + [CommitteeRole.MEMBER] * 4 + [CommitteeRole.SECRETARY]
    for number, role in enumerate(roles, start=1):
        member_appoint(term=term, actor=secretariat_admin, name_th=f"กรรมการ {number}", role=role)
    return committee


def _meeting(committee, actor, day=datetime.datetime(2022, 9, 27, 9, 30, tzinfo=BANGKOK)):
    return meeting_schedule(
        committee=committee, starts_at=day, mode=MeetingMode.ONLINE, actor=actor
    )


def _attend(meeting, actor, present: int, status=AttendanceStatus.PRESENT):
    voting = meeting.committee.members.exclude(role=CommitteeRole.SECRETARY).order_by("pk")
    for index, member in enumerate(voting):
        attendance_record(
            meeting=meeting,
            member=member,
            status=status if index < present else AttendanceStatus.ABSENT,
            actor=actor,
        )


def test_meetings_are_numbered_per_buddhist_year_and_never_reused(committee, secretariat_admin):
    first = _meeting(committee, secretariat_admin)
    second = _meeting(committee, secretariat_admin)
    second.status = MeetingStatus.CANCELLED
    second.save()
    third = _meeting(committee, secretariat_admin)
    next_year = _meeting(
        committee, secretariat_admin, datetime.datetime(2023, 1, 5, 9, 0, tzinfo=BANGKOK)
    )
    assert [first.number, second.number, third.number] == ["1/2565", "2/2565", "3/2565"]
    assert next_year.number == "1/2566"


def test_year_follows_bangkok_time_not_utc(committee, secretariat_admin):
    new_year_morning = datetime.datetime(2022, 12, 31, 18, 0, tzinfo=datetime.UTC)  # 01:00 +07
    assert _meeting(committee, secretariat_admin, new_year_morning).number == "1/2566"


def test_quorum_is_more_than_half_of_voting_members(committee, secretariat_admin):
    meeting = _meeting(committee, secretariat_admin)
    _attend(meeting, secretariat_admin, present=2)
    state = quorum_state(meeting)
    assert (state.members, state.required, state.present, state.has_quorum) == (5, 3, 2, False)
    _attend(meeting, secretariat_admin, present=3, status=AttendanceStatus.PROXY)
    assert quorum_state(meeting).has_quorum


def test_resolution_refused_without_quorum_and_twice_for_one_item(committee, secretariat_admin):
    meeting = _meeting(committee, secretariat_admin)
    item = agenda_item_add(
        meeting=meeting,
        section=AgendaSection.CONSIDERATION,
        title_th="เกณฑ์ 2567",
        actor=secretariat_admin,
    )
    with pytest.raises(ConflictError) as no_quorum:
        resolution_record(
            agenda_item=item,
            outcome=ResolutionOutcome.APPROVED,
            text_th="เห็นชอบ",
            actor=secretariat_admin,
        )
    assert no_quorum.value.code == "no_quorum"
    _attend(meeting, secretariat_admin, present=4)
    resolution_record(
        agenda_item=item,
        outcome=ResolutionOutcome.APPROVED,
        text_th="เห็นชอบ",
        actor=secretariat_admin,
    )
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.HELD
    with pytest.raises(ConflictError) as twice:
        resolution_record(
            agenda_item=item,
            outcome=ResolutionOutcome.NOTED,
            text_th="รับทราบ",
            actor=secretariat_admin,
        )
    assert twice.value.code == "resolution_exists"


def test_agenda_items_are_numbered_within_their_part(committee, secretariat_admin):
    meeting = _meeting(committee, secretariat_admin)
    items = [
        agenda_item_add(
            meeting=meeting, section=section, title_th=f"เรื่อง {section}", actor=secretariat_admin
        )
        for section in (
            AgendaSection.ANNOUNCEMENTS,
            AgendaSection.CONSIDERATION,
            AgendaSection.CONSIDERATION,
            AgendaSection.INFORMATION,
        )
    ]
    assert [item.label for item in items] == ["1.1", "4.1", "4.2", "5.1"]


def _approving_meeting(committee, actor, target, outcome=ResolutionOutcome.APPROVED, link=True):
    meeting = _meeting(committee, actor)
    item = agenda_item_add(
        meeting=meeting,
        section=AgendaSection.CONSIDERATION,
        title_th="การปรับปรุงเกณฑ์",
        actor=actor,
        links=[target] if link else [],
    )
    _attend(meeting, actor, present=5)
    resolution = resolution_record(agenda_item=item, outcome=outcome, text_th="มติ", actor=actor)
    return meeting, resolution


def test_certifying_the_minutes_approves_and_freezes_the_linked_criteria(
    committee, secretariat_admin
):
    version = version_import(document=document(label="2567"), actor=secretariat_admin)
    meeting, resolution = _approving_meeting(committee, secretariat_admin, version)
    with pytest.raises(ConflictError) as early:
        resolution_approve(resolution=resolution, target=version, actor=secretariat_admin)
    assert early.value.code == "minutes_not_certified"
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    version.refresh_from_db()
    assert version.status == "approved"
    approval = approval_of(version)
    assert approval.reference_th == str(resolution) and approval.source == resolution
    assert approval.decided_on == timezone.localtime(meeting.starts_at).date()
    assert AuditEvent.objects.filter(action="core.approval.granted").count() == 1


def test_a_certified_meeting_is_read_only(committee, secretariat_admin):
    version = version_import(document=document(label="2567"), actor=secretariat_admin)
    meeting, _resolution = _approving_meeting(committee, secretariat_admin, version)
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    with pytest.raises(ConflictError) as refused:
        agenda_item_add(
            meeting=meeting, section=AgendaSection.OTHER, title_th="เรื่องอื่น", actor=secretariat_admin
        )
    assert refused.value.code == "meeting_certified"
    with pytest.raises(ConflictError):
        meeting_certify(meeting=meeting, actor=secretariat_admin)


def test_noting_does_not_approve_and_an_unlinked_object_is_refused(committee, secretariat_admin):
    version = version_import(document=document(label="2567"), actor=secretariat_admin)
    meeting, noted = _approving_meeting(
        committee, secretariat_admin, version, outcome=ResolutionOutcome.NOTED
    )
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    version.refresh_from_db()
    assert version.status == "draft" and approval_of(version) is None
    with pytest.raises(ConflictError) as not_approving:
        resolution_approve(resolution=noted, target=version, actor=secretariat_admin)
    assert not_approving.value.code == "resolution_not_approving"

    other = version_import(document=document(label="2568"), actor=secretariat_admin)
    meeting2, approving = _approving_meeting(committee, secretariat_admin, version, link=False)
    meeting_certify(meeting=meeting2, actor=secretariat_admin)
    with pytest.raises(ConflictError) as unlinked:
        resolution_approve(resolution=approving, target=other, actor=secretariat_admin)
    assert unlinked.value.code == "not_on_agenda"


def test_only_registered_models_take_effect_by_resolution(committee, secretariat_admin, agency):
    meeting, resolution = _approving_meeting(committee, secretariat_admin, agency)
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    with pytest.raises(DomainError) as refused:
        resolution_approve(resolution=resolution, target=agency, actor=secretariat_admin)
    assert refused.value.code == "not_approvable"


def test_attendance_only_for_the_committee_members(committee, secretariat_admin, opdc):
    other = committee_create(
        actor=secretariat_admin,
        code="other",
        kind=CommitteeKind.WORKING_GROUP,
        name_th="คณะทำงาน",
        secretariat=opdc,
    )
    stranger = member_appoint(
        term=first_term(other, secretariat_admin),
        actor=secretariat_admin,
        name_th="คนอื่น",
        role=CommitteeRole.MEMBER,
    )
    meeting = _meeting(committee, secretariat_admin)
    with pytest.raises(DomainError) as refused:
        attendance_record(
            meeting=meeting,
            member=stranger,
            status=AttendanceStatus.PRESENT,
            actor=secretariat_admin,
        )
    assert refused.value.code == "not_member"


def test_members_outside_their_term_do_not_count(committee, secretariat_admin):
    meeting = _meeting(committee, secretariat_admin)
    former = committee.members.filter(role=CommitteeRole.MEMBER).first()
    former.term_ends = timezone.localtime(meeting.starts_at).date() - datetime.timedelta(days=1)
    former.save()
    assert quorum_state(meeting).members == 4


def test_overdue_actions_are_carried_onto_the_next_agenda(committee, secretariat_admin, agency):
    from loetrat.meetings.enums import ActionStatus
    from loetrat.meetings.services import action_create, action_progress, overdue_actions

    version = version_import(document=document(label="2567"), actor=secretariat_admin)
    meeting, resolution = _approving_meeting(committee, secretariat_admin, version)
    late = action_create(
        resolution=resolution,
        title_th="ชี้แจงเกณฑ์ให้หน่วยงาน",
        owner=agency,
        due_on=datetime.date(2022, 10, 31),
        actor=secretariat_admin,
    )
    done = action_create(
        resolution=resolution,
        title_th="เผยแพร่เกณฑ์",
        owner=agency,
        due_on=datetime.date(2022, 10, 15),
        actor=secretariat_admin,
    )
    action_progress(
        action=done, note_th="เผยแพร่แล้ว", status=ActionStatus.DONE, actor=secretariat_admin
    )
    assert list(overdue_actions(committee=committee, on=datetime.date(2022, 11, 20))) == [late]
    following = _meeting(
        committee, secretariat_admin, datetime.datetime(2022, 11, 20, 9, 0, tzinfo=BANGKOK)
    )
    item = following.agenda_items.get()
    assert item.section == AgendaSection.CONTINUING and item.label == "3.1"
    assert [link.target for link in item.links.all()] == [late]


def test_progress_needs_a_note(committee, secretariat_admin, agency):
    from loetrat.meetings.services import action_create, action_progress

    version = version_import(document=document(label="2567"), actor=secretariat_admin)
    _meeting_, resolution = _approving_meeting(committee, secretariat_admin, version)
    action = action_create(
        resolution=resolution,
        title_th="รายงานผล",
        owner=agency,
        due_on=datetime.date(2023, 1, 31),
        actor=secretariat_admin,
    )
    with pytest.raises(DomainError) as refused:
        action_progress(action=action, note_th=" ", actor=secretariat_admin)
    assert refused.value.code == "note_required"


def test_certifying_skips_objects_already_in_effect(committee, secretariat_admin):
    version = version_import(document=document(label="2567"), actor=secretariat_admin)
    meeting, resolution = _approving_meeting(committee, secretariat_admin, version)
    approve(version, secretariat_admin, "ก่อนมีระบบ")  # in effect before the minutes are
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    assert approval_of(version).source is None and approval_of(version).reference_th == "ก่อนมีระบบ"
    with pytest.raises(ConflictError) as refused:
        resolution_approve(resolution=resolution, target=version, actor=secretariat_admin)
    assert refused.value.code == "already_approved"


def test_a_year_begun_on_paper_continues_its_numbers(committee, secretariat_admin):
    day = datetime.datetime(2023, 9, 20, 9, 30, tzinfo=BANGKOK)
    eighth = meeting_schedule(
        committee=committee,
        starts_at=day,
        mode=MeetingMode.ONLINE,
        sequence=8,
        actor=secretariat_admin,
    )
    assert eighth.number == "8/2566"
    assert _meeting(committee, secretariat_admin, day).number == "9/2566"
    for taken in (8, 3):
        with pytest.raises(ConflictError) as refused:
            meeting_schedule(
                committee=committee,
                starts_at=day,
                mode=MeetingMode.ONLINE,
                sequence=taken,
                actor=secretariat_admin,
            )
        assert refused.value.code == "number_taken" and "10" in str(refused.value)


def test_attendance_of_many_is_all_or_none_and_says_which_row(committee, secretariat_admin):
    from loetrat.meetings.models import Attendance
    from loetrat.meetings.services import AttendanceInput, attendance_record_many

    meeting = _meeting(committee, secretariat_admin)
    members = list(committee.members.order_by("pk"))
    rows = [AttendanceInput(member_id=m.pk, status=AttendanceStatus.PRESENT) for m in members[:2]]
    with pytest.raises(DomainError) as proxy:
        attendance_record_many(
            meeting=meeting,
            rows=[*rows, AttendanceInput(member_id=members[2].pk, status=AttendanceStatus.PROXY)],
            actor=secretariat_admin,
        )
    assert proxy.value.field == "rows.2.proxy_name_th"
    with pytest.raises(DomainError) as stranger:
        attendance_record_many(
            meeting=meeting,
            rows=[*rows, AttendanceInput(member_id=999999, status=AttendanceStatus.PRESENT)],
            actor=secretariat_admin,
        )
    assert stranger.value.field == "rows.2.member_id"
    assert not Attendance.objects.filter(meeting=meeting).exists()
    assert len(attendance_record_many(meeting=meeting, rows=rows, actor=secretariat_admin)) == 2


def test_a_resolution_and_its_actions_are_recorded_together(committee, secretariat_admin, agency):
    from loetrat.meetings.models import Resolution
    from loetrat.meetings.services import ActionInput

    meeting = _meeting(committee, secretariat_admin)
    item = agenda_item_add(
        meeting=meeting,
        section=AgendaSection.CONSIDERATION,
        title_th="เรื่อง",
        actor=secretariat_admin,
    )
    _attend(meeting, secretariat_admin, present=5)
    good = ActionInput(title_th="รายงานผล", owner=agency, due_on=datetime.date(2023, 1, 31))
    with pytest.raises(DomainError) as refused:
        resolution_record(
            agenda_item=item,
            outcome=ResolutionOutcome.APPROVED,
            text_th="เห็นชอบ",
            actions=[good, ActionInput(title_th=" ", owner=agency, due_on=good.due_on)],
            actor=secretariat_admin,
        )
    assert refused.value.field == "actions.1.title_th"
    assert not Resolution.objects.filter(agenda_item=item).exists()  # nothing half-recorded
    resolution = resolution_record(
        agenda_item=item,
        outcome=ResolutionOutcome.APPROVED,
        text_th="เห็นชอบ",
        actions=[good],
        actor=secretariat_admin,
    )
    assert list(resolution.actions.values_list("title_th", flat=True)) == ["รายงานผล"]

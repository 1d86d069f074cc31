"""The demo meetings: the four seed meetings read like the seeds (numbers,
dates, chairs, outcomes), go through the services, and loading twice adds nothing."""

import datetime

import pytest
from django.utils import timezone

from loetrat.awards.demo_cycles import load_demo_cycles
from loetrat.awards.models import AwardCycle
from loetrat.core.approvals import approval_of
from loetrat.core.models import Approval
from loetrat.frameworks.demo import load_demo_frameworks
from loetrat.frameworks.models import FrameworkVersion
from loetrat.frameworks.services import version_clone
from loetrat.meetings.demo import load_demo_meetings
from loetrat.meetings.enums import MeetingMode, MeetingStatus, ResolutionOutcome
from loetrat.meetings.models import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Resolution,
)
from loetrat.meetings.selectors import quorum_state
from loetrat.organizations.demo import load_demo_organizations

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(db):
    load_demo_organizations()
    first = load_demo_meetings()
    return first, load_demo_meetings()


def _meeting(code, number):
    sequence, year = number.split("/")
    return Meeting.objects.select_related("committee", "chair").get(
        committee__code=code, sequence=int(sequence), year_be=int(year)
    )


def test_loading_twice_adds_nothing(loaded):
    first, second = loaded
    assert first["meetings_created"] == 4 and second["meetings_created"] == 0
    assert Committee.objects.filter(code__startswith="opdc-").count() == 2
    assert Meeting.objects.count() == 4


def test_meetings_read_like_the_seeds(loaded):
    rows = [
        ("opdc-goodgov", "4/2562", datetime.date(2019, 11, 19), "ธงทอง", MeetingMode.IN_PERSON, 2),
        ("opdc-goodgov", "7/2565", datetime.date(2022, 9, 27), "ธงทอง", MeetingMode.ONLINE, 4),
        ("opdc-goodgov", "5/2565", datetime.date(2022, 7, 20), "ธงทอง", MeetingMode.ONLINE, 4),
        ("opdc-commission", "2/2564", datetime.date(2021, 5, 31), "วิษณุ", MeetingMode.HYBRID, 5),
    ]
    for code, number, day, chair, mode, items in rows:
        meeting = _meeting(code, number)
        assert meeting.number == number
        assert timezone.localtime(meeting.starts_at).date() == day
        assert chair in meeting.chair.name_th and meeting.mode == mode
        assert meeting.status == MeetingStatus.CERTIFIED and meeting.certified_at
        assert meeting.agenda_items.count() == items
        assert quorum_state(meeting).has_quorum
    assert "ก.พ.ร. ชั้น 5" in _meeting("opdc-goodgov", "4/2562").place_th
    assert "Zoom" in _meeting("opdc-commission", "2/2564").place_th


def test_resolutions_and_outcomes(loaded):
    commission = _meeting("opdc-commission", "2/2564")
    resolutions = Resolution.objects.filter(agenda_item__meeting=commission).order_by(
        "agenda_item__section", "agenda_item__number"
    )
    assert [r.outcome for r in resolutions] == [ResolutionOutcome.APPROVED] * 5
    assert [r.forward_to_cabinet for r in resolutions] == [True, True, True, True, False]
    titles = " ".join(commission.agenda_items.values_list("title_th", flat=True))
    for fact in ("2564", "โควิด-19", "2565", "e-Service", "สำนักงบประมาณ", "2564–2565"):
        assert fact in titles
    kpis = commission.agenda_items.get(section=4, number=2).summary_th
    assert "Joint KPIs" in kpis and "Function-Area KPIs" in kpis
    first = _meeting("opdc-goodgov", "4/2562")
    outcomes = [i.resolution.outcome for i in first.agenda_items.order_by("section", "number")]
    assert outcomes == [ResolutionOutcome.APPROVED, ResolutionOutcome.NOTED]
    assert "2563" in first.agenda_items.get(section=4, number=1).resolution.text_th
    assert "OECD" in first.agenda_items.get(section=5, number=1).title_th
    july = _meeting("opdc-goodgov", "5/2565")
    assert "Koh Libong" in july.agenda_items.get(section=5, number=1).summary_th
    september = _meeting("opdc-goodgov", "7/2565")
    summary = september.agenda_items.get(section=4, number=1).summary_th
    assert "Responsiveness" in summary and "Collaborative Network Governance" in summary
    assert "UNPSA" in september.agenda_items.get(section=5, number=2).title_th


def test_every_member_attended(loaded):
    meeting = _meeting("opdc-commission", "2/2564")
    serving = meeting.committee.members.serving(meeting.day)
    assert Attendance.objects.filter(meeting=meeting).count() == serving.count() == 7


def test_without_the_frameworks_demo_nothing_is_linked(loaded):
    item = AgendaItem.objects.get(meeting=_meeting("opdc-goodgov", "7/2565"), section=4, number=1)
    assert not item.links.exists() and not Approval.objects.filter(source_id__isnull=False).exists()


def test_pmqa_2566_already_approved_is_linked_and_skipped(db):
    load_demo_organizations()
    load_demo_cycles()
    version = FrameworkVersion.objects.get(framework__code="PMQA-4.0", label="2566")
    assert version.status != "draft"
    load_demo_meetings()
    item = AgendaItem.objects.get(meeting=_meeting("opdc-goodgov", "7/2565"), section=4, number=1)
    linked = {link.target for link in item.links.all()}
    assert version in linked and AwardCycle.objects.get(year_be=2566) in linked
    assert approval_of(version).source is None  # approved on paper by the demo, not twice
    assert load_demo_meetings()["meetings_created"] == 0


def test_a_draft_pmqa_2566_is_approved_by_the_certified_minutes(db):
    load_demo_organizations()
    load_demo_frameworks()
    approved = FrameworkVersion.objects.get(framework__code="PMQA-4.0", label="2566")
    draft = version_clone(version=approved, label="2566-draft", actor=None)
    FrameworkVersion.objects.filter(pk=approved.pk).update(label="2566-old")
    FrameworkVersion.objects.filter(pk=draft.pk).update(label="2566")
    load_demo_meetings()
    draft.refresh_from_db()
    item = AgendaItem.objects.get(meeting=_meeting("opdc-goodgov", "7/2565"), section=4, number=1)
    assert draft.status != "draft" and approval_of(draft).source == item.resolution

"""Cycle, branch and type services: create, copy, publish, close, remove, and their refusals."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone

from loetrat.awards.enums import CycleStatus
from loetrat.awards.models import AwardCycle, AwardType
from loetrat.awards.services import (
    award_type_create,
    award_type_problems,
    award_type_remove,
    award_type_update,
    branch_create,
    branch_remove,
    branch_update,
    cycle_close,
    cycle_copy,
    cycle_create,
    cycle_publish,
    shift_years,
)
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.models import AuditEvent
from tests.factories import AwardBranchFactory, AwardProgrammeFactory, AwardTypeFactory
from tests.factories.cycles import framework_version, make_applications

pytestmark = pytest.mark.django_db
BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")


@pytest.fixture
def programme():
    return AwardProgrammeFactory()


@pytest.fixture
def draft_type(programme):
    cycle = cycle_create(programme=programme, year_be=2565, actor=None)
    branch = branch_create(cycle=cycle, actor=None, code="PUBLIC-SERVICE", name_th="สาขาบริการภาครัฐ")
    return AwardTypeFactory(
        cycle=cycle,
        branch=branch,
        code="SV-INNOVATION",
        framework_version=framework_version(label="2565"),
        opens_at=datetime.datetime(2021, 11, 15, 8, 30, tzinfo=BANGKOK),
        closes_at=datetime.datetime(2022, 1, 31, 16, 30, tzinfo=BANGKOK),
        eligibility={"repeat_win_years": 3},
    )


def test_cycle_create_names_by_year(programme, secretariat):
    cycle = cycle_create(programme=programme, year_be=2566, actor=secretariat)
    assert cycle.name_th == "รางวัลเลิศรัฐ ประจำปี 2566"
    assert cycle.name_en == "Public Sector Excellence Awards 2023"
    assert cycle.status == CycleStatus.DRAFT
    event = AuditEvent.objects.get(action="awards.cycle.created")
    assert event.actor == secretariat


def test_cycle_create_refuses_existing_or_bad_year(programme):
    cycle_create(programme=programme, year_be=2566, actor=None)
    with pytest.raises(ConflictError) as error:
        cycle_create(programme=programme, year_be=2566, actor=None)
    assert error.value.field == "year_be"
    with pytest.raises(DomainError):
        cycle_create(programme=programme, year_be=2023, actor=None)


def test_shift_years_keeps_bangkok_wall_time():
    value = datetime.datetime(2021, 11, 15, 8, 30, tzinfo=BANGKOK)
    shifted = timezone.localtime(shift_years(value, 1), BANGKOK)
    assert (shifted.year, shifted.month, shifted.day, shifted.hour, shifted.minute) == (
        2022, 11, 15, 8, 30,
    )  # fmt: skip
    leap = datetime.datetime(2024, 2, 29, 9, 0, tzinfo=BANGKOK)
    assert timezone.localtime(shift_years(leap, 1), BANGKOK).day == 28


def test_cycle_copy_copies_everything(draft_type, secretariat):
    old = draft_type.cycle
    draft_type.shared_work = True
    draft_type.save()
    new = cycle_copy(cycle=old, year_be=2566, actor=secretariat)
    assert new.copied_from == old
    assert new.status == CycleStatus.DRAFT
    assert new.name_th == "รางวัลเลิศรัฐ ประจำปี 2566"
    copied = new.award_types.get()
    assert copied.branch.cycle == new and copied.branch.code == "PUBLIC-SERVICE"
    for name in ("code", "form_schema", "eligibility", "stage_plan", "levels", "shared_work"):
        assert getattr(copied, name) == getattr(draft_type, name)
    assert copied.framework_version == draft_type.framework_version
    opens = timezone.localtime(copied.opens_at, BANGKOK)
    assert (opens.year, opens.month, opens.day, opens.hour, opens.minute) == (2022, 11, 15, 8, 30)
    assert timezone.localtime(copied.closes_at, BANGKOK).date() == datetime.date(2023, 1, 31)
    assert AuditEvent.objects.filter(action="awards.cycle.copied").count() == 1


def test_cycle_copy_refuses_existing_year(draft_type):
    with pytest.raises(ConflictError):
        cycle_copy(cycle=draft_type.cycle, year_be=2565, actor=None)


def test_publish_needs_complete_types(draft_type):
    cycle = draft_type.cycle
    AwardType.objects.filter(pk=draft_type.pk).update(
        framework_version=framework_version(status="draft")
    )
    with pytest.raises(DomainError) as error:
        cycle_publish(cycle=cycle, actor=None)
    assert error.value.code == "cycle_incomplete"
    AwardType.objects.filter(pk=draft_type.pk).update(
        framework_version=framework_version(), levels=[], stage_plan=[]
    )
    draft_type.refresh_from_db()
    fields = {problem.field for problem in award_type_problems(draft_type)}
    assert fields == {"levels", "stage_plan"}


def test_publish_refuses_bad_window_and_bad_form(draft_type):
    AwardType.objects.filter(pk=draft_type.pk).update(
        closes_at=draft_type.opens_at, form_schema=[{"key": "x", "kind": "weird"}]
    )
    draft_type.refresh_from_db()
    fields = {problem.field for problem in award_type_problems(draft_type)}
    assert {"window", "form_schema"} <= fields


def test_publish_refuses_empty_cycle(programme):
    cycle = cycle_create(programme=programme, year_be=2570, actor=None)
    with pytest.raises(DomainError):
        cycle_publish(cycle=cycle, actor=None)


def test_publish_then_close(draft_type):
    cycle = cycle_publish(cycle=draft_type.cycle, actor=None)
    assert cycle.status == CycleStatus.PUBLISHED
    with pytest.raises(ConflictError):
        cycle_publish(cycle=cycle, actor=None)
    cycle = cycle_close(cycle=cycle, actor=None)
    assert cycle.status == CycleStatus.CLOSED
    with pytest.raises(ConflictError):
        cycle_close(cycle=cycle, actor=None)
    with pytest.raises(ConflictError):
        award_type_update(award_type=draft_type, actor=None, name_th="ใหม่")


def test_branch_lifecycle(draft_type):
    cycle = draft_type.cycle
    branch = branch_create(cycle=cycle, actor=None, code="PMQA", name_th="สาขาคุณภาพ")
    with pytest.raises(ConflictError):
        branch_create(cycle=cycle, actor=None, code="PMQA", name_th="ซ้ำ")
    branch_update(branch=branch, actor=None, name_en="Quality")
    assert AuditEvent.objects.filter(action="awards.branch.updated").count() == 1
    with pytest.raises(ConflictError):
        branch_remove(branch=draft_type.branch, actor=None)
    branch_remove(branch=branch, actor=None)
    assert not cycle.branches.filter(code="PMQA").exists()


def test_type_create_validates_config(draft_type):
    branch = draft_type.branch
    with pytest.raises(ConflictError):
        award_type_create(branch=branch, actor=None, code="sv-innovation", name_th="ซ้ำ")
    with pytest.raises(DomainError) as error:
        award_type_create(
            branch=branch, actor=None, code="SV-X", name_th="x", levels=[{"key": "A b"}]
        )
    assert error.value.field == "levels"
    with pytest.raises(DomainError) as error:
        award_type_create(
            branch=branch,
            actor=None,
            code="SV-Y",
            name_th="y",
            eligibility={"results_table": {"field": "nope", "min_years": 3}},
        )
    assert error.value.field == "eligibility"
    created = award_type_create(branch=branch, actor=None, code="sv-new", name_th="ใหม่")
    assert created.code == "SV-NEW" and created.cycle == branch.cycle


def test_published_type_must_stay_complete(draft_type):
    cycle_publish(cycle=draft_type.cycle, actor=None)
    with pytest.raises(DomainError) as error:
        award_type_update(
            award_type=draft_type, actor=None, framework_version=framework_version(status="draft")
        )
    assert error.value.field == "framework_version"
    updated = award_type_update(award_type=draft_type, actor=None, name_en="Innovation", reason="x")
    assert updated.name_en == "Innovation"
    event = AuditEvent.objects.get(action="awards.type.updated")
    assert event.after == {"name_en": "Innovation"} and event.reason == "x"


def test_type_remove_refusals(draft_type, agency):
    make_applications(draft_type, [agency], 1)
    with pytest.raises(ConflictError) as error:
        award_type_remove(award_type=draft_type, actor=None)
    assert error.value.code == "type_has_applications"
    other = AwardTypeFactory(cycle=draft_type.cycle, branch=draft_type.branch)
    award_type_remove(award_type=other, actor=None)
    assert not AwardType.objects.filter(pk=other.pk).exists()
    published = AwardTypeFactory(branch=AwardBranchFactory())
    with pytest.raises(ConflictError):
        award_type_remove(award_type=published, actor=None)
    assert AwardCycle.objects.count() == 2

"""Writes to the organisation tree: create, update, merge, dissolve, and every refusal."""

import datetime

import pytest

from loetrat.core.errors import DomainError
from loetrat.core.models import AuditEvent
from loetrat.organizations.enums import OrganizationKind, OrganizationStatus
from loetrat.organizations.models import Organization
from loetrat.organizations.services import (
    organization_create,
    organization_dissolve,
    organization_merge,
    organization_update,
)
from tests.factories import OrganizationFactory


@pytest.fixture
def actor(secretariat_admin):
    return secretariat_admin


def _create(actor, code, parent=None, **extra):
    return organization_create(
        actor=actor,
        code=code,
        kind=extra.pop("kind", OrganizationKind.DEPARTMENT),
        name_th=extra.pop("name_th", f"หน่วยงาน {code}"),
        parent=parent,
        **extra,
    )


def test_create_sets_path_depth_search_text_and_audits(actor, ministry):
    body = _create(actor, " NEW-1 ", parent=ministry, name_en="New Office")
    assert body.code == "NEW-1"
    assert body.path == ministry.path + str(body.pk).zfill(10) + "."
    assert body.depth == 1
    assert "new office" in body.search_text
    event = AuditEvent.objects.get(action="organizations.body.created", target_id=str(body.pk))
    assert event.actor == actor
    assert event.after["code"] == "NEW-1"
    assert event.organization_id == body.pk


def test_create_refuses_duplicate_code(actor, agency):
    with pytest.raises(DomainError) as error:
        _create(actor, "MOF-RD")
    assert (error.value.code, error.value.field, error.value.status) == (
        "duplicate_code",
        "code",
        409,
    )


def test_create_refuses_inactive_parent(actor, ministry):
    closed = organization_dissolve(
        organization=_create(actor, "OLD", parent=ministry), actor=actor, reason="ยุบ"
    )
    with pytest.raises(DomainError) as error:
        _create(actor, "CHILD", parent=closed)
    assert (error.value.code, error.value.field) == ("parent_inactive", "parent")
    assert not Organization.objects.filter(code="CHILD").exists()


def test_rename_keeps_former_name_until_the_day_before(actor, agency):
    organization_update(
        organization=agency,
        actor=actor,
        name_th="กรมสรรพากรใหม่",
        effective_on=datetime.date(2025, 10, 1),
        reason="พระราชกฤษฎีกา",
    )
    agency.refresh_from_db()
    assert agency.name_th == "กรมสรรพากรใหม่"
    former = agency.former_names.get()
    assert former.name_th == "กรมสรรพากร"
    assert former.used_until == datetime.date(2025, 9, 30)
    assert "กรมสรรพากรใหม่" in agency.search_text
    event = AuditEvent.objects.get(action="organizations.body.updated")
    assert event.before == {"name_th": "กรมสรรพากร"}
    assert event.after == {"name_th": "กรมสรรพากรใหม่"}
    assert event.reason == "พระราชกฤษฎีกา"


def test_update_without_change_records_nothing(actor, agency):
    organization_update(organization=agency, actor=actor, name_th=agency.name_th)
    assert not agency.former_names.exists()
    assert not AuditEvent.objects.filter(action="organizations.body.updated").exists()


def test_update_of_website_keeps_no_former_name(actor, agency):
    organization_update(organization=agency, actor=actor, website="https://www.rd.go.th")
    assert not agency.former_names.exists()


def test_parent_move_updates_descendants_paths_and_depths(actor, agency, other_agency):
    unit = _create(actor, "UNIT", parent=agency, kind=OrganizationKind.INTERNAL_UNIT)
    subunit = _create(actor, "SUB", parent=unit, kind=OrganizationKind.INTERNAL_UNIT)
    organization_update(organization=unit, actor=actor, parent=other_agency)
    unit.refresh_from_db()
    subunit.refresh_from_db()
    assert unit.path == other_agency.path + str(unit.pk).zfill(10) + "."
    assert subunit.path == unit.path + str(subunit.pk).zfill(10) + "."
    assert (unit.depth, subunit.depth) == (2, 3)
    assert list(Organization.objects.subtree_of(other_agency)) == [other_agency, unit, subunit]
    assert list(Organization.objects.subtree_of(agency)) == [agency]


def test_moving_to_the_top_level(actor, agency):
    unit = _create(actor, "UNIT", parent=agency)
    organization_update(organization=unit, actor=actor, parent=None)
    unit.refresh_from_db()
    assert (unit.path, unit.depth) == (str(unit.pk).zfill(10) + ".", 0)


def test_update_refuses_duplicate_code(actor, agency, other_agency):
    with pytest.raises(DomainError) as error:
        organization_update(organization=agency, actor=actor, code="MOI-DOPA")
    assert error.value.code == "duplicate_code"


@pytest.mark.parametrize("below", [True, False])
def test_update_refuses_cycle(actor, agency, below):
    unit = _create(actor, "UNIT", parent=agency)
    new_parent = unit if below else agency
    with pytest.raises(DomainError) as error:
        organization_update(organization=agency, actor=actor, parent=new_parent)
    assert (error.value.code, error.value.field) == ("parent_cycle", "parent")
    agency.refresh_from_db()
    assert agency.parent_id != unit.pk


def test_update_refuses_inactive_parent(actor, agency, other_agency):
    other_agency = organization_dissolve(organization=other_agency, actor=actor, reason="ยุบ")
    with pytest.raises(DomainError) as error:
        organization_update(organization=agency, actor=actor, parent=other_agency)
    assert error.value.code == "parent_inactive"


def test_update_refuses_fields_outside_the_form(actor, agency):
    with pytest.raises(DomainError) as error:
        organization_update(organization=agency, actor=actor, status=OrganizationStatus.DISSOLVED)
    assert error.value.code == "invalid"
    agency.refresh_from_db()
    assert agency.status == OrganizationStatus.ACTIVE


def test_merge_closes_body_with_successor_and_audits(actor, agency, other_agency):
    merged = organization_merge(
        organization=other_agency, into=agency, actor=actor, on=datetime.date(2025, 10, 1)
    )
    assert merged.status == OrganizationStatus.MERGED
    assert merged.successor == agency
    assert merged.active_until == datetime.date(2025, 10, 1)
    event = AuditEvent.objects.get(action="organizations.body.merged")
    assert event.after == {"status": "merged", "successor": "MOF-RD"}


def test_merge_into_itself_is_refused(actor, agency):
    with pytest.raises(DomainError) as error:
        organization_merge(organization=agency, into=agency, actor=actor)
    assert error.value.code == "merge_into_self"


def test_merge_into_closed_body_is_refused(actor, agency, other_agency):
    other_agency = organization_dissolve(organization=other_agency, actor=actor, reason="ยุบ")
    with pytest.raises(DomainError) as error:
        organization_merge(organization=agency, into=other_agency, actor=actor)
    assert error.value.code == "successor_inactive"


def test_dissolve_requires_reason(actor, agency):
    with pytest.raises(DomainError) as error:
        organization_dissolve(organization=agency, actor=actor, reason="  ")
    assert (error.value.code, error.value.field) == ("reason_required", "reason")


def test_dissolve_closes_body_and_audits_reason(actor, agency):
    organization_dissolve(organization=agency, actor=actor, reason="โอนภารกิจ")
    agency.refresh_from_db()
    assert agency.status == OrganizationStatus.DISSOLVED
    assert agency.active_until is not None
    assert AuditEvent.objects.get(action="organizations.body.dissolved").reason == "โอนภารกิจ"


def test_closing_a_body_with_active_children_is_refused(actor, ministry, agency):
    with pytest.raises(DomainError) as error:
        organization_dissolve(organization=ministry, actor=actor, reason="ยุบ")
    assert error.value.code == "has_active_children"
    with pytest.raises(DomainError) as error:
        organization_merge(organization=ministry, into=OrganizationFactory(), actor=actor)
    assert error.value.code == "has_active_children"


def test_closing_twice_is_refused(actor, agency):
    organization_dissolve(organization=agency, actor=actor, reason="ยุบ")
    with pytest.raises(DomainError) as error:
        organization_dissolve(organization=agency, actor=actor, reason="ยุบอีกครั้ง")
    assert error.value.code == "already_closed"


def test_closing_is_allowed_once_children_are_closed(actor, ministry, agency):
    organization_dissolve(organization=agency, actor=actor, reason="ยุบ")
    organization_dissolve(organization=ministry, actor=actor, reason="ยุบ")
    ministry.refresh_from_db()
    assert ministry.status == OrganizationStatus.DISSOLVED

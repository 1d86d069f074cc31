"""Services: creating, editing drafts, freezing after approval, cloning and retiring."""

from decimal import Decimal

import pytest
from django.utils import translation

from loetrat.core.approvals import approval_of
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.models import AuditEvent
from loetrat.frameworks.models import Criterion
from loetrat.frameworks.services import (
    criterion_add,
    criterion_move,
    criterion_remove,
    criterion_update,
    framework_create,
    version_approve,
    version_clone,
    version_create,
    version_retire,
)
from tests.factories.approvals import approve


def codes(version):
    return list(
        Criterion.objects.filter(version=version).order_by("path").values_list("code", flat=True)
    )


def test_framework_and_version_create_are_audited(db, secretariat_admin):
    framework = framework_create(actor=secretariat_admin, code="KPI-2567", name_th="ตัวชี้วัด")
    version = version_create(framework=framework, label="2567", actor=secretariat_admin)
    with translation.override("en"):
        assert str(version) == "KPI-2567 2567 (Draft)"
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"frameworks.framework.created", "frameworks.version.created"} <= actions
    with pytest.raises(ConflictError):
        version_create(framework=framework, label="2567", actor=secretariat_admin)
    with pytest.raises(ConflictError):
        framework_create(actor=secretariat_admin, code="KPI-2567", name_th="ซ้ำ")


def test_criteria_are_edited_in_a_draft(draft, secretariat_admin):
    category = Criterion.objects.get(version=draft, code="2")
    added = criterion_add(
        version=draft,
        actor=secretariat_admin,
        parent=category,
        code="2.4",
        name_th="หัวข้อใหม่",
        points="5",
        scale_type="points_range",
    )
    assert codes(draft)[-2:] == ["2.4", "P"]
    criterion_update(criterion=added, actor=secretariat_admin, name_en="New item")
    assert Criterion.objects.get(pk=added.pk).name_en == "New item"
    criterion_move(criterion=added, actor=secretariat_admin, parent=None, position=0)
    assert codes(draft)[0] == "2.4"
    assert criterion_remove(criterion=category, actor=secretariat_admin) == 4
    assert "2.1" not in codes(draft)


def test_a_criterion_cannot_move_under_its_own_subtree(draft, secretariat_admin):
    category = Criterion.objects.get(version=draft, code="1")
    with pytest.raises(DomainError) as caught:
        criterion_move(
            criterion=category,
            actor=secretariat_admin,
            parent=Criterion.objects.get(version=draft, code="1.1"),
            position=1,
        )
    assert caught.value.field == "parent"


def test_bad_criterion_fields_are_refused(draft, secretariat_admin):
    with pytest.raises(ConflictError):
        criterion_add(version=draft, actor=secretariat_admin, code="2.1", name_th="ซ้ำ")
    with pytest.raises(DomainError):
        criterion_add(
            version=draft,
            actor=secretariat_admin,
            code="9",
            name_th="x",
            points="10",
            scale_type="maturity",
            scale={"levels": []},
        )
    parent = Criterion.objects.get(version=draft, code="1")
    with pytest.raises(DomainError):
        criterion_update(
            criterion=parent, actor=secretariat_admin, scale_type="points_range", points="10"
        )


def test_approval_needs_a_resolution(draft, secretariat_admin):
    with pytest.raises(DomainError) as caught:
        approve(draft, secretariat_admin, reference="  ")
    assert caught.value.code == "resolution_required"
    draft.refresh_from_db()
    assert draft.status == "draft" and approval_of(draft) is None


def test_approval_needs_criteria_and_valid_scales(db, secretariat_admin, draft):
    framework = draft.framework
    empty = version_create(framework=framework, label="empty", actor=secretariat_admin)
    with pytest.raises(DomainError) as caught:
        approve(empty, secretariat_admin, "มติ")
    assert caught.value.code == "version_invalid"
    Criterion.objects.filter(version=draft, code="2.1").update(points=Decimal("0"))
    with pytest.raises(DomainError) as caught:
        approve(draft, secretariat_admin, "มติ")
    assert "2 › 2.1" in str(caught.value.message)


def test_approved_versions_are_frozen(draft, secretariat_admin):
    version = approve(draft, secretariat_admin, "มติ อ.ก.พ.ร. ครั้งที่ 7/2565 วาระที่ 1")
    approval = approval_of(version)
    assert approval.approved_by == secretariat_admin and approval.approved_at
    assert approval.reference_th == "มติ อ.ก.พ.ร. ครั้งที่ 7/2565 วาระที่ 1"
    criterion = Criterion.objects.get(version=version, code="2.1")
    attempts = [
        lambda: criterion_add(version=version, actor=secretariat_admin, code="9", name_th="x"),
        lambda: criterion_update(criterion=criterion, actor=secretariat_admin, name_th="y"),
        lambda: criterion_move(
            criterion=criterion, actor=secretariat_admin, parent=None, position=1
        ),
        lambda: criterion_remove(criterion=criterion, actor=secretariat_admin),
        lambda: version_approve(version=version, actor=secretariat_admin),
    ]
    for attempt in attempts:
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code == "version_frozen"


def test_an_approved_version_is_not_approved_twice(draft, secretariat_admin):
    approve(draft, secretariat_admin, "มติ")
    with pytest.raises(ConflictError) as caught:
        approve(draft, secretariat_admin, "อีกครั้ง")
    assert caught.value.code == "already_approved"
    assert approval_of(draft).reference_th == "มติ"


def test_clone_copies_the_whole_tree_into_a_draft(draft, secretariat_admin):
    approved = approve(draft, secretariat_admin, "มติ")
    clone = version_clone(version=approved, label="2567", actor=secretariat_admin)
    assert clone.status == "draft" and clone.cloned_from == approved
    assert codes(clone) == codes(approved)
    original = Criterion.objects.get(version=approved, code="1.1")
    copied = Criterion.objects.get(version=clone, code="1.1")
    assert copied.pk != original.pk and copied.scale == original.scale
    assert copied.parent.version == clone
    with pytest.raises(ConflictError):
        version_clone(version=approved, label="2567", actor=secretariat_admin)


def test_retire_only_after_approval(draft, secretariat_admin):
    with pytest.raises(ConflictError):
        version_retire(version=draft, actor=secretariat_admin)
    approve(draft, secretariat_admin, "มติ")
    retired = version_retire(version=draft, actor=secretariat_admin, reason="ใช้ฉบับใหม่")
    assert retired.status == "retired" and retired.retired_at

"""The demo loader (idempotent, complete) and the diff of PMQA 4.0 2565 → 2566."""

import datetime
from decimal import Decimal

from loetrat.core.approvals import approval_of
from loetrat.frameworks.demo import TYPE_FRAMEWORKS, load_demo_frameworks
from loetrat.frameworks.diff import version_diff
from loetrat.frameworks.models import Criterion, FrameworkVersion
from loetrat.frameworks.services import version_problems


def version(code, label):
    return FrameworkVersion.objects.select_related("framework").get(
        framework__code=code, label=label
    )


def test_loading_twice_adds_nothing(demo):
    count = FrameworkVersion.objects.count()
    criteria = Criterion.objects.count()
    assert load_demo_frameworks() == {"versions_created": 0}
    assert (FrameworkVersion.objects.count(), Criterion.objects.count()) == (count, criteria)


def test_every_demo_version_is_valid_and_only_2567_waits_for_approval(demo):
    for item in FrameworkVersion.objects.select_related("framework"):
        waiting = (item.framework.code, item.label) == ("PMQA-4.0", "2567")
        assert item.status == ("draft" if waiting else "approved"), item
        assert version_problems(item) == [], item


def test_pmqa_2566_is_a_clone_approved_by_the_2565_meeting(demo):
    pmqa = version("PMQA-4.0", "2566")
    assert pmqa.cloned_from == version("PMQA-4.0", "2565")
    approval = approval_of(pmqa)
    assert approval.reference_th == "อ.ก.พ.ร. ครั้งที่ 7/2565 (27 กันยายน 2565)"
    assert approval.decided_on == datetime.date(2022, 9, 27) and approval.source is None
    items = Criterion.objects.filter(version=pmqa, parent__code__in="123456")
    assert items.count() == 24 and all(i.scale_type == "maturity" for i in items)
    assert (
        Criterion.objects.filter(version=pmqa, parent__code="7", scale_type="results").count() == 6
    )


def test_baldrige_points_add_up_to_1000(demo):
    roots = Criterion.objects.filter(version=version("BALDRIGE-1000", "2566"), parent=None)
    assert sum(root.points for root in roots) == Decimal(1000)


def test_every_award_type_has_a_rubric_worth_100(demo):
    assert len(TYPE_FRAMEWORKS) == 15
    assert TYPE_FRAMEWORKS["PMQA-OVERALL"] == ("PMQA-4.0", "2566")
    for type_code, (code, label) in TYPE_FRAMEWORKS.items():
        rubric = version(code, label)
        if type_code.startswith("PMQA"):
            continue
        criteria = list(Criterion.objects.filter(version=rubric))
        assert 3 <= len(criteria) <= 6
        assert sum(c.points for c in criteria) == 100
        assert {c.scale_type for c in criteria} <= {"percent_band", "ordinal"}


def test_diff_2565_to_2566_reports_the_category_7_changes(demo):
    diff = version_diff(version("PMQA-4.0", "2565"), version("PMQA-4.0", "2566"))
    assert not diff.added and not diff.removed and not diff.moved
    changed = {change.code: change for change in diff.changed}
    assert set(changed) == {"7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6"}
    fields = {item.field for item in changed["7.4"].changes}
    assert {"name_th", "name_en", "guidance_th", "scale.indicator_th"} <= fields
    guidance = next(i for i in changed["7.4"].changes if i.field == "guidance_th").after
    assert "เชิงปริมาณ" in guidance and "ชุดข้อมูลดิจิทัล" in guidance


def test_diff_reports_added_removed_and_moved(draft, secretariat_admin):
    from loetrat.frameworks.services import (
        criterion_add,
        criterion_move,
        criterion_remove,
        version_clone,
    )

    new = version_clone(version=draft, label="next", actor=secretariat_admin)
    criterion_add(version=new, actor=secretariat_admin, code="3", name_th="ใหม่")
    criterion_remove(
        criterion=Criterion.objects.get(version=new, code="2.3"), actor=secretariat_admin
    )
    criterion_move(
        criterion=Criterion.objects.get(version=new, code="2.2"),
        actor=secretariat_admin,
        parent=Criterion.objects.get(version=new, code="1"),
        position=9,
    )
    diff = version_diff(draft, new)
    assert [entry["code"] for entry in diff.added] == ["3"]
    assert [entry["code"] for entry in diff.removed] == ["2.3"]
    assert [(m.code, m.parent_before, m.parent_after) for m in diff.moved] == [("2.2", "2", "1")]

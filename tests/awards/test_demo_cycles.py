"""The demo cycles: 2565 closed, 2566 copied from it with seed 001's changes, open today."""

import pytest
from django.utils import timezone

from loetrat.awards.demo_cycles import load_demo_cycles
from loetrat.awards.enums import CycleStatus
from loetrat.awards.models import AwardCycle, AwardType
from loetrat.awards.selectors.cycles import cycle_diff
from loetrat.core.models import AuditEvent

pytestmark = pytest.mark.django_db

CODES_2566 = {
    "SV-INNOVATION", "SV-DEVELOPMENT", "SV-STANDARD-EXPANSION", "SV-EXCELLENT",
    "SV-RESPONSIVENESS", "SV-INTEGRATED", "PG-OPEN", "PG-EFFECTIVE-CHANGE", "PG-EXPANDED",
    "PG-NETWORK", "PG-EMPOWERMENT", "PG-AREA", "PMQA-CATEGORY", "PMQA-OVERALL", "HONOUR",
}  # fmt: skip


@pytest.fixture
def cycles(db):
    load_demo_cycles()
    return AwardCycle.objects.get(year_be=2565), AwardCycle.objects.get(year_be=2566)


def test_structure_of_both_years(cycles):
    old, new = cycles
    assert old.status == CycleStatus.CLOSED
    assert new.status == CycleStatus.PUBLISHED
    assert new.copied_from == old
    assert new.name_th == "รางวัลเลิศรัฐ ประจำปี 2566"
    assert new.name_en == "Public Sector Excellence Awards 2023"
    assert set(new.award_types.values_list("code", flat=True)) == CODES_2566
    counts = {b.code: b.award_types.count() for b in old.branches.all()}
    assert counts == {"PUBLIC-SERVICE": 6, "PARTICIPATORY": 5, "PMQA": 2, "HONOUR": 1}
    counts = {b.code: b.award_types.count() for b in new.branches.all()}
    assert counts == {"PUBLIC-SERVICE": 6, "PARTICIPATORY": 6, "PMQA": 2, "HONOUR": 1}


def test_2566_is_open_today_with_approved_criteria(cycles):
    _old, new = cycles
    now = timezone.now()
    for award_type in new.award_types.select_related("framework_version"):
        assert award_type.is_open(now), award_type.code
        assert award_type.framework_version.status == "approved", award_type.code
        assert award_type.framework_version.label == "2566"
    honour = new.award_types.get(code="HONOUR")
    assert honour.subject == "agency"
    assert [s["kind"] for s in honour.stage_plan] == ["document_review", "site_visit", "committee"]
    assert new.award_types.get(code="SV-STANDARD-EXPANSION").shared_work
    assert new.award_types.get(code="PG-EXPANDED").shared_work


def test_loading_twice_adds_nothing(cycles):
    types, events = AwardType.objects.count(), AuditEvent.objects.count()
    result = load_demo_cycles()
    assert result["cycles_created"] == 0
    assert AwardType.objects.count() == types
    assert AuditEvent.objects.count() == events


def test_diff_shows_seed_001_changes(cycles):
    diff = cycle_diff(*cycles)
    service = diff.branch("PUBLIC-SERVICE")
    assert [t.code for t in service.types_added] == ["SV-RESPONSIVENESS"]
    assert [t.code for t in service.types_removed] == ["SV-CRISIS"]
    assert service.old_type_count == service.new_type_count == 6
    expansion = diff.type_change("SV-STANDARD-EXPANSION")
    assert "description_th" in {f.field for f in expansion.fields}
    participatory = diff.branch("PARTICIPATORY")
    assert (participatory.old_type_count, participatory.new_type_count) == (5, 6)
    assert [t.code for t in participatory.types_added] == ["PG-NETWORK"]
    assert not participatory.types_removed
    open_fields = {f.field for f in diff.type_change("PG-OPEN").fields}
    assert {"eligibility", "description_th"} <= open_fields
    for code in ("PG-EFFECTIVE-CHANGE", "PG-EXPANDED"):
        fields = {f.field: f for f in diff.type_change(code).fields}
        assert "levels" in fields
        outstanding = next(c for c in fields["levels"].changes if c.key == "outstanding")
        assert (outstanding.action, outstanding.old, outstanding.new) == ("changed", "80", "85")
        assert any(d.startswith("ดีเด่น: ") and "80 → 85" in d for d in fields["levels"].details)
        assert "framework_version" in fields
    for code in ("PMQA-CATEGORY", "PMQA-OVERALL"):
        change = diff.type_change(code)
        fields = {f.field for f in change.fields}
        assert {"stage_plan", "eligibility"} <= fields
        assert change.new.stage_plan[0]["scope"] == ["7"]
        assert change.new.eligibility["results_table"] == {"field": "indicators", "min_years": 3}
    assert diff.branch("HONOUR").types_changed[0].fields[0].field == "framework_version"


def test_demo_pages_render(cycles, secretariat_client, coordinator_client):
    page = secretariat_client.get("/awards/cycles/2566/changes/2565/").content.decode()
    for text in ("SV-RESPONSIVENESS", "SV-CRISIS", "PG-NETWORK", "ประสิทธิผลเครือข่าย",
                 "การบริการที่ตอบสนองต่อสภาวะวิกฤติ", "ดีเด่น: ",
                 '<span class="muted">80</span> → <strong>85</strong>'):  # fmt: skip
        assert text in page
    assert "min_score" not in page
    assert secretariat_client.get("/awards/cycles/2566/").status_code == 200
    pmqa = AwardType.objects.get(cycle__year_be=2566, code="PMQA-CATEGORY")
    page = coordinator_client.get(f"/awards/types/{pmqa.pk}/").content.decode()
    assert "indicators" in page and "ผลปี 2565" in page
    page = secretariat_client.get(f"/awards/types/{pmqa.pk}/").content.decode()
    assert "/frameworks/PMQA-4.0/2566/" in page
    for section in ("basics", "window", "framework", "levels", "stages", "eligibility", "form"):
        response = secretariat_client.get(f"/awards/types/{pmqa.pk}/edit/{section}/")
        assert response.status_code == 200, section

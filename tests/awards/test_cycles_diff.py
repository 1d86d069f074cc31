"""What changed between two cycles, as data: levels, stages, eligibility rules and form schemas
read as labelled changes (not dumps), in Thai and in English."""

import pytest
from django.utils import translation

from loetrat.awards.selectors.cycles import cycle_diff
from loetrat.awards.selectors.diff import Change
from tests.factories import AwardBranchFactory, AwardCycleFactory, AwardTypeFactory

pytestmark = pytest.mark.django_db

TABLE = {
    "key": "indicators",
    "kind": "table",
    "label_th": "ตัวชี้วัด",
    "label_en": "Indicators",
    "columns": [
        {"key": "name", "kind": "short_text", "label_th": "ตัวชี้วัด", "label_en": "Indicator"},
        {"key": "r2564", "kind": "number", "label_th": "ผลปี 2564", "label_en": "Result 2021"},
    ],
}
OLD_FORM = [
    {"key": "summary", "kind": "long_text", "label_th": "สรุปผลงาน", "label_en": "Summary",
     "max_length": 2000},
    {"key": "owner", "kind": "short_text", "label_th": "ผู้รับผิดชอบ", "label_en": "Owner"},
    {"key": "people", "kind": "short_text", "label_th": "ผู้รับบริการ", "label_en": "People"},
    TABLE,
]  # fmt: skip
NEW_FORM = [
    {"key": "summary", "kind": "long_text", "label_th": "สรุปผลงานโดยย่อ", "label_en": "Summary",
     "max_length": 3000},
    {"key": "people", "kind": "number", "label_th": "ผู้รับบริการ", "label_en": "People served",
     "unit_th": "คน"},
    {"key": "budget", "kind": "number", "label_th": "งบประมาณ", "label_en": "Budget"},
    {**TABLE, "columns": [
        TABLE["columns"][0],
        {"key": "r2565", "kind": "number", "label_th": "ผลปี 2565", "label_en": "Result 2022"},
    ]},
]  # fmt: skip


@pytest.fixture
def pair():
    """diff(old_config, new_config, lang): the SV-INNOVATION type configured both ways in 2566
    and 2567, and its changed fields by name. Calling it again reconfigures the same two types."""
    types = []

    def diff(old_config, new_config, lang="th"):
        if not types:
            for year in (2566, 2567):
                cycle = AwardCycleFactory(year_be=year)
                branch = AwardBranchFactory(cycle=cycle, code="PUBLIC-SERVICE")
                types.append(AwardTypeFactory(cycle=cycle, branch=branch, code="SV-INNOVATION"))
        for award_type, config in zip(types, (old_config, new_config), strict=True):
            type(award_type).objects.filter(pk=award_type.pk).update(**config)
        with translation.override(lang):
            change = cycle_diff(types[0].cycle, types[1].cycle).type_change("SV-INNOVATION")
        return {field.field: field for field in change.fields}

    return diff


LEVELS = [
    {"key": "outstanding", "name_th": "ดีเด่น", "name_en": "Outstanding", "min_score": 80},
    {"key": "good", "name_th": "ดี", "name_en": "Good", "min_score": 60},
]


def test_levels_read_as_name_and_score(pair):
    new_levels = [
        {**LEVELS[0], "min_score": 85},
        {"key": "fair", "name_th": "พอใช้", "name_en": "Fair", "min_score": 50.0},
    ]
    fields = pair({"levels": LEVELS}, {"levels": new_levels})
    changes = fields["levels"].changes
    assert [(c.action, c.key) for c in changes] == [
        ("added", "fair"),
        ("removed", "good"),
        ("changed", "outstanding"),
    ]
    assert changes[2] == Change(
        "changed", "outstanding", "ดีเด่น", what="เกณฑ์คะแนนขั้นต่ำ", old="80", new="85"
    )
    assert changes[0].label == "พอใช้" and changes[0].new.endswith(" 50")
    assert fields["levels"].details[2] == "ดีเด่น: เกณฑ์คะแนนขั้นต่ำ 80 → 85"
    english = pair({"levels": LEVELS}, {"levels": new_levels}, "en")["levels"]
    assert english.details[2] == "Outstanding: minimum score 80 → 85"
    assert english.details[1] == "Removed: Good"


def test_stages_added_removed_renamed_and_reordered(pair):
    old = [
        {"key": "docs", "kind": "document_review", "name_th": "ตรวจเอกสาร", "name_en": "Docs"},
        {"key": "visit", "kind": "site_visit", "name_th": "ลงพื้นที่", "name_en": "Visit"},
        {"key": "board", "kind": "committee", "name_th": "คณะกรรมการ", "name_en": "Board"},
    ]
    new = [
        {"key": "visit", "kind": "consensus", "name_th": "ลงพื้นที่", "name_en": "Visit"},
        {"key": "docs", "kind": "document_review", "name_th": "ตรวจเอกสารหมวด 7",
         "name_en": "Docs", "scope": ["7"]},
        {"key": "panel", "kind": "committee", "name_th": "อ.ก.พ.ร.", "name_en": "Panel"},
    ]  # fmt: skip
    changes = pair({"stage_plan": old}, {"stage_plan": new}, "en")["stage_plan"].changes
    by_action = {}
    for change in changes:
        by_action.setdefault(change.action, []).append(change)
    assert [c.label for c in by_action["added"]] == ["Panel"]
    assert by_action["added"][0].new == "Committee decision"
    assert [c.label for c in by_action["removed"]] == ["Board"]
    changed = {(c.key, c.what): (c.old, c.new) for c in by_action["changed"]}
    assert changed == {
        ("visit", "kind"): ("Site visit", "Consensus"),
        ("docs", "criteria assessed"): ("all", "7"),
        ("docs", "Thai name"): ("ตรวจเอกสาร", "ตรวจเอกสารหมวด 7"),
    }
    assert by_action["order"][0].old == "Docs, Visit" and by_action["order"][0].new == "Visit, Docs"
    thai = pair({"stage_plan": old}, {"stage_plan": new})["stage_plan"].changes
    renamed = [c for c in thai if c.action == "renamed"]
    assert [(c.key, c.old, c.new) for c in renamed] == [("docs", "ตรวจเอกสาร", "ตรวจเอกสารหมวด 7")]


def test_eligibility_rules_with_labels_and_values(pair):
    old = {"repeat_win_years": 3}
    new = {
        "repeat_win_years": 2,
        "organization_kinds": ["department", "province"],
        "partner_roles_required": ["model_agency"],
        "results_table": {"field": "indicators", "min_years": 3},
    }
    config = {"form_schema": [TABLE]}
    fields = pair({**config, "eligibility": old}, {**config, "eligibility": new}, "en")
    changes = {c.key: c for c in fields["eligibility"].changes}
    assert changes["organization_kinds"] == Change(
        "changed",
        "organization_kinds",
        "Who may apply",
        old="any public body",
        new="Department, Province",
    )
    assert (changes["repeat_win_years"].old, changes["repeat_win_years"].new) == ("3", "2")
    assert changes["partner_roles_required"].new == "Model agency"
    assert changes["results_table"].new == "Indicators, 3 consecutive years of results"
    assert "department" not in " ".join(fields["eligibility"].details)
    thai = pair({**config, "eligibility": old}, {**config, "eligibility": new})["eligibility"]
    assert any(d.endswith("กรม, จังหวัด") for d in thai.details)


def test_form_schema_field_by_field(pair):
    fields = pair({"form_schema": OLD_FORM}, {"form_schema": NEW_FORM}, "en")
    changes = fields["form_schema"].changes
    assert [(c.action, c.key) for c in changes] == [
        ("added", "budget"),
        ("removed", "owner"),
        ("changed", "summary"),
        ("changed", "people"),
        ("changed", "indicators"),
    ]
    assert (changes[0].label, changes[0].new) == ("Budget", "Number")
    assert changes[1].label == "Owner"
    # In English the shown label stayed; the Thai one changed, so it is named.
    assert changes[2].parts == [
        Change("changed", "label_th", "Thai label", old="สรุปผลงาน", new="สรุปผลงานโดยย่อ"),
        Change("changed", "max_length", "longest answer (characters)", old="2000", new="3000"),
    ]
    people = {p.label or p.action: (p.old, p.new) for p in changes[3].parts}
    assert people == {
        "renamed": ("People", "People served"),
        "kind": ("Short text", "Number"),
        "unit (Thai)": ("—", "คน"),
    }
    columns = [(p.action, p.key, p.label) for p in changes[4].parts]
    assert columns == [
        ("added", "r2565", "column “Result 2022”"),
        ("removed", "r2564", "column “Result 2021”"),
    ]
    text = " | ".join(fields["form_schema"].details)
    assert "Added: Budget (Number)" in text and "Removed: Owner" in text
    assert "kind: Short text → Number" in text
    assert "[" not in text and "label_th" not in text
    thai = pair({"form_schema": OLD_FORM}, {"form_schema": NEW_FORM})["form_schema"].changes
    assert thai[2].parts[0] == Change("renamed", old="สรุปผลงาน", new="สรุปผลงานโดยย่อ")


def test_form_order_change_alone(pair):
    fields = pair({"form_schema": OLD_FORM}, {"form_schema": list(reversed(OLD_FORM))}, "en")
    [change] = fields["form_schema"].changes
    assert change.action == "order"
    assert change.old.startswith("Summary, Owner") and change.new.startswith("Indicators")


def test_diff_page_shows_readable_changes(pair, secretariat_client):
    pair(
        {"levels": LEVELS, "form_schema": OLD_FORM},
        {"levels": [{**LEVELS[0], "min_score": 85}, LEVELS[1]], "form_schema": NEW_FORM},
    )
    page = secretariat_client.get("/awards/cycles/2567/changes/2566/").content.decode()
    assert "ดีเด่น: " in page and '<span class="muted">80</span> → <strong>85</strong>' in page
    assert "งบประมาณ" in page and "ผลปี 2565" in page
    assert "min_score" not in page and "label_th" not in page and "&#x27;" not in page
    # Fields and columns by their labels, never by their keys.
    assert "<code>indicators</code>" not in page and "<code>summary</code>" not in page


def test_api_diff_keeps_readable_details(pair, secretariat_client):
    pair({"levels": LEVELS}, {"levels": [{**LEVELS[0], "min_score": 85}, LEVELS[1]]})
    body = secretariat_client.get("/api/v1/awards/cycles/2567/diff/2566").json()
    [field] = body["branches"][0]["types_changed"][0]["fields"]
    assert field["field"] == "levels"
    assert field["details"] == ["ดีเด่น: เกณฑ์คะแนนขั้นต่ำ 80 → 85"]

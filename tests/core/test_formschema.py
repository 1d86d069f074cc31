"""Form schemas: checking them, reading typed answers, and the problems shown beside fields."""

import pytest
from django.utils import translation

from loetrat.awards.selectors.applications import answer_rows, grouped_number
from loetrat.core.formschema.schema import (
    answer_problems,
    display_value,
    form_schema_problems,
    normalise_answers,
)
from tests.factories.applications import RICH_FORM, complete_answers


def test_the_rich_form_is_a_valid_schema():
    assert form_schema_problems(RICH_FORM) == []


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ("nope", "must be a list"),
        ([{"key": "a", "kind": "essay", "label_th": "ก", "label_en": "A"}], "unknown kind"),
        (
            [
                {"key": "a", "kind": "short_text", "label_th": "ก", "label_en": "A"},
                {"key": "a", "kind": "short_text", "label_th": "ข", "label_en": "B"},
            ],
            "duplicate key 'a'",
        ),
        ([{"key": "a", "kind": "short_text", "label_en": "A"}], "'a'): missing Thai label"),
        ([{"key": "a", "kind": "short_text", "label_th": "ก"}], "missing English label"),
        ([{"key": "a b", "kind": "short_text", "label_th": "ก", "label_en": "A"}], "key must"),
        (
            [{"key": "c", "kind": "choice", "label_th": "ก", "label_en": "C", "choices": []}],
            "'c'): choices must be a non-empty list",
        ),
        (
            [
                {
                    "key": "c",
                    "kind": "choice",
                    "label_th": "ก",
                    "label_en": "C",
                    "choices": [{"value": "x", "label_th": "x"}, {"value": "x", "label_th": "y"}],
                }
            ],
            "appears twice",
        ),
        ([{"key": "t", "kind": "table", "label_th": "ก", "label_en": "T"}], "'t'): a table needs"),
        (
            [
                {
                    "key": "t",
                    "kind": "table",
                    "label_th": "ก",
                    "label_en": "T",
                    "columns": [{"key": "r", "label_th": "ผล", "role": "result"}],
                }
            ],
            "needs its BE year",
        ),
        (
            [{"key": "n", "kind": "number", "label_th": "ก", "label_en": "N", "min": 5, "max": 1}],
            "min is greater than max",
        ),
        (
            [{"key": "f", "kind": "file", "label_th": "ก", "label_en": "F", "accept": ["exe"]}],
            "accept must list",
        ),
    ],
)
def test_schema_problems_name_the_field(schema, expected):
    problems = form_schema_problems(schema)
    assert any(expected in problem for problem in problems), problems


def test_normalise_keeps_what_did_not_parse_and_canonicalises_the_rest():
    data = normalise_answers(
        RICH_FORM,
        {
            "budget": "1,250.5",
            "started": "19/11/2562",
            "indicators": [{"name": "x", "target": "abc"}, {"name": "", "target": ""}],
            "channels": "web",
            "unknown": "dropped",
        },
        keep={"evidence": [3]},
    )
    assert data["budget"] == "1250.5"
    assert data["started"] == "2019-11-19"
    assert data["indicators"] == [
        {"name": "x", "direction": "", "target": "abc", "r2563": "", "r2564": "", "r2565": ""}
    ]
    assert data["channels"] == ["web"]
    assert data["evidence"] == [3]
    assert "unknown" not in data
    bad = normalise_answers(RICH_FORM, {"budget": "many", "started": "31/02/2566"})
    assert bad["budget"] == "many" and bad["started"] == "31/02/2566"


def test_draft_problems_are_formats_only_full_adds_required():
    data = normalise_answers(RICH_FORM, {"budget": "-1", "started": "soon", "scope": "moon"})
    with translation.override("en"):
        draft = answer_problems(RICH_FORM, data, full=False)
        full = answer_problems(RICH_FORM, data, full=True)
    keys = {p.key for p in draft}
    assert keys == {"budget", "started", "scope"}
    assert {p.code for p in full} >= {"required"}
    assert any(p.key == "summary" and p.code == "required" for p in full)
    assert any(p.key == "indicators" and p.code == "too_few_rows" for p in full)
    budget = next(p for p in draft if p.key == "budget")
    assert "Budget" in budget.message and "at least 0" in budget.message
    assert budget.anchor == "field-budget"


def test_length_decimals_and_table_cells_are_checked():
    data = normalise_answers(
        RICH_FORM,
        complete_answers(
            summary="ก" * 51, budget="1.234", indicators=[{"name": "x", "target": "x"}]
        ),
    )
    with translation.override("en"):
        problems = answer_problems(RICH_FORM, data)
    messages = " ".join(p.message for p in problems)
    assert "at most 50 characters (now 51)" in messages
    assert "at most 2 decimal places" in messages
    assert any(p.row == 1 and "not a number" in p.message for p in problems)


def test_complete_answers_have_no_problems():
    assert answer_problems(RICH_FORM, normalise_answers(RICH_FORM, complete_answers())) == []


def test_display_values_use_be_dates_choice_labels_and_units():
    with translation.override("th"):
        assert display_value(RICH_FORM[3], "2022-10-01") == "1 ตุลาคม 2565"
        assert display_value(RICH_FORM[4], "national") == "ทั่วประเทศ"
        assert display_value(RICH_FORM[2], "10") == "10 บาท"
    with translation.override("en"):
        assert display_value(RICH_FORM[3], "2022-10-01") == "1 October 2022"
        assert display_value(RICH_FORM[5], ["web", "app"]) == "Web, App"


def test_answer_rows_group_numbers_but_keep_the_stored_value():
    schema = RICH_FORM[:3] + [RICH_FORM[6]]
    data = {
        "summary": "2566",
        "owner": "1000000",
        "budget": "1250000.50",
        "indicators": [{"name": "ผู้รับบริการ", "target": "250000", "r2565": "ไม่ทราบ"}],
    }
    stored = {**data, "indicators": [dict(data["indicators"][0])]}
    for lang in ("th", "en"):
        with translation.override(lang):
            rows = {row.key: row for row in answer_rows(schema, data)}
        assert rows["budget"].text == ("1,250,000.50 บาท" if lang == "th" else "1,250,000.50 baht")
        assert rows["summary"].text == "2566" and rows["owner"].text == "1000000"  # text stays
        [cells] = rows["indicators"].rows
        assert cells[2] == "250,000"
        assert cells[5] == "ไม่ทราบ"  # what did not parse is shown as typed
    assert data == stored
    assert grouped_number("-1234567") == "-1,234,567" and grouped_number("๑๒๓๔") == "1,234"


def test_the_schema_form_shows_saved_answers_and_keeps_what_was_typed():
    from django.http import QueryDict

    from loetrat.core.formschema.forms import SchemaForm, answers_from_post

    schema = [
        {"key": "budget", "kind": "number", "label_th": "งบประมาณ", "unit_th": "บาท"},
        {"key": "started", "kind": "date", "label_th": "วันเริ่ม"},
        {
            "key": "results",
            "kind": "table",
            "label_th": "ผลลัพธ์",
            "columns": [{"key": "value", "kind": "number", "label_th": "ค่า"}],
        },
    ]
    saved = SchemaForm(schema=schema, answers={"budget": "1500", "started": "2023-10-01"})
    items = {item.key: item for item in saved.items()}
    assert items["started"].bound.value() == "01/10/2566"  # B.E. for Thai readers
    assert items["results"].grid.rows and items["budget"].anchor == "field-budget"
    post = QueryDict(mutable=True)
    post.update({"budget": "หนึ่งพัน", "started": "", "results-rows": "1", "results-0-value": "x"})
    typed = SchemaForm(post, schema=schema, problems={"budget": ["ไม่ใช่ตัวเลข"]})
    assert typed.is_valid()  # a draft is never refused by the form itself
    assert typed.items()[0].problems == ["ไม่ใช่ตัวเลข"]
    assert answers_from_post(schema, post) == {
        "budget": "หนึ่งพัน",
        "started": "",
        "results": [{"value": "x"}],
    }


def test_a_buddhist_era_date_typed_in_iso_order_is_stored_as_such():
    schema = [{"key": "started", "kind": "date", "label_th": "วันเริ่ม"}]
    assert normalise_answers(schema, {"started": "2564-10-01"}) == {"started": "2021-10-01"}
    assert normalise_answers(schema, {"started": "1 ต.ค. 64"}) == {"started": "2021-10-01"}
    assert normalise_answers(schema, {"started": "2021-10-01"}) == {"started": "2021-10-01"}
    kept = normalise_answers(schema, {"started": "1/1/9000"})  # kept as typed, reported
    assert kept == {"started": "1/1/9000"} and answer_problems(schema, kept, full=False)

"""The pure scoring module: worked examples and properties that must hold for any input."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loetrat.frameworks.scoring import (
    ScoreInputError,
    ScoreNode,
    VersionTree,
    canonical_scale,
    round_score,
    score_version,
    validate_scale,
)

from .helpers import MATURITY_LEVELS, ORDINAL

MATURITY = {"levels": MATURITY_LEVELS}
BASIC = ["B1", "B2", "B3", "B4"]
ADVANCE = ["A1", "A2"]
SIGNIFICANCE = ["S1", "S2"]


def tree(*roots, rounding="half_up", decimals=0):
    return VersionTree("T", "2566", rounding, decimals, tuple(roots))


def leaf(code, points, scale_type, scale=None, **kwargs):
    return ScoreNode(
        code,
        name_th=code,
        points=D(points),
        scale_type=scale_type,
        scale=canonical_scale(scale_type, scale or {}),
        **kwargs,
    )


def one(node, value, **kwargs):
    return score_version(tree(node, **kwargs), {node.code: value}).node(node.code)


def test_baldrige_item_of_70_points_at_55_percent_rounds_half_up_to_39():
    result = one(leaf("1.1", 70, "percent_band"), 55)
    assert result.score == D(39)
    assert "38.5" in result.explanation_en and "50-65" in result.explanation_en


@pytest.mark.parametrize(
    ("rounding", "expected"), [("half_up", 39), ("half_even", 38), ("down", 38)]
)
def test_rounding_rule_of_the_version_is_used(rounding, expected):
    assert one(leaf("1.1", 70, "percent_band"), 55, rounding=rounding).score == D(expected)


def test_one_decimal_place_keeps_the_half():
    assert one(leaf("1.1", 70, "percent_band"), 55, decimals=1).score == D("38.5")


@pytest.mark.parametrize("value", [52, 101, -5, "abc", 7.5])
def test_percent_band_refuses_values_off_the_5_percent_steps(value):
    with pytest.raises(ScoreInputError) as caught:
        score_version(tree(leaf("1.1", 70, "percent_band")), {"1.1": value})
    assert "1.1" in caught.value.problems


def test_maturity_all_basic_and_half_advance_gives_350_of_500():
    result = one(leaf("1.1", 500, "maturity", MATURITY), [*BASIC, "A1"])
    assert (result.score, result.maximum) == (D(350), D(500))


def test_maturity_does_not_count_a_level_above_an_incomplete_one():
    result = one(leaf("1.1", 500, "maturity", MATURITY), ["B1", "B2", "B3", *ADVANCE])
    assert result.score == D(225)  # 300 × 3/4; Advance is not counted
    assert "not counted" in result.explanation_en


def test_maturity_refuses_unknown_practice_codes():
    with pytest.raises(ScoreInputError):
        score_version(tree(leaf("1.1", 500, "maturity", MATURITY)), {"1.1": ["B9"]})


def test_ordinal_level_three_of_four():
    assert one(leaf("2", 20, "ordinal", ORDINAL), 3).score == D(15)


def test_points_range_checks_limits_and_decimals():
    assert one(leaf("3", 10, "points_range"), "7").score == D(7)
    with pytest.raises(ScoreInputError):
        score_version(tree(leaf("3", 10, "points_range")), {"3": "7.5"})
    with pytest.raises(ScoreInputError):
        score_version(tree(leaf("3", 10, "points_range")), {"3": 11})


@pytest.mark.parametrize(
    ("latest", "expected"),
    [(100, 300), (104, 400), (105, 400), (106, 500), (50, 150)],
)
def test_results_bands_higher_is_better(latest, expected):
    value = {"target": 100, "results": {"2564": 10, "2565": 20, "2566": latest}}
    assert one(leaf("7.1", 500, "results"), value).score == D(expected)


def test_results_lower_is_better_and_zero_below_when_configured():
    node = leaf("7.2", 500, "results", {"direction": "lower", "below": "zero"})
    assert one(node, {"target": 10, "results": {"2566": 9}}).score == D(500)  # 11% better
    assert one(node, {"target": 10, "results": {"2566": 12}}).score == D(0)


def test_results_are_capped_at_the_points_of_the_node():
    result = one(leaf("7.1", 400, "results"), {"target": 1, "results": {"2566": 3}})
    assert result.score == D(400)


def test_category_is_the_mean_of_its_items_and_profile_is_not_scored():
    category = ScoreNode(
        "1",
        aggregation="mean",
        children=(leaf("1.1", 500, "maturity", MATURITY), leaf("1.2", 500, "maturity", MATURITY)),
    )
    profile = ScoreNode("P")
    result = score_version(tree(profile, category), {"1.1": [*BASIC, *ADVANCE], "1.2": BASIC})
    assert result.node("1").score == D(350)
    assert result.node("P").score is None
    assert result.total == D(350) and result.maximum == D(500)


def test_weighted_mean_and_missing_inputs():
    parent = ScoreNode(
        "X",
        aggregation="weighted_mean",
        children=(
            leaf("a", 100, "points_range", weight=D(3)),
            leaf("b", 100, "points_range", weight=D(1)),
        ),
    )
    result = score_version(tree(parent), {"a": 80})
    assert result.node("X").score == D(60)
    assert result.node("b").missing


def test_result_records_the_rule_version_and_serialises():
    data = score_version(tree(leaf("1", 70, "percent_band")), {"1": 55}).as_dict()
    assert data["version_label"] == "2566" and data["rounding"] == "half_up"
    assert data["nodes"][0]["score"] == "39"


def test_validate_scale_reports_maturity_sum_and_band_gaps():
    assert validate_scale("maturity", MATURITY, 400)  # 300 + 100 + 100 ≠ 400
    bands = canonical_scale(
        "percent_band",
        {
            "bands": [
                {"key": "a", "min_percent": 0, "max_percent": 40},
                {"key": "b", "min_percent": 50, "max_percent": 100},
            ]
        },
    )
    assert any(part == "bands" for part, _m in validate_scale("percent_band", bands, 10))
    assert validate_scale("percent_band", {}, 10) == []


percents = st.integers(min_value=0, max_value=20).map(lambda n: n * 5)
points = st.integers(min_value=1, max_value=1000)


@given(points, percents, percents)
def test_percent_band_is_bounded_and_monotone(max_points, low, high):
    low, high = sorted((low, high))
    node = leaf("1", max_points, "percent_band")
    a, b = one(node, low).score, one(node, high).score
    assert D(0) <= a <= b <= D(max_points)


practice_sets = st.sets(st.sampled_from([*BASIC, *ADVANCE, *SIGNIFICANCE]))


@given(practice_sets, practice_sets)
def test_maturity_is_bounded_monotone_and_never_counts_above_an_incomplete_level(first, extra):
    node = leaf("1.1", 500, "maturity", MATURITY)
    small, large = one(node, list(first)).score, one(node, list(first | extra)).score
    assert D(0) <= small <= large <= D(500)
    if not set(BASIC) <= first:
        assert small <= 300
    elif not set(ADVANCE) <= first:
        assert small <= 400


@given(
    st.integers(min_value=1, max_value=10_000),
    st.integers(min_value=0, max_value=20_000),
    st.integers(min_value=0, max_value=20_000),
    st.sampled_from(["higher", "lower"]),
)
def test_results_are_bounded_and_monotone(target, first, second, direction):
    node = leaf("7.1", 500, "results", {"direction": direction})
    worse, better = sorted((first, second), reverse=direction == "lower")
    a = one(node, {"target": target, "results": {"2566": worse}}).score
    b = one(node, {"target": target, "results": {"2566": better}}).score
    assert D(0) <= a <= b <= D(500)


@given(
    st.decimals(min_value=0, max_value=10_000, places=3),
    st.sampled_from(["half_up", "half_even", "down"]),
    st.integers(min_value=0, max_value=2),
)
def test_rounding_respects_the_rule(value, rounding, decimals):
    rounded = round_score(value, rounding=rounding, decimals=decimals)
    step = D(1).scaleb(-decimals)
    assert abs(rounded - value) <= step
    assert rounded == rounded.quantize(step)
    if rounding == "down":
        assert rounded <= value
    else:
        assert abs(rounded - value) <= step / 2

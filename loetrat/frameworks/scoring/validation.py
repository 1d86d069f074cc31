"""Checks that a criterion's scale parameters make sense, before anything is stored or approved.

Each problem is (part, message): the part ("scale", "levels", "bands", "practices",
"parameters") lets importers point at the sheet or key to fix."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from .canonical import ITEM_FIELDS, PARAMETERS, PRACTICE_FIELDS, list_key
from .defaults import (
    DEFAULT_MATURITY_LEVELS,
    PERCENT_STEP,
    RESULT_BELOW,
    RESULT_DIRECTIONS,
)
from .numbers import plain, to_decimal

SCALE_TYPES = ("none", "percent_band", "points_range", "ordinal", "maturity", "results")
Problem = tuple[str, str]


def maturity_maxima(levels: list[dict], points: Decimal) -> list[Decimal | None]:
    """Each level's maximum; a level without one takes its default share (60/20/20)."""
    maxima = []
    for index, level in enumerate(levels):
        value = to_decimal(level.get("max_points"))
        if value is None and index < len(DEFAULT_MATURITY_LEVELS) and len(levels) == 3:
            value = points * DEFAULT_MATURITY_LEVELS[index]["share"] / 100
        maxima.append(value)
    return maxima


def _check_keys(scale: dict, scale_type: str) -> list[Problem]:
    allowed = set(PARAMETERS.get(scale_type, {}))
    if list_key(scale_type):
        allowed.add(list_key(scale_type))
    unknown = sorted(set(scale) - allowed)
    if not unknown:
        return []
    return [("scale", _("Unknown scale parameters: %(keys)s.") % {"keys": ", ".join(unknown)})]


def _check_items(scale_type: str, items) -> tuple[list[dict], list[Problem]]:
    key = list_key(scale_type)
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        return [], [(key, _("%(key)s must be a list of entries.") % {"key": key})]
    problems = []
    allowed = {name for name, _kind in ITEM_FIELDS[scale_type][1]}
    if scale_type == "maturity":
        allowed.add("practices")
    seen = set()
    for number, item in enumerate(items, start=1):
        where = f"{key} {number}"
        extra = sorted(set(item) - allowed)
        if extra:
            problems.append(
                (
                    key,
                    _("%(where)s: unknown fields %(fields)s.")
                    % {"where": where, "fields": ", ".join(extra)},
                )
            )
        item_key = str(item.get("key") or "")
        if not item_key:
            problems.append((key, _("%(where)s: a key is required.") % {"where": where}))
        elif item_key in seen:
            problems.append(
                (
                    key,
                    _("%(where)s: the key “%(key)s” is used twice.")
                    % {"where": where, "key": item_key},
                )
            )
        seen.add(item_key)
    return items, problems


def _percent_band(scale: dict) -> list[Problem]:
    if "bands" not in scale:
        return []
    bands, problems = _check_items("percent_band", scale["bands"])
    if problems or not bands:
        return problems or [("bands", _("Give at least one band."))]
    expected = Decimal(0)
    for number, band in enumerate(bands, start=1):
        low, high = to_decimal(band.get("min_percent")), to_decimal(band.get("max_percent"))
        if low is None or high is None:
            problems.append(
                (
                    "bands",
                    _("band %(n)s: min_percent and max_percent must be numbers.") % {"n": number},
                )
            )
            return problems
        if low % PERCENT_STEP or high % PERCENT_STEP or low > high:
            problems.append(
                (
                    "bands",
                    _("band %(n)s: %(low)s–%(high)s must be multiples of 5, lowest first.")
                    % {"n": number, "low": plain(low), "high": plain(high)},
                )
            )
        if low != expected:
            problems.append(
                (
                    "bands",
                    _(
                        "band %(n)s should start at %(expected)s%% so that the "
                        "bands leave no gap and do not overlap."
                    )
                    % {"n": number, "expected": plain(expected)},
                )
            )
        expected = high + PERCENT_STEP
    if expected != 100 + PERCENT_STEP:
        problems.append(("bands", _("The last band must end at 100%.")))
    return problems


def _ordinal(scale: dict) -> list[Problem]:
    levels, problems = _check_items("ordinal", scale.get("levels"))
    if not problems and len(levels) < 2:
        problems.append(("levels", _("An ordinal scale needs at least two levels.")))
    for number, level in enumerate(levels, start=1):
        if not str(level.get("label_th") or "").strip():
            problems.append(("levels", _("level %(n)s: a Thai label is required.") % {"n": number}))
    return problems


def _maturity(scale: dict, points: Decimal) -> list[Problem]:
    levels, problems = _check_items("maturity", scale.get("levels"))
    if problems:
        return problems
    if not levels:
        return [("levels", _("A maturity scale needs its levels, each with practices."))]
    codes: set[str] = set()
    for number, level in enumerate(levels, start=1):
        if not str(level.get("label_th") or "").strip():
            problems.append(("levels", _("level %(n)s: a Thai label is required.") % {"n": number}))
        practices = level.get("practices")
        if not isinstance(practices, list) or not practices:
            problems.append(
                (
                    "practices",
                    _("level %(key)s: list at least one practice.") % {"key": level.get("key")},
                )
            )
            continue
        for practice in practices:
            if not isinstance(practice, dict) or set(practice) - set(PRACTICE_FIELDS):
                problems.append(
                    (
                        "practices",
                        _("level %(key)s: each practice has only code, text_th and text_en.")
                        % {"key": level.get("key")},
                    )
                )
                continue
            code = str(practice.get("code") or "")
            if not code:
                problems.append(
                    (
                        "practices",
                        _("level %(key)s: a practice has no code.") % {"key": level.get("key")},
                    )
                )
            elif code in codes:
                problems.append(
                    ("practices", _("practice %(code)s is listed twice.") % {"code": code})
                )
            if not str(practice.get("text_th") or "").strip():
                problems.append(
                    (
                        "practices",
                        _("practice %(code)s: a Thai text is required.") % {"code": code or "?"},
                    )
                )
            codes.add(code)
    maxima = maturity_maxima(levels, points)
    if any(value is None or value < 0 for value in maxima):
        problems.append(("levels", _("Every level needs max_points of zero or more.")))
    elif sum(maxima) != points:
        problems.append(
            (
                "levels",
                _(
                    "The levels' maxima add up to %(sum)s but the criterion is "
                    "worth %(points)s points."
                )
                % {"sum": plain(sum(maxima)), "points": plain(points)},
            )
        )
    return problems


def _results(scale: dict) -> list[Problem]:
    problems = []
    if scale.get("direction") not in RESULT_DIRECTIONS:
        problems.append(("parameters", _("direction must be “higher” or “lower”.")))
    if scale.get("below") not in RESULT_BELOW:
        problems.append(("parameters", _("below must be “proportional” or “zero”.")))
    target = scale.get("target")
    if target not in (None, "") and (to_decimal(target) is None or to_decimal(target) <= 0):
        problems.append(("parameters", _("target must be a number above zero.")))
    if "bands" not in scale:
        return problems
    bands, band_problems = _check_items("results", scale["bands"])
    problems += band_problems
    if band_problems:
        return problems
    if not bands:
        return [*problems, ("bands", _("Give at least one band."))]
    previous_limit, previous_points = Decimal(-1), Decimal(0)
    for number, band in enumerate(bands, start=1):
        limit, points = band.get("up_to_percent"), to_decimal(band.get("points"))
        last = number == len(bands)
        if points is None or points < previous_points:
            problems.append(
                (
                    "bands",
                    _("band %(n)s: points must be a number, never below the band before.")
                    % {"n": number},
                )
            )
        elif last and limit is not None:
            problems.append(
                ("bands", _("The last band must have no upper limit (leave up_to_percent empty)."))
            )
        elif not last and (to_decimal(limit) is None or to_decimal(limit) <= previous_limit):
            problems.append(
                (
                    "bands",
                    _("band %(n)s: up_to_percent must be a number above the band before.")
                    % {"n": number},
                )
            )
        else:
            previous_limit = to_decimal(limit) if limit is not None else previous_limit
            previous_points = points
    return problems


def validate_scale(scale_type: str, scale, points) -> list[Problem]:
    """Every problem with a scale (in canonical form) for a criterion worth `points`."""
    if scale_type not in SCALE_TYPES:
        return [("scale", _("Unknown scale type “%(type)s”.") % {"type": scale_type})]
    if not isinstance(scale, dict):
        return [("scale", _("The scale parameters must be an object."))]
    if scale_type == "none":
        if scale:
            return [
                ("scale", _("A criterion that is not scored directly has no scale parameters."))
            ]
        return []
    points = to_decimal(points)
    problems = _check_keys(scale, scale_type)
    if points is None or points <= 0:
        problems.append(("scale", _("A scored criterion needs points above zero.")))
        return problems
    if scale_type == "percent_band":
        problems += _percent_band(scale)
    elif scale_type == "ordinal":
        problems += _ordinal(scale)
    elif scale_type == "maturity":
        problems += _maturity(scale, points)
    elif scale_type == "results":
        problems += _results(scale)
    return problems

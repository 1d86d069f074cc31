"""Scoring one scored criterion from its input. Each function returns the unrounded score and
an explanation in Thai and English; the caller rounds by the version's rule."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from .defaults import DEFAULT_PERCENT_BANDS, DEFAULT_RESULT_BANDS, PERCENT_STEP
from .numbers import plain, to_decimal
from .validation import maturity_maxima


class InputError(ValueError):
    """One criterion's input cannot be scored; the message says what to enter instead."""


Scored = tuple[Decimal, str, str]


def _percent_band(points: Decimal, scale: dict, value, decimals: int) -> Scored:
    percent = to_decimal(value)
    if percent is None or percent < 0 or percent > 100 or percent % PERCENT_STEP:
        raise InputError(_("Enter a percentage from 0 to 100 in steps of 5 (0, 5, 10 … 100)."))
    bands = scale.get("bands") or DEFAULT_PERCENT_BANDS
    band = next(
        (
            b
            for b in bands
            if to_decimal(b["min_percent"]) <= percent <= to_decimal(b["max_percent"])
        ),
        bands[-1],
    )
    score = points * percent / 100
    p, s = plain(percent), plain(score)
    return (
        score,
        f"{p}% (ช่วง {band['key']} {band['label_th']}) × {plain(points)} คะแนน = {s}",
        f"{p}% (band {band['key']} {band['label_en']}) × {plain(points)} points = {s}",
    )


def _points_range(points: Decimal, scale: dict, value, decimals: int) -> Scored:
    number = to_decimal(value)
    if number is None or number < 0 or number > points:
        raise InputError(_("Enter points from 0 to %(max)s.") % {"max": plain(points)})
    if number != number.quantize(Decimal(1).scaleb(-decimals)):
        raise InputError(
            _("Enter points with at most %(decimals)s decimal places.") % {"decimals": decimals}
        )
    s = plain(number)
    return number, f"ให้ {s} จาก {plain(points)} คะแนน", f"{s} of {plain(points)} points given"


def _ordinal(points: Decimal, scale: dict, value, decimals: int) -> Scored:
    levels = scale["levels"]
    level = to_decimal(value)
    if level is None or level != level.to_integral_value() or not 1 <= level <= len(levels):
        raise InputError(_("Choose a level from 1 to %(n)s.") % {"n": len(levels)})
    chosen = levels[int(level) - 1]
    score = points * level / len(levels)
    n, s = len(levels), plain(score)
    return (
        score,
        f"ระดับ {int(level)} จาก {n} ({chosen['label_th']}) × {plain(points)} คะแนน = {s}",
        f"level {int(level)} of {n} ({chosen['label_en'] or chosen['label_th']}) "
        f"× {plain(points)} points = {s}",
    )


def _maturity(points: Decimal, scale: dict, value, decimals: int) -> Scored:
    if isinstance(value, str):
        value = [code.strip() for code in value.replace(";", ",").split(",") if code.strip()]
    if not isinstance(value, list | tuple | set | frozenset):
        raise InputError(_("List the codes of the practices that are met."))
    levels = scale["levels"]
    known = {p["code"] for level in levels for p in level["practices"]}
    met = {str(code) for code in value}
    unknown = sorted(met - known)
    if unknown:
        raise InputError(_("Unknown practice codes: %(codes)s.") % {"codes": ", ".join(unknown)})
    total, parts_th, parts_en, below_complete = Decimal(0), [], [], True
    for level, maximum in zip(levels, maturity_maxima(levels, points), strict=True):
        codes = [p["code"] for p in level["practices"]]
        done = sum(1 for code in codes if code in met)
        name_th, name_en = level["label_th"], level["label_en"] or level["label_th"]
        if not below_complete:
            parts_th.append(f"{name_th} {done}/{len(codes)} ไม่นับ เพราะระดับก่อนหน้ายังไม่ครบ")
            parts_en.append(
                f"{name_en} {done}/{len(codes)} not counted: the level below is incomplete"
            )
            continue
        gained = maximum * done / len(codes)
        total += gained
        parts_th.append(f"{name_th} {done}/{len(codes)} × {plain(maximum)} = {plain(gained)}")
        parts_en.append(f"{name_en} {done}/{len(codes)} × {plain(maximum)} = {plain(gained)}")
        below_complete = done == len(codes)
    return (
        total,
        "; ".join(parts_th) + f"; รวม {plain(total)} จาก {plain(points)}",
        "; ".join(parts_en) + f"; total {plain(total)} of {plain(points)}",
    )


def _results_input(scale: dict, value) -> tuple[Decimal, str, Decimal]:
    if not isinstance(value, dict):
        raise InputError(_("Give the target and the results by year."))
    target = to_decimal(value.get("target", scale.get("target")))
    if target is None or target <= 0:
        raise InputError(_("Give a target above zero."))
    results = value.get("results")
    if isinstance(results, list):
        results = {
            str(row.get("year")): row.get("value") for row in results if isinstance(row, dict)
        }
    if not isinstance(results, dict) or not results:
        raise InputError(_("Give at least one yearly result."))
    parsed = {str(year).strip(): to_decimal(result) for year, result in results.items()}
    if any(not year.isdigit() or result is None for year, result in parsed.items()):
        raise InputError(_("Each result needs a year (e.g. 2566) and a number."))
    latest_year = max(parsed, key=int)
    return target, latest_year, parsed[latest_year]


def _results(points: Decimal, scale: dict, value, decimals: int) -> Scored:
    target, year, latest = _results_input(scale, value)
    if latest < 0:
        raise InputError(_("Results cannot be negative."))
    bands = scale.get("bands") or DEFAULT_RESULT_BANDS
    higher = scale.get("direction", "higher") == "higher"
    # a zero result where lower is better beats any target: attainment None means "beyond"
    attainment = latest / target if higher else (target / latest if latest else None)
    if attainment is None or attainment >= 1:
        excess = (attainment - 1) * 100 if attainment is not None else None
        band = next(
            b
            for b in bands
            if b["up_to_percent"] is None
            or (excess is not None and excess <= to_decimal(b["up_to_percent"]))
        )
        raw = to_decimal(band["points"])
        why_th, why_en = band["label_th"], band["label_en"] or band["label_th"]
    elif scale.get("below", "proportional") == "proportional":
        raw = to_decimal(bands[0]["points"]) * attainment
        why_th = (
            f"ต่ำกว่าเป้าหมาย ได้ตามสัดส่วน {plain(to_decimal(bands[0]['points']))} × "
            f"{plain(round(attainment, 4))}"
        )
        why_en = (
            f"below target, proportional {plain(to_decimal(bands[0]['points']))} × "
            f"{plain(round(attainment, 4))}"
        )
    else:
        raw, why_th, why_en = Decimal(0), "ต่ำกว่าเป้าหมาย ได้ 0", "below target, 0"
    score = min(raw, points)
    capped_th = f" (สูงสุด {plain(points)})" if raw > points else ""
    capped_en = f" (capped at {plain(points)})" if raw > points else ""
    rate = plain(round(attainment * 100, 2)) + "%" if attainment is not None else "∞"
    return (
        score,
        f"ผลปี {year} = {plain(latest)} เป้าหมาย {plain(target)} ({rate}): {why_th} = "
        f"{plain(score)}{capped_th}",
        f"{year} result {plain(latest)} against target {plain(target)} ({rate}): {why_en} = "
        f"{plain(score)}{capped_en}",
    )


SCORERS = {
    "percent_band": _percent_band,
    "points_range": _points_range,
    "ordinal": _ordinal,
    "maturity": _maturity,
    "results": _results,
}


def score_leaf(scale_type: str, points: Decimal, scale: dict, value, *, decimals: int) -> Scored:
    """The unrounded score of one scored criterion; InputError when the input is unusable."""
    return SCORERS[scale_type](points, scale, value, decimals)

"""Decimal helpers shared by the scales and the scorer: parsing, rounding, canonical JSON."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

ROUNDING_MODES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "down": ROUND_DOWN}


def to_decimal(value) -> Decimal | None:
    """A finite Decimal from a number or numeric text; None when it is not one."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def round_score(value: Decimal, *, rounding: str, decimals: int) -> Decimal:
    """Round by the version's rule: half_up, half_even or down, to 0..2 places."""
    quantum = Decimal(1).scaleb(-decimals)
    return value.quantize(quantum, rounding=ROUNDING_MODES[rounding])


def plain(value: Decimal | None) -> str:
    """Decimal as short text for explanations: 70, 38.5, 33.33 (never 7E+1, 38.50 or
    33.333333...; scores themselves are rounded by the version's rule, not here)."""
    if value is None:
        return ""
    if value.as_tuple().exponent < -2:
        value = value.quantize(Decimal("0.01"))
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def json_number(value):
    """A number as JSON wants it: an int when whole, otherwise a float."""
    number = to_decimal(value)
    if number is None:
        return None
    if number == number.to_integral_value():
        return int(number)
    return float(number)

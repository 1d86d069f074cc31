"""Template filters for Thai conventions, following the active language.

Loaded as a template builtin, so it imports only the pure helpers in ``loetrat.core.thai``
and never touches the database. Like Django's own filters, these render "" for values of
the wrong type instead of raising.

    {{ meeting.date|thaidate }}             19 พฤศจิกายน 2562 / 19 November 2019
    {{ meeting.date|thaidate:"short" }}     19 พ.ย. 2562 / 19 Nov 2019
    {{ meeting.starts_at|thaidatetime }}    19 พฤศจิกายน 2562 เวลา 13:30 น.
    {{ event.occurred_at|thaidatetime:"seconds" }}  19 พฤศจิกายน 2562 เวลา 13:30:05 น.
    {{ 2019|be_year }}                      2562 (in every language)
    {{ 2019|display_year }}                 2562 / 2019
    {{ meeting.date|fiscal_year }}          ปีงบประมาณ พ.ศ. 2563 / Fiscal year 2020
    {{ meeting|meeting_number }}            ครั้งที่ 4/2562 / Meeting 4/2562 (2019)
    {{ meeting|meeting_number:"short" }}    4/2562
    {{ 1043|thai_words }}                   หนึ่งพันสี่สิบสาม
    {{ budget|baht_text }}                  หนึ่งร้อยบาทถ้วน
    {{ "4/2562"|thai_digits }}              ๔/๒๕๖๒
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django import template

from loetrat.core.thai import dates, fiscal, numbering, words

register = template.Library()


@register.filter
def thaidate(value: Any, style: str = "long") -> str:
    """A date (or datetime) as "long", "short" or "numeric" in the active language."""
    if not isinstance(value, date):
        return ""
    return dates.format_date(value, style=style)


@register.filter
def thaidatetime(value: Any, precision: str = "") -> str:
    """A datetime with its time in the active language (to the second with "seconds"); a plain
    date shows the date only."""
    if not isinstance(value, date):
        return ""
    return dates.format_datetime(value, seconds=precision == "seconds")


def _year(value: Any) -> int | None:
    if isinstance(value, date):
        return value.year
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@register.filter
def be_year(value: Any) -> int | str:
    """A Gregorian year (or a date's year) in the Buddhist Era, whatever the language."""
    year = _year(value)
    return "" if year is None else dates.be_year(year)


@register.filter
def display_year(value: Any) -> int | str:
    """A Gregorian year (or a date's year) as BE in Thai and unchanged in English."""
    year = _year(value)
    if year is None:
        return ""
    return dates.be_year(year) if dates.resolve_language() == "th" else year


@register.filter
def fiscal_year(value: Any) -> str:
    """The label of the fiscal year containing a date: "ปีงบประมาณ พ.ศ. 2566"."""
    if not isinstance(value, date):
        return ""
    return fiscal.fiscal_year_label(fiscal.fiscal_year_of(value))


@register.filter
def meeting_number(value: Any, style: str = "label") -> str:
    """A meeting's number from an object with ``sequence`` and ``year_be`` or a 2-tuple.

    The default is the language-aware label ("ครั้งที่ 4/2562"); ``"short"`` gives the bare
    official number "4/2562".
    """
    try:
        if isinstance(value, tuple | list):
            sequence, year_be = value
        else:
            sequence, year_be = value.sequence, value.year_be
        if style == "short":
            return numbering.format_meeting_number(sequence, year_be)
        return numbering.meeting_label(sequence, year_be)
    except (AttributeError, TypeError, ValueError):
        return ""


@register.filter
def thai_words(value: Any) -> str:
    """A number read out in Thai words: 1043 -> "หนึ่งพันสี่สิบสาม"."""
    if value is None or value == "":
        return ""
    try:
        return words.number_to_thai_words(value)
    except (TypeError, ValueError):
        return ""


@register.filter
def baht_text(value: Any) -> str:
    """An amount of money in Thai words: 100 -> "หนึ่งร้อยบาทถ้วน"."""
    if value is None or value == "":
        return ""
    try:
        return words.baht_text(value)
    except (TypeError, ValueError):
        return ""


@register.filter
def thai_digits(value: Any) -> str:
    """Text with Arabic digits replaced by Thai digits: "4/2562" -> "๔/๒๕๖๒"."""
    return "" if value is None else words.to_thai_digits(str(value))

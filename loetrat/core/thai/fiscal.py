"""The Thai government fiscal year (ปีงบประมาณ).

It runs from 1 October to 30 September and is named by the Buddhist Era year in which it
ends: FY2566 (ปีงบประมาณ พ.ศ. 2566) is 1 October 2022 to 30 September 2023. Quarters and
halves count from October: quarter 1 is October-December, half 1 is October-March.
"""

from __future__ import annotations

from datetime import date

from .dates import be_year, ce_year, local_date, resolve_language

__all__ = [
    "FISCAL_YEAR_START_MONTH",
    "fiscal_half",
    "fiscal_quarter",
    "fiscal_year_label",
    "fiscal_year_of",
    "fiscal_year_range",
]

FISCAL_YEAR_START_MONTH = 10


def fiscal_year_of(d: date) -> int:
    """The Buddhist Era fiscal year containing ``d``: 2022-10-01 and 2023-09-30 -> 2566.

    Aware datetimes are converted to local time first.
    """
    day = local_date(d)
    year = day.year + 1 if day.month >= FISCAL_YEAR_START_MONTH else day.year
    return be_year(year)


def fiscal_year_range(be_fiscal_year: int) -> tuple[date, date]:
    """First and last day of a Buddhist Era fiscal year: 2566 -> (2022-10-01, 2023-09-30)."""
    end_year = ce_year(be_fiscal_year)
    return date(end_year - 1, FISCAL_YEAR_START_MONTH, 1), date(end_year, 9, 30)


def fiscal_year_label(be_year: int, *, lang: str | None = None) -> str:
    """Name a fiscal year: "ปีงบประมาณ พ.ศ. 2566" in Thai, "Fiscal year 2023" in English.

    ``be_year`` is the Buddhist Era fiscal year; English shows the Gregorian number.
    """
    if resolve_language(lang) == "th":
        return f"ปีงบประมาณ พ.ศ. {int(be_year)}"
    return f"Fiscal year {ce_year(be_year)}"


def fiscal_quarter(d: date) -> int:
    """Fiscal quarter 1-4 of ``d``: 1 = Oct-Dec, 2 = Jan-Mar, 3 = Apr-Jun, 4 = Jul-Sep."""
    month = local_date(d).month
    return (month - FISCAL_YEAR_START_MONTH) % 12 // 3 + 1


def fiscal_half(d: date) -> int:
    """Fiscal half-year of ``d``: 1 for October-March, 2 for April-September."""
    return 1 if fiscal_quarter(d) <= 2 else 2

"""The Thai fiscal year: 1 October - 30 September, named by the BE year in which it ends."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils import timezone, translation
from hypothesis import given
from hypothesis import strategies as st

from loetrat.core.thai.fiscal import (
    fiscal_half,
    fiscal_quarter,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_range,
)

any_date = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


def test_fy2566_range():
    assert fiscal_year_range(2566) == (date(2022, 10, 1), date(2023, 9, 30))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2022, 9, 30), 2565),
        (date(2022, 10, 1), 2566),
        (date(2023, 1, 1), 2566),
        (date(2023, 9, 30), 2566),
        (date(2023, 10, 1), 2567),
        (date(2019, 11, 19), 2563),
    ],
)
def test_fiscal_year_of(day, expected):
    assert fiscal_year_of(day) == expected


def test_fiscal_year_of_aware_datetime_uses_local_date():
    late_utc = datetime(2022, 9, 30, 18, 0, tzinfo=UTC)  # 1 October 01:00 in Bangkok
    with timezone.override("Asia/Bangkok"):
        assert fiscal_year_of(late_utc) == 2566
    with timezone.override("UTC"):
        assert fiscal_year_of(late_utc) == 2565


def test_fiscal_year_label():
    assert fiscal_year_label(2566, lang="th") == "ปีงบประมาณ พ.ศ. 2566"
    assert fiscal_year_label(2566, lang="en") == "Fiscal year 2023"
    with translation.override("en"):
        assert fiscal_year_label(2566) == "Fiscal year 2023"
    with translation.override("th"):
        assert fiscal_year_label(2566) == "ปีงบประมาณ พ.ศ. 2566"


@pytest.mark.parametrize(
    ("month", "quarter", "half"),
    [
        (10, 1, 1),
        (11, 1, 1),
        (12, 1, 1),
        (1, 2, 1),
        (2, 2, 1),
        (3, 2, 1),
        (4, 3, 2),
        (5, 3, 2),
        (6, 3, 2),
        (7, 4, 2),
        (8, 4, 2),
        (9, 4, 2),
    ],
)
def test_quarters_and_halves(month, quarter, half):
    day = date(2023, month, 15)
    assert fiscal_quarter(day) == quarter
    assert fiscal_half(day) == half


@given(any_date)
def test_every_date_lies_in_its_fiscal_year(day):
    start, end = fiscal_year_range(fiscal_year_of(day))
    assert start <= day <= end
    assert (start.month, start.day, end.month, end.day) == (10, 1, 9, 30)


@given(st.integers(min_value=2444, max_value=2743))
def test_fiscal_years_are_contiguous(be_fiscal_year):
    start, end = fiscal_year_range(be_fiscal_year)
    next_start, _ = fiscal_year_range(be_fiscal_year + 1)
    assert next_start == end + timedelta(days=1)
    assert (end - start).days + 1 in (365, 366)
    assert fiscal_year_of(start) == fiscal_year_of(end) == be_fiscal_year

"""Buddhist Era dates: formatting in both languages, parsing both eras, round trips."""

from datetime import UTC, date, datetime

import pytest
from django.utils import timezone, translation
from hypothesis import given
from hypothesis import strategies as st

from loetrat.core.thai.dates import (
    BE_THRESHOLD,
    BE_YEARS,
    CE_YEARS,
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    be_year,
    ce_year,
    format_date,
    format_datetime,
    parse_date,
    resolve_language,
)
from loetrat.core.thai.words import to_thai_digits

NOV_19 = date(2019, 11, 19)
dates_1900_2200 = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
languages = st.sampled_from(["th", "en"])
styles = st.sampled_from(["long", "short", "numeric"])


def test_month_names():
    assert len(THAI_MONTHS) == len(THAI_MONTHS_ABBR) == 12
    assert THAI_MONTHS[0] == "มกราคม"
    assert THAI_MONTHS[10] == "พฤศจิกายน"
    assert THAI_MONTHS[11] == "ธันวาคม"
    assert THAI_MONTHS_ABBR[0] == "ม.ค."
    assert THAI_MONTHS_ABBR[10] == "พ.ย."
    assert THAI_MONTHS_ABBR[11] == "ธ.ค."


def test_era_conversion():
    assert be_year(2019) == 2562
    assert ce_year(2562) == 2019
    assert ce_year(be_year(1957)) == 1957


@pytest.mark.parametrize(
    ("lang", "style", "expected"),
    [
        ("th", "long", "19 พฤศจิกายน 2562"),
        ("th", "short", "19 พ.ย. 2562"),
        ("th", "numeric", "19/11/2562"),
        ("en", "long", "19 November 2019"),
        ("en", "short", "19 Nov 2019"),
        ("en", "numeric", "19/11/2019"),
        ("en-gb", "long", "19 November 2019"),
    ],
)
def test_format_date_worked_example(lang, style, expected):
    assert format_date(NOV_19, lang=lang, style=style) == expected


def test_format_date_pads_only_numeric():
    march_5 = date(2020, 3, 5)
    assert format_date(march_5, lang="th") == "5 มีนาคม 2563"
    assert format_date(march_5, lang="th", style="short") == "5 มี.ค. 2563"
    assert format_date(march_5, lang="th", style="numeric") == "05/03/2563"
    assert format_date(march_5, lang="en", style="numeric") == "05/03/2020"


def test_format_date_none_and_bad_style():
    assert format_date(None, lang="th") == ""
    with pytest.raises(ValueError, match="Unknown date style"):
        format_date(NOV_19, lang="th", style="medium")


def test_format_date_follows_active_language():
    with translation.override("th"):
        assert resolve_language() == "th"
        assert format_date(NOV_19) == "19 พฤศจิกายน 2562"
    with translation.override("en"):
        assert resolve_language() == "en"
        assert format_date(NOV_19) == "19 November 2019"


def test_aware_datetime_uses_current_time_zone():
    evening_utc = datetime(2019, 11, 18, 18, 30, tzinfo=UTC)  # 01:30 on the 19th in Bangkok
    with timezone.override("Asia/Bangkok"):
        assert format_date(evening_utc, lang="th") == "19 พฤศจิกายน 2562"
        assert format_datetime(evening_utc, lang="th") == "19 พฤศจิกายน 2562 เวลา 01:30 น."
    with timezone.override("UTC"):
        assert format_date(evening_utc, lang="en") == "18 November 2019"


def test_format_datetime_worked_example():
    with timezone.override("Asia/Bangkok"):
        value = timezone.make_aware(datetime(2019, 11, 19, 13, 30))
        assert format_datetime(value, lang="th") == "19 พฤศจิกายน 2562 เวลา 13:30 น."
        assert format_datetime(value, lang="en") == "19 November 2019, 13:30"
    naive = datetime(2019, 11, 19, 9, 5)
    assert format_datetime(naive, lang="th") == "19 พฤศจิกายน 2562 เวลา 09:05 น."
    assert format_datetime(NOV_19, lang="en") == "19 November 2019"
    assert format_datetime(None, lang="th") == ""


@pytest.mark.parametrize(
    "text",
    [
        "19/11/2562",
        "19-11-2562",
        "19.11.2562",
        "2562-11-19",
        "19 พฤศจิกายน 2562",
        "19 พ.ย. 2562",
        "19 พย 2562",
        "19พ.ย.2562",
        "วันที่ 19 พฤศจิกายน พ.ศ. 2562",
        "๑๙/๑๑/๒๕๖๒",
        "๑๙ พฤศจิกายน ๒๕๖๒",
        "  19 / 11 / 2562  ",
        "19/11/2019",
        "2019-11-19",
        "2019/11/19",
        "19 November 2019",
        "19 Nov 2019",
        "19 nov. 2019",
        "19-Nov-2019",
        "19th November 2019",
        "November 19, 2019",
        "Nov 19 2019",
        "19 November 2019 AD",
        "19 พฤศจิกายน ค.ศ. 2019",
        "19 November 2562 BE",
    ],
)
def test_parse_date_accepted_forms(text):
    assert parse_date(text, lang="th") == NOV_19


def test_parse_date_single_digit_day_and_month():
    assert parse_date("5/3/2563") == date(2020, 3, 5)
    assert parse_date("5 มี.ค. 2563") == date(2020, 3, 5)
    assert parse_date("1 Sept 2020") == date(2020, 9, 1)


def test_parse_date_eras_are_told_apart_by_range():
    """A four-digit year in BE_YEARS is Buddhist Era, one in CE_YEARS Gregorian, whatever the
    language; the ranges do not overlap and other years are refused."""
    assert BE_THRESHOLD == 2400
    assert not set(BE_YEARS) & set(CE_YEARS)
    assert parse_date("01/01/2399", lang="th") == date(1856, 1, 1)
    assert parse_date("01/01/2400", lang="en") == date(1857, 1, 1)
    assert parse_date("19/11/2562", lang="en") == NOV_19
    assert parse_date("19/11/2019", lang="th") == NOV_19
    # ISO order with a Buddhist Era year is Buddhist Era, not the year 2564 (shown as 3107)
    assert parse_date("2564-10-01") == date(2021, 10, 1)
    assert parse_date("2021-10-01") == date(2021, 10, 1)


def test_parse_date_two_digit_years_are_buddhist_era():
    assert parse_date("1/10/64") == date(2021, 10, 1)
    assert parse_date("1 ต.ค. 64") == date(2021, 10, 1)
    assert parse_date("๑/๑๐/๖๔") == date(2021, 10, 1)
    assert parse_date("19/11/19") == date(1976, 11, 19)


def test_parse_date_an_era_marker_must_agree():
    assert parse_date("1 มกราคม พ.ศ. 2564") == date(2021, 1, 1)
    assert parse_date("1 January 2021 CE") == date(2021, 1, 1)
    for text in ("1 มกราคม พ.ศ. 2021", "1 January 2564 CE", "1 January 21 CE"):
        with pytest.raises(ValueError):
            parse_date(text, lang="en")


@pytest.mark.parametrize("text", ["1/1/0300", "1 Jan 9000", "1 January 2500 CE", "31/12/2799"])
def test_parse_date_refuses_implausible_years(text):
    with pytest.raises(ValueError, match="not a year of the Buddhist Era"):
        parse_date(text, lang="en")


def test_parse_date_leap_years_in_buddhist_era():
    assert parse_date("29/02/2563") == date(2020, 2, 29)  # 2020 is a leap year
    with pytest.raises(ValueError):
        parse_date("29/02/2562")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "31/02/2562",
        "31/04/2019",
        "00/11/2562",
        "19/13/2562",
        "19/11/6",
        "19 พ.ย. 623",
        "19/11-2562",
        "19 Foo 2562",
        "19 พฤศจิกา 2562",
        "hello",
        "2562",
        "19/11/25620",
        "1 January พ.ศ. 2562 BE",
        "19 Nov 0000",
    ],
)
def test_parse_date_rejects(text):
    with pytest.raises(ValueError):
        parse_date(text, lang="en")


def test_parse_date_error_messages_follow_language():
    with pytest.raises(ValueError, match="not a valid date"):
        parse_date("31/02/2562", lang="en")
    with pytest.raises(ValueError, match="ไม่ใช่วันที่ที่มีอยู่จริง"):
        parse_date("31/02/2562", lang="th")
    with pytest.raises(ValueError, match="day/month/year"):
        parse_date("19/11/6", lang="en")
    with pytest.raises(ValueError, match="วัน/เดือน/ปี"):
        parse_date("19/11/6", lang="th")
    with pytest.raises(ValueError, match="Unknown month 'Foo'"):
        parse_date("19 Foo 2562", lang="en")
    with pytest.raises(ValueError, match="Enter a date"):
        parse_date("", lang="en")
    with translation.override("th"), pytest.raises(ValueError, match="กรุณาระบุวันที่"):
        parse_date("")


@given(day=dates_1900_2200, lang=languages)
def test_numeric_round_trip(day, lang):
    assert parse_date(format_date(day, lang=lang, style="numeric"), lang=lang) == day


@given(day=dates_1900_2200, lang=languages, style=styles)
def test_every_style_round_trips(day, lang, style):
    assert parse_date(format_date(day, lang=lang, style=style)) == day


@given(day=dates_1900_2200, lang=languages)
def test_thai_digit_round_trip(day, lang):
    assert parse_date(to_thai_digits(format_date(day, lang=lang, style="numeric"))) == day


@given(day=dates_1900_2200)
def test_thai_numeric_shows_buddhist_era_year(day):
    text = format_date(day, lang="th", style="numeric")
    assert text == f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


@given(day=st.dates(min_value=date(1957, 1, 1), max_value=date(2056, 12, 31)))
def test_two_digit_buddhist_years_round_trip(day):
    short_year = f"{day.year + 543:04d}"[2:]
    assert parse_date(f"{day.day}/{day.month}/{short_year}") == day
    assert parse_date(f"{day.day} {THAI_MONTHS_ABBR[day.month - 1]} {short_year}") == day


@given(day=st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)), lang=languages)
def test_every_accepted_year_round_trips_in_iso_and_both_eras(day, lang):
    assert parse_date(day.isoformat(), lang=lang) == day
    assert parse_date(format_date(day, lang=lang, style="numeric"), lang=lang) == day


@given(
    year=st.integers(min_value=0, max_value=9999).filter(
        lambda y: y not in CE_YEARS and y not in BE_YEARS
    )
)
def test_a_year_outside_both_eras_is_never_accepted(year):
    with pytest.raises(ValueError):
        parse_date(f"1/1/{year:04d}")

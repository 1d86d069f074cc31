"""Thai calendar conventions: Buddhist Era years, Thai month names, formatting and parsing.

Formatting follows the active Django language (Thai unless English is active): Thai shows
Buddhist Era (พ.ศ.) years, English shows Gregorian years.

Parsing accepts both eras in either language. A four-digit year of 2400 or more is read as a
Buddhist Era year and anything below as Gregorian: BE 2400 is 1857 CE, so no year a user of
this platform means is ambiguous. An explicit era marker ("พ.ศ.", "ค.ศ.", "BE", "CE", "AD")
overrides the rule.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation

from .words import to_arabic_digits

__all__ = [
    "BE_OFFSET",
    "BE_THRESHOLD",
    "BE_YEARS",
    "CE_YEARS",
    "ENGLISH_MONTHS",
    "ENGLISH_MONTHS_ABBR",
    "STYLES",
    "THAI_MONTHS",
    "THAI_MONTHS_ABBR",
    "be_year",
    "ce_year",
    "format_date",
    "format_datetime",
    "local_date",
    "is_plausible",
    "parse_date",
    "resolve_language",
]

BE_OFFSET = 543
# Four-digit years at or above this are Buddhist Era when parsing (BE 2400 = 1857 CE).
BE_THRESHOLD = 2400
# The years a date typed into Loetrat may fall in: from the founding of the oldest ministries to
# well past any plan. A four-digit year is Buddhist Era when it falls in the BE range, Gregorian
# in the CE range (the two never overlap), and refused otherwise.
CE_YEARS = range(1800, 2201)
BE_YEARS = range(CE_YEARS.start + 543, CE_YEARS.stop + 543)
STYLES = ("long", "short", "numeric")
_DEFAULT_TIME_ZONE = "Asia/Bangkok"

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_MONTHS_ABBR = tuple(name[:3] for name in ENGLISH_MONTHS)


def resolve_language(lang: str | None = None) -> str:
    """Return "en" for English language codes and "th" for everything else.

    ``None`` means the active Django language, or Thai when no language is active or Django
    settings are not configured.
    """
    if lang is None:
        lang = translation.get_language() if settings.configured else None
    return "en" if (lang or "th").lower().startswith("en") else "th"


def be_year(year: int) -> int:
    """Convert a Gregorian (CE) year to the Buddhist Era: 2019 -> 2562."""
    return int(year) + BE_OFFSET


def ce_year(be: int) -> int:
    """Convert a Buddhist Era year to the Gregorian (CE) calendar: 2562 -> 2019."""
    return int(be) - BE_OFFSET


def _localtime(value: datetime) -> datetime:
    """Convert an aware datetime to the current Django time zone (Asia/Bangkok by default)."""
    if settings.configured:
        return timezone.localtime(value)
    return value.astimezone(ZoneInfo(_DEFAULT_TIME_ZONE))


def local_date(value: date) -> date:
    """The calendar date of ``value``; aware datetimes are first converted to local time."""
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = _localtime(value)
        return value.date()
    return value


def format_date(value: date | None, *, lang: str | None = None, style: str = "long") -> str:
    """Format a date for display in the given (or active) language.

    Styles: "long" (19 พฤศจิกายน 2562 / 19 November 2019), "short" (19 พ.ย. 2562 /
    19 Nov 2019) and "numeric" (19/11/2562 / 19/11/2019, zero-padded day and month).
    Aware datetimes are converted to the current time zone first; ``None`` gives "".
    """
    if style not in STYLES:
        raise ValueError(f"Unknown date style {style!r}; use one of {', '.join(STYLES)}")
    if value is None:
        return ""
    day = local_date(value)
    thai = resolve_language(lang) == "th"
    year = be_year(day.year) if thai else day.year
    if style == "numeric":
        return f"{day.day:02d}/{day.month:02d}/{year:04d}"
    if style == "long":
        month = (THAI_MONTHS if thai else ENGLISH_MONTHS)[day.month - 1]
    else:
        month = (THAI_MONTHS_ABBR if thai else ENGLISH_MONTHS_ABBR)[day.month - 1]
    return f"{day.day} {month} {year}"


def format_datetime(
    value: datetime | date | None, *, lang: str | None = None, seconds: bool = False
) -> str:
    """Format a date and time: "19 พฤศจิกายน 2562 เวลา 13:30 น." / "19 November 2019, 13:30",
    with ``seconds`` "19 พฤศจิกายน 2562 เวลา 13:30:05 น." / "19 November 2019, 13:30:05".

    Aware datetimes are shown in the current time zone; a plain date is formatted without a
    time and ``None`` gives "".
    """
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return format_date(value, lang=lang)
    if timezone.is_aware(value):
        value = _localtime(value)
    thai = resolve_language(lang) == "th"
    day = format_date(value, lang=lang)
    clock = f"{value.hour:02d}:{value.minute:02d}"
    if seconds:
        clock += f":{value.second:02d}"
    return f"{day} เวลา {clock} น." if thai else f"{day}, {clock}"


# --- parsing -------------------------------------------------------------------------------

_MESSAGES = {
    "empty": {"en": "Enter a date.", "th": "กรุณาระบุวันที่"},
    "format": {
        "en": "Unrecognised date {text!r}: write day/month/year, e.g. 19/11/2562, 19/11/62 "
        "or 19/11/2019.",
        "th": "ไม่รู้จักรูปแบบวันที่ {text!r}: ให้เขียน วัน/เดือน/ปี เช่น 19/11/2562, 19/11/62 หรือ 19/11/2019",
    },
    "year": {
        "en": "The year in {text!r} is not a year of the Buddhist Era ({be_first}–{be_last}) or "
        "of the Common Era ({ce_first}–{ce_last}).",
        "th": "ปีใน {text!r} ไม่อยู่ในช่วงปีพุทธศักราช ({be_first}–{be_last}) หรือคริสต์ศักราช "
        "({ce_first}–{ce_last})",
    },
    "month": {
        "en": "Unknown month {month!r} in {text!r}.",
        "th": "ไม่รู้จักชื่อเดือน {month!r} ใน {text!r}",
    },
    "era": {
        "en": "Conflicting eras in {text!r}.",
        "th": "ระบุศักราชขัดกันใน {text!r}",
    },
    "invalid": {
        "en": "{text!r} is not a valid date ({reason}).",
        "th": "{text!r} ไม่ใช่วันที่ที่มีอยู่จริงในปฏิทิน",
    },
}

_ERA = r"พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|b\.?\s?e\.?|c\.?\s?e\.?|a\.?\s?d\.?"
_YEAR = rf"(?:(?P<era>{_ERA})\s?)?(?P<year>\d{{4}}|\d{{2}})(?:\s?(?P<era2>{_ERA}))?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 19/11/2562, 19-11-2019, 19.11.2562, 19/11/62
        r"^(?P<day>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<month>\d{1,2})\s?(?P=sep)\s?"
        r"(?P<year>\d{4}|\d{2})$",
        # 2562-11-19, 2019/11/19
        r"^(?P<year>\d{4})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})$",
        # 19 พฤศจิกายน 2562, 19 พ.ย. พ.ศ. 2562, 19 Nov 2019, 19-Nov-2019, 19th November 2019
        rf"^(?P<day>\d{{1,2}}){_ORDINAL}\s?(?P<month_name>[^\d\s,]+)\s?,?\s?{_YEAR}$",
        # November 19, 2019
        rf"^(?P<month_name>[a-z]+\.?)\s?(?P<day>\d{{1,2}}){_ORDINAL}\s?,?\s?{_YEAR}$",
    )
)
_PREFIX = re.compile(r"^(?:วันที่|date:?)\s?", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_KEY_NOISE = re.compile(r"[\s./\-]")


def _month_key(name: str) -> str:
    """Fold a month name or era marker for lookup: "พ.ย." -> "พย", "-Nov-" -> "nov"."""
    return _KEY_NOISE.sub("", name).casefold()


_MONTH_NUMBERS: dict[str, int] = {
    _month_key(name): number
    for names in (THAI_MONTHS, THAI_MONTHS_ABBR, ENGLISH_MONTHS, ENGLISH_MONTHS_ABBR)
    for number, name in enumerate(names, start=1)
}
_MONTH_NUMBERS["sept"] = 9


def _error(key: str, lang: str, **values: object) -> ValueError:
    return ValueError(_MESSAGES[key][lang].format(**values))


def _gregorian_year(digits: str, era: str | None, text: str, language: str) -> int:
    """The Gregorian year of a typed year: two digits are a Buddhist Era year of the 2500s
    (62 -> 2562), four digits Buddhist Era or Gregorian by range, an era marker where given
    must agree with the range; anything else is refused."""
    buddhist = era is not None and _month_key(era) in ("พศ", "be")
    gregorian = era is not None and not buddhist
    year = int(digits)
    if len(digits) == 2:
        if gregorian:
            raise _error("format", language, text=text)
        year += 2500
    if year in BE_YEARS and not gregorian:
        return ce_year(year)
    if year in CE_YEARS and not buddhist:
        return year
    raise _error(
        "year",
        language,
        text=text,
        be_first=BE_YEARS.start,
        be_last=BE_YEARS.stop - 1,
        ce_first=CE_YEARS.start,
        ce_last=CE_YEARS.stop - 1,
    )


_ISO_YEAR = re.compile(r"^(\d{4})(?=-)")


def gregorian_iso(text: str, *, lang: str | None = None) -> str:
    """An ISO 8601 date or date-time (as machines send them) with its year made Gregorian by the
    ranges `parse_date` uses: "2568-03-10T09:30:00+07:00" is 2025, "2025-03-10" stays; Thai
    digits are read; a year in neither range is refused. Text without a leading four-digit year
    is returned as it is, for the caller's own parser to judge."""
    cleaned = to_arabic_digits(str(text)).strip()
    match = _ISO_YEAR.match(cleaned)
    if match is None:
        return cleaned
    year = _gregorian_year(match.group(1), None, text, resolve_language(lang))
    return f"{year:04d}{cleaned[match.end() :]}"


def is_plausible(day: date) -> bool:
    """Whether a date (or datetime) falls in the years Loetrat accepts (CE_YEARS)."""
    return day.year in CE_YEARS


def parse_date(text: str, *, lang: str | None = None) -> date:
    """Parse a date typed by a user in Thai or English conventions.

    Accepted forms (Thai or Arabic digits):
    "19/11/2562", "19-11-2562", "19.11.2562", "2562-11-19", "19 พฤศจิกายน 2562",
    "19 พ.ย. 2562", "วันที่ 19 พฤศจิกายน พ.ศ. 2562", "19/11/62", "19 พ.ย. 62",
    "19/11/2019", "2019-11-19", "19 November 2019", "19 Nov 2019", "November 19, 2019".

    A four-digit year in BE_YEARS is Buddhist Era and one in CE_YEARS Gregorian, whatever the
    language (the ranges do not overlap); a two-digit year is a Buddhist Era year of the 2500s;
    an era marker must agree. Any other year is refused, so a date is never silently moved by
    centuries. ``lang`` (default: the active language) only selects the language of the
    ``ValueError`` message raised for input that is not a valid date.
    """
    language = resolve_language(lang)
    cleaned = _SPACES.sub(" ", to_arabic_digits(str(text))).strip()
    cleaned = _PREFIX.sub("", cleaned)
    if not cleaned:
        raise _error("empty", language)
    for pattern in _PATTERNS:
        match = pattern.match(cleaned)
        if match:
            break
    else:
        raise _error("format", language, text=text)
    parts = match.groupdict()
    if parts.get("month_name") is not None:
        month = _MONTH_NUMBERS.get(_month_key(parts["month_name"]))
        if month is None:
            raise _error("month", language, month=parts["month_name"], text=text)
    else:
        month = int(parts["month"])
    if parts.get("era") and parts.get("era2"):
        raise _error("era", language, text=text)
    year = _gregorian_year(parts["year"], parts.get("era") or parts.get("era2"), text, language)
    try:
        return date(year, month, int(parts["day"]))
    except ValueError as exc:
        raise _error("invalid", language, text=text, reason=exc) from None

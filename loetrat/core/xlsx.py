"""Dates and times in the .xlsx workbooks Loetrat writes: real Excel dates, so that people can
sort, filter and compute with them, shown the way the site shows them.

A date is a date cell (a serial number with a number format), never text. In Thai the format
`[$-th-TH,107]` asks Excel for the Thai locale and its Buddhist calendar, so the cell reads
"15 มกราคม 2566" while its value stays the date 2023-01-15; in English it reads
"15 January 2023". Times are local to the site's time zone (Excel has none), to the minute, or
to the second where the exact moment matters (the audit log).
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from openpyxl.cell import WriteOnlyCell

from .thai.dates import resolve_language

THAI_DATE = "[$-th-TH,107]d mmmm yyyy"
ENGLISH_DATE = "d mmmm yyyy"
MINUTES = " hh:mm"
SECONDS = " hh:mm:ss"


def date_format(*, time: str = "", lang: str | None = None) -> str:
    """The number format of a date cell; `time` is "", MINUTES or SECONDS."""
    day = THAI_DATE if resolve_language(lang) == "th" else ENGLISH_DATE
    return day + time


def excel_value(value: datetime.date | datetime.datetime | None):
    """A value openpyxl can store: aware datetimes as local, naive time (Excel has no zones)."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def date_cell(sheet, value, *, time: str = "", lang: str | None = None) -> WriteOnlyCell | None:
    """A cell of a write-only sheet holding a date (or date and time); None for no value."""
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=excel_value(value))
    cell.number_format = date_format(time=time, lang=lang)
    return cell


def set_date(cell, value, *, time: str = "", lang: str | None = None) -> None:
    """Put a date (or date and time) into a cell of an ordinary sheet."""
    cell.value = excel_value(value)
    if value is not None:
        cell.number_format = date_format(time=time, lang=lang)

"""Thai conventions: Buddhist Era dates, the fiscal year, meeting numbers, Thai numerals and
Thai alphabetical order.

Everything follows the active Django language (Thai first, English complete) unless a
``lang`` argument is given, and none of it touches the database.
"""

from .collation import thai_sort_key, thai_sorted
from .dates import (
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    be_year,
    ce_year,
    format_date,
    format_datetime,
    parse_date,
)
from .fiscal import (
    fiscal_half,
    fiscal_quarter,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_range,
)
from .numbering import format_meeting_number, meeting_label, parse_meeting_number
from .words import baht_text, number_to_thai_words, to_arabic_digits, to_thai_digits

__all__ = [
    "THAI_MONTHS",
    "THAI_MONTHS_ABBR",
    "baht_text",
    "be_year",
    "ce_year",
    "fiscal_half",
    "fiscal_quarter",
    "fiscal_year_label",
    "fiscal_year_of",
    "fiscal_year_range",
    "format_date",
    "format_datetime",
    "format_meeting_number",
    "meeting_label",
    "number_to_thai_words",
    "parse_date",
    "parse_meeting_number",
    "thai_sort_key",
    "thai_sorted",
    "to_arabic_digits",
    "to_thai_digits",
]

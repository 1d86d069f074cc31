"""Meeting numbers (ครั้งที่ 4/2562): a sequence restarting every Buddhist Era year.

The BE form is the official identifier in both languages; English adds the Gregorian year
for readers: "Meeting 4/2562 (2019)".
"""

from __future__ import annotations

import re

from .dates import BE_THRESHOLD, ce_year, resolve_language
from .words import to_arabic_digits

__all__ = ["format_meeting_number", "meeting_label", "parse_meeting_number"]

_MEETING = re.compile(
    r"^(?:(?:ครั้งที่|การประชุมครั้งที่|meeting(?:\s?no\.?)?|no\.?)\s?)?"
    r"(?P<sequence>\d{1,4})\s?/\s?(?P<year>\d{4})(?:\s?\((?P<ce>\d{4})\))?$",
    re.IGNORECASE,
)


def _check(sequence: int, be_year: int) -> None:
    if sequence < 1:
        raise ValueError(f"Meeting sequence must be 1 or more, got {sequence}")
    if not BE_THRESHOLD <= be_year <= 9999:
        raise ValueError(f"Meeting year must be a four-digit Buddhist Era year, got {be_year}")


def format_meeting_number(sequence: int, be_year: int) -> str:
    """The official meeting number: (4, 2562) -> "4/2562".

    Raises ``ValueError`` for a sequence below 1 or a year that is not Buddhist Era
    (below 2400), which catches Gregorian years passed by mistake.
    """
    _check(int(sequence), int(be_year))
    return f"{int(sequence)}/{int(be_year)}"


def parse_meeting_number(text: str) -> tuple[int, int]:
    """Parse "4/2562", "ครั้งที่ 4/2562", "ครั้งที่ ๔/๒๕๖๒" or "Meeting 4/2562 (2019)".

    Returns ``(sequence, be_year)``; raises ``ValueError`` for anything else, including a
    Gregorian year in place of the BE year or a bracketed year that does not match it.
    """
    cleaned = " ".join(to_arabic_digits(str(text)).split())
    match = _MEETING.match(cleaned)
    if match is None:
        raise ValueError(f"Not a meeting number: {text!r}; expected e.g. 4/2562")
    sequence, be_year = int(match["sequence"]), int(match["year"])
    _check(sequence, be_year)
    if match["ce"] is not None and int(match["ce"]) != ce_year(be_year):
        raise ValueError(f"Gregorian year in {text!r} does not match BE {be_year}")
    return sequence, be_year


def meeting_label(sequence: int, be_year: int, *, lang: str | None = None) -> str:
    """Label a meeting: "ครั้งที่ 4/2562" in Thai, "Meeting 4/2562 (2019)" in English."""
    number = format_meeting_number(sequence, be_year)
    if resolve_language(lang) == "th":
        return f"ครั้งที่ {number}"
    return f"Meeting {number} ({ce_year(be_year)})"

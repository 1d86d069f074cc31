"""Meeting numbers: a sequence per Buddhist Era year, "ครั้งที่ 4/2562"."""

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from loetrat.core.thai.numbering import (
    format_meeting_number,
    meeting_label,
    parse_meeting_number,
)
from loetrat.core.thai.words import to_thai_digits

sequences = st.integers(min_value=1, max_value=9999)
be_years = st.integers(min_value=2400, max_value=9999)


def test_worked_example():
    assert format_meeting_number(4, 2562) == "4/2562"
    assert meeting_label(4, 2562, lang="th") == "ครั้งที่ 4/2562"
    assert meeting_label(4, 2562, lang="en") == "Meeting 4/2562 (2019)"


def test_label_follows_active_language():
    with translation.override("th"):
        assert meeting_label(4, 2562) == "ครั้งที่ 4/2562"
    with translation.override("en"):
        assert meeting_label(4, 2562) == "Meeting 4/2562 (2019)"


@pytest.mark.parametrize(
    "text",
    [
        "4/2562",
        " 4 / 2562 ",
        "ครั้งที่ 4/2562",
        "ครั้งที่4/2562",
        "การประชุมครั้งที่ 4/2562",
        "ครั้งที่ ๔/๒๕๖๒",
        "๔/๒๕๖๒",
        "Meeting 4/2562 (2019)",
        "meeting no. 4/2562",
        "No. 4/2562",
    ],
)
def test_parse_meeting_number(text):
    assert parse_meeting_number(text) == (4, 2562)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "4",
        "4/62",
        "4/2019",
        "0/2562",
        "4-2562",
        "ครั้งที่ 4",
        "Meeting 4/2562 (2020)",
        "4/2562 extra",
        "four/2562",
    ],
)
def test_parse_meeting_number_rejects(text):
    with pytest.raises(ValueError):
        parse_meeting_number(text)


@pytest.mark.parametrize(("sequence", "year"), [(0, 2562), (-1, 2562), (4, 2019), (4, 10000)])
def test_format_meeting_number_rejects(sequence, year):
    with pytest.raises(ValueError):
        format_meeting_number(sequence, year)


@given(sequences, be_years)
def test_round_trip(sequence, year):
    assert parse_meeting_number(format_meeting_number(sequence, year)) == (sequence, year)


@given(sequences, be_years, st.sampled_from(["th", "en"]))
def test_labels_parse_back(sequence, year, lang):
    label = meeting_label(sequence, year, lang=lang)
    assert parse_meeting_number(label) == (sequence, year)
    assert parse_meeting_number(to_thai_digits(label)) == (sequence, year)

"""Thai alphabetical order as the Royal Institute dictionary orders words."""

import random

from hypothesis import given
from hypothesis import strategies as st

from loetrat.core.thai import thai_sort_key, thai_sorted
from loetrat.core.thai.collation import SORT_KEY_MAX_LENGTH

MINISTRIES = [
    "กระทรวงการคลัง",
    "กระทรวงเกษตรและสหกรณ์",
    "กระทรวงคมนาคม",
    "กระทรวงแรงงาน",
    "กระทรวงวัฒนธรรม",
    "กระทรวงอุตสาหกรรม",
]


def test_a_leading_vowel_is_read_after_its_consonant():
    assert thai_sorted(["กระทรวงอุตสาหกรรม", "กระทรวงเกษตรและสหกรณ์"]) == [
        "กระทรวงเกษตรและสหกรณ์",
        "กระทรวงอุตสาหกรรม",
    ]
    shuffled = MINISTRIES[:]
    random.Random(7).shuffle(shuffled)
    assert thai_sorted(shuffled) == MINISTRIES


def test_words_follow_the_dictionary():
    expected = ["ก", "กก", "กร", "กรม", "กระ", "กา", "เก", "แก", "โก", "ใก", "ไก", "ขา"]
    assert thai_sorted(reversed(expected)) == expected
    assert thai_sorted(["ลม", "ฤดู", "รก", "ฦๅ"]) == ["รก", "ฤดู", "ลม", "ฦๅ"]


def test_tone_marks_only_order_otherwise_equal_words():
    assert thai_sorted(["ข้า", "ขาก", "ข่า", "ขา"]) == ["ขา", "ข่า", "ข้า", "ขาก"]
    assert thai_sorted(["ไก่", "ไก", "ไข"]) == ["ไก", "ไก่", "ไข"]


def test_digits_case_and_spaces_are_folded():
    assert thai_sort_key("กรม ๒") == thai_sort_key("กรม  2")
    assert thai_sort_key("Bangkok") == thai_sort_key("bangkok")
    assert thai_sorted(["กรม", "Zebra", "apple"]) == ["apple", "Zebra", "กรม"]


@given(st.lists(st.text(max_size=30), max_size=20))
def test_the_key_is_text_whose_byte_order_is_the_order(texts):
    """Stored in a column, the key must sort the same in SQL (byte or locale order of plain
    digits and lower-case letters) as in Python."""
    keys = [thai_sort_key(text) for text in texts]
    for key in keys:
        assert set(key) <= set("0123456789abcdefghijklmnopqrstuvwxyz")
        assert len(key) <= SORT_KEY_MAX_LENGTH
    assert sorted(keys) == sorted(keys, key=lambda key: key.encode())

"""Thai numerals: digits, numbers in words and baht amounts (pure Python, no settings)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pythainlp.util import bahttext, num_to_thaiword, thaiword_to_num

from loetrat.core.thai.words import (
    baht_text,
    number_to_thai_words,
    to_arabic_digits,
    to_thai_digits,
)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "ศูนย์"),
        (1, "หนึ่ง"),
        (10, "สิบ"),
        (11, "สิบเอ็ด"),
        (20, "ยี่สิบ"),
        (21, "ยี่สิบเอ็ด"),
        (31, "สามสิบเอ็ด"),
        (100, "หนึ่งร้อย"),
        (101, "หนึ่งร้อยเอ็ด"),
        (111, "หนึ่งร้อยสิบเอ็ด"),
        (1043, "หนึ่งพันสี่สิบสาม"),
        (2562, "สองพันห้าร้อยหกสิบสอง"),
        (10_000, "หนึ่งหมื่น"),
        (100_000, "หนึ่งแสน"),
        (1_000_000, "หนึ่งล้าน"),
        (1_000_001, "หนึ่งล้านเอ็ด"),
        (1_000_010, "หนึ่งล้านสิบ"),
        (11_000_000, "สิบเอ็ดล้าน"),
        (21_000_000, "ยี่สิบเอ็ดล้าน"),
        (101_000_000, "หนึ่งร้อยเอ็ดล้าน"),
        (123_456_789, "หนึ่งร้อยยี่สิบสามล้านสี่แสนห้าหมื่นหกพันเจ็ดร้อยแปดสิบเก้า"),
        (10**12, "หนึ่งล้านล้าน"),
        (2 * 10**12 + 21, "สองล้านล้านยี่สิบเอ็ด"),
    ],
)
def test_integers(number, words):
    assert number_to_thai_words(number) == words


def test_negatives():
    assert number_to_thai_words(-5) == "ลบห้า"
    assert number_to_thai_words(-21) == "ลบยี่สิบเอ็ด"
    assert number_to_thai_words(Decimal("-0")) == "ศูนย์"


def test_decimals_are_read_digit_by_digit():
    assert number_to_thai_words(Decimal("3.14")) == "สามจุดหนึ่งสี่"
    assert number_to_thai_words(Decimal("2.05")) == "สองจุดศูนย์ห้า"
    assert number_to_thai_words(Decimal("1.50")) == "หนึ่งจุดห้าศูนย์"
    assert number_to_thai_words(Decimal("0.5")) == "ศูนย์จุดห้า"
    assert number_to_thai_words(Decimal("-0.25")) == "ลบศูนย์จุดสองห้า"
    assert number_to_thai_words(Decimal("11.11")) == "สิบเอ็ดจุดหนึ่งหนึ่ง"
    assert number_to_thai_words(0.1) == "ศูนย์จุดหนึ่ง"


def test_strings():
    assert number_to_thai_words("1,043") == "หนึ่งพันสี่สิบสาม"
    assert number_to_thai_words("๒๑") == "ยี่สิบเอ็ด"
    assert number_to_thai_words(" 21000000 ") == "ยี่สิบเอ็ดล้าน"
    assert number_to_thai_words("1E+3") == "หนึ่งพัน"


@pytest.mark.parametrize("value", ["", "abc", "1.2.3", "NaN", "Infinity", "-inf"])
def test_invalid_text_raises_value_error(value):
    with pytest.raises(ValueError):
        number_to_thai_words(value)


@pytest.mark.parametrize("value", [None, True, [1], object()])
def test_invalid_types_raise_type_error(value):
    with pytest.raises(TypeError):
        number_to_thai_words(value)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "ศูนย์บาทถ้วน"),
        (1, "หนึ่งบาทถ้วน"),
        (100, "หนึ่งร้อยบาทถ้วน"),
        (Decimal("11.50"), "สิบเอ็ดบาทห้าสิบสตางค์"),
        ("11.5", "สิบเอ็ดบาทห้าสิบสตางค์"),
        (Decimal("1.01"), "หนึ่งบาทหนึ่งสตางค์"),
        (Decimal("21.21"), "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์"),
        (Decimal("0.25"), "ยี่สิบห้าสตางค์"),
        (Decimal("0.01"), "หนึ่งสตางค์"),
        ("1,000,000", "หนึ่งล้านบาทถ้วน"),
        (Decimal("1000001.11"), "หนึ่งล้านเอ็ดบาทสิบเอ็ดสตางค์"),
        (Decimal("-5"), "ลบห้าบาทถ้วน"),
        (Decimal("0.005"), "หนึ่งสตางค์"),
        (Decimal("1.995"), "สองบาทถ้วน"),
        (Decimal("0.004"), "ศูนย์บาทถ้วน"),
    ],
)
def test_baht_text(amount, words):
    assert baht_text(amount) == words


def test_baht_text_rejects_non_numbers():
    with pytest.raises(ValueError):
        baht_text("ten baht")
    with pytest.raises(TypeError):
        baht_text(None)


def test_digits():
    assert to_thai_digits("4/2562") == "๔/๒๕๖๒"
    assert to_arabic_digits("ครั้งที่ ๔/๒๕๖๒") == "ครั้งที่ 4/2562"
    assert to_thai_digits("abc") == "abc"


@given(st.text())
def test_digit_conversion_round_trips(text):
    assert to_arabic_digits(to_thai_digits(to_arabic_digits(text))) == to_arabic_digits(text)


@given(st.integers(min_value=0, max_value=10**9))
def test_agrees_with_pythainlp_up_to_a_billion(n):
    assert number_to_thai_words(n) == num_to_thaiword(n)


@given(st.integers(min_value=-(10**18), max_value=10**18))
def test_reads_back_to_the_same_number(n):
    assert thaiword_to_num(number_to_thai_words(n)) == n


@given(st.integers(min_value=100, max_value=10**11))
def test_baht_text_agrees_with_pythainlp_from_one_baht(satang):
    """pythainlp writes amounts under one baht as "ศูนย์บาท...สตางค์"; from one baht we agree."""
    amount = Decimal(satang) / 100
    assert baht_text(amount) == bahttext(float(amount))

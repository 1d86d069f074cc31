"""Thai numerals: digits (๐-๙) and numbers read out in words, including baht amounts.

Reading rules (พจนานุกรมฉบับราชบัณฑิตยสถาน, as used on cheques and by Excel ``BAHTTEXT``):

* 10 is "สิบ", 20 is "ยี่สิบ"; the ones digit 1 after any higher digit is "เอ็ด"
  (11 "สิบเอ็ด", 101 "หนึ่งร้อยเอ็ด", 1,000,001 "หนึ่งล้านเอ็ด"), alone it is "หนึ่ง".
* Places repeat every million: 21,000,000 is "ยี่สิบเอ็ดล้าน", 10**12 "หนึ่งล้านล้าน".
* Digits after the decimal point are read one by one after "จุด".
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "THAI_DIGITS",
    "baht_text",
    "number_to_thai_words",
    "to_arabic_digits",
    "to_thai_digits",
]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_ARABIC_DIGITS = "0123456789"
_TO_THAI = str.maketrans(_ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, _ARABIC_DIGITS)

_DIGIT_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
# Place names inside one group of six digits, from the ones upwards.
_PLACE_WORDS = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_MILLION = 1_000_000
_NEGATIVE = "ลบ"
_POINT = "จุด"
_BAHT = "บาท"
_SATANG = "สตางค์"
_EXACT = "ถ้วน"

Number = int | Decimal | str | float


def to_thai_digits(text: str) -> str:
    """Replace Arabic digits 0-9 in ``text`` with Thai digits ๐-๙; other characters are kept."""
    return str(text).translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Replace Thai digits ๐-๙ in ``text`` with Arabic digits 0-9; other characters are kept."""
    return str(text).translate(_TO_ARABIC)


def _to_decimal(value: Number) -> Decimal:
    """Convert an accepted number type to a finite Decimal, or raise ValueError/TypeError."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str | float):
        raise TypeError(f"Expected an int, Decimal, float or str, got {type(value).__name__}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    else:
        text = to_arabic_digits(str(value)).strip().replace(",", "").replace("_", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"Not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"Cannot read a non-finite number in words: {value!r}")
    return number


def _group_words(group: int, *, after_higher: bool) -> str:
    """Words for 0 <= group < 1,000,000; ``after_higher`` says a higher digit precedes it."""
    words: list[str] = []
    digits = str(group)
    size = len(digits)
    for index, char in enumerate(digits):
        digit = int(char)
        if digit == 0:
            continue
        place = size - 1 - index
        if place == 1:
            words.append({1: "สิบ", 2: "ยี่สิบ"}.get(digit, _DIGIT_WORDS[digit] + "สิบ"))
        elif place == 0:
            higher = after_higher or group >= 10
            words.append("เอ็ด" if digit == 1 and higher else _DIGIT_WORDS[digit])
        else:
            words.append(_DIGIT_WORDS[digit] + _PLACE_WORDS[place])
    return "".join(words)


def _integer_words(n: int) -> str:
    """Words for a non-negative integer (an empty string for 0)."""
    if n < _MILLION:
        return _group_words(n, after_higher=False)
    millions, rest = divmod(n, _MILLION)
    return _integer_words(millions) + "ล้าน" + _group_words(rest, after_higher=True)


def number_to_thai_words(n: Number) -> str:
    """Read a number out in Thai words.

    Accepts ints, Decimals, floats and numeric strings (Thai digits and thousands separators
    allowed). Digits after the decimal point are read one by one as written, so
    ``Decimal("1.50")`` is "หนึ่งจุดห้าศูนย์". Raises ``ValueError`` for text that is not a
    finite number and ``TypeError`` for other types.

    >>> number_to_thai_words(1043)
    'หนึ่งพันสี่สิบสาม'
    >>> number_to_thai_words("-2.05")
    'ลบสองจุดศูนย์ห้า'
    """
    number = _to_decimal(n)
    text = format(number, "f")
    negative = text.startswith("-")
    integer_text, _, fraction_text = text.lstrip("+-").partition(".")
    integer = int(integer_text)
    words = _integer_words(integer) if integer else _DIGIT_WORDS[0]
    if fraction_text:
        words += _POINT + "".join(_DIGIT_WORDS[int(d)] for d in fraction_text)
    if negative and number != 0:
        words = _NEGATIVE + words
    return words


def baht_text(amount: Number) -> str:
    """Read an amount of money in Thai, as written on cheques and receipts.

    The amount is rounded half-up to whole satang. Whole amounts end in "ถ้วน"; amounts
    below one baht are read in satang only; negative amounts start with "ลบ".

    >>> baht_text(100)
    'หนึ่งร้อยบาทถ้วน'
    >>> baht_text("11.50")
    'สิบเอ็ดบาทห้าสิบสตางค์'
    >>> baht_text("0.25")
    'ยี่สิบห้าสตางค์'
    """
    number = _to_decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total_satang = int(abs(number) * 100)
    baht, satang = divmod(total_satang, 100)
    if baht == 0 and satang == 0:
        return _DIGIT_WORDS[0] + _BAHT + _EXACT
    parts: list[str] = []
    if baht:
        parts.append(_integer_words(baht) + _BAHT)
    parts.append(_integer_words(satang) + _SATANG if satang else _EXACT)
    prefix = _NEGATIVE if number < 0 else ""
    return prefix + "".join(parts)

"""Thai alphabetical order, as the Royal Institute dictionary (พจนานุกรมฉบับราชบัณฑิตยสถาน) orders
words, without ICU.

* Words are ordered by their consonants first: a leading vowel (เ แ โ ใ ไ) is read after the
  consonant it is written before, so เกษตร sorts under ก, before อุตสาหกรรม.
* Consonants and the other vowels then follow the Thai alphabet, which is Unicode's order
  (ก … ฮ, then ะ ั า ำ ิ ี ึ ื ุ ู เ แ โ ใ ไ), with ฤ after ร and ฦ after ล.
* Tone marks and the other signs (่ ้ ๊ ๋ ็ ์ ํ ๎) are ignored at first; only words that are
  otherwise the same are ordered by them, the word without a mark first (ขา, ข่า, ข้า).
* Thai digits count as Arabic ones, Latin letters ignore case, and runs of spaces are one space.

``thai_sort_key`` returns a plain string of digits and lower-case letters whose order in any
database collation (byte order in SQLite, a locale's order in PostgreSQL) is the Thai order, so
the same key sorts lists in Python and, stored in a column, in SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = ["SORT_KEY_MAX_LENGTH", "thai_sort_key", "thai_sorted"]

T = TypeVar("T")

_LEADING_VOWELS = frozenset("เแโใไ")
# Signs that only order words that are otherwise the same: tone marks, mai taikhu, thanthakhat,
# nikhahit, yamakkan.
_MARKS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SPACES = re.compile(r"\s+")
_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
# Each character's weight is written as two base-36 digits (0-1295); Thai letters are placed
# above every ASCII character, so Latin names come before Thai ones, as in Thai indexes.
_THAI_BASE = 0x0E00
_THAI_LAST = 0x0E7F
_THAI_OFFSET = 200
_OTHER_OFFSET = _THAI_OFFSET + _THAI_LAST - _THAI_BASE + 1
_MAX_WEIGHT = 36 * 36 - 1
_END = "00"
# Names are at most 255 characters; the key of a longer text is cut (ties fall back to the id).
_MAX_CHARACTERS = 255
SORT_KEY_MAX_LENGTH = 4 * _MAX_CHARACTERS + len(_END)


def _reordered(text: str) -> str:
    """The text with each leading vowel moved after the character that follows it."""
    chars = list(text)
    index = 0
    while index < len(chars) - 1:
        if chars[index] in _LEADING_VOWELS and chars[index + 1] not in _LEADING_VOWELS:
            chars[index], chars[index + 1] = chars[index + 1], chars[index]
            index += 2
        else:
            index += 1
    return "".join(chars)


def _weight(char: str) -> int:
    """ASCII first, then the Thai block in Unicode order, then everything else by code point
    (as far as two base-36 digits reach)."""
    code = ord(char)
    if code < _THAI_OFFSET:
        return max(code, 1)
    if _THAI_BASE <= code <= _THAI_LAST:
        return code - _THAI_BASE + _THAI_OFFSET
    other = code - _THAI_OFFSET - (_THAI_LAST - _THAI_BASE + 1 if code > _THAI_LAST else 0)
    return min(_OTHER_OFFSET + other, _MAX_WEIGHT)


def _encode(text: str) -> str:
    return "".join(
        _ALPHABET[weight // 36] + _ALPHABET[weight % 36] for weight in map(_weight, text)
    )


def thai_sort_key(text: str | None) -> str:
    """A key that orders Thai (and mixed Thai and Latin) text as the Royal Institute dictionary.

    >>> sorted(["กระทรวงอุตสาหกรรม", "กระทรวงเกษตรและสหกรณ์"], key=thai_sort_key)
    ['กระทรวงเกษตรและสหกรณ์', 'กระทรวงอุตสาหกรรม']
    """
    folded = unicodedata.normalize("NFC", text or "").translate(_THAI_DIGITS).casefold()
    folded = _SPACES.sub(" ", folded).strip()[:_MAX_CHARACTERS]
    reordered = _reordered(folded)
    primary = "".join(char for char in reordered if char not in _MARKS)
    if primary == reordered:
        return _encode(primary)
    return _encode(primary) + _END + _encode(reordered)


def thai_sorted(items: Iterable[T], *, key: Callable[[T], str] = str) -> list[T]:
    """The items in Thai order of ``key(item)`` (the item's text by default)."""
    return sorted(items, key=lambda item: thai_sort_key(key(item)))

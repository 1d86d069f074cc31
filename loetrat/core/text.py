"""Text normalisation for search: Thai has no case, but users type with or without spaces,
with Thai or Arabic digits and in mixed scripts, so names are matched on a folded key."""

import re
import unicodedata

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SPACES = re.compile(r"\s+")


def search_key(*parts: str) -> str:
    """One lower-case, NFC-normalised string with single spaces, for `contains` matching."""
    text = " ".join(part for part in parts if part)
    text = unicodedata.normalize("NFC", text).translate(_THAI_DIGITS).casefold()
    return _SPACES.sub(" ", text).strip()

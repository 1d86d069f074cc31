"""The Thai catalogue is complete: every string the code marks for translation has a Thai text,
and the compiled catalogue shipped in the repository matches the source catalogue."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "loetrat" / "locale" / "th" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
IGNORED = ["var", "tests", "bench", "docs", "scripts", "node_modules"]


def _entries(po_text: str) -> list[tuple[str, list[str], str]]:
    """(msgid, [msgstr, ...], flags) for each entry of a .po file (blank-line separated); the
    msgid of an entry with a context is "context\x04msgid"."""
    entries = []
    for block in po_text.split("\n\n"):
        msgid, msgstrs, flags, current, context = "", [], "", None, None
        for line in block.splitlines():
            if line.startswith("#,"):
                flags = line
            elif line.startswith("msgctxt "):
                context, current = _unquote(line[8:]), "msgctxt"
            elif line.startswith('"') and current == "msgctxt":
                context += _unquote(line)
            elif line.startswith("msgid "):
                msgid, current = _unquote(line[6:]), "msgid"
            elif line.startswith("msgid_plural "):
                current = "plural"
            elif line.startswith("msgstr"):
                msgstrs.append(_unquote(line.split(" ", 1)[1]))
                current = "msgstr"
            elif line.startswith('"') and current == "msgid":
                msgid += _unquote(line)
            elif line.startswith('"') and current == "msgstr":
                msgstrs[-1] += _unquote(line)
        if msgid:
            # A message in a context is looked up as gettext stores it: context, EOT, msgid.
            entries.append((f"{context}\x04{msgid}" if context else msgid, msgstrs, flags))
    return entries


def _unquote(text: str) -> str:
    return text.strip()[1:-1].encode().decode("unicode_escape").encode("latin-1").decode("utf-8")


def test_every_catalogue_entry_has_a_thai_translation():
    missing = [msgid for msgid, msgstrs, _ in _entries(PO.read_text()) if not all(msgstrs)]
    fuzzy = [msgid for msgid, _, flags in _entries(PO.read_text()) if "fuzzy" in flags]
    assert not missing, f"Untranslated: {missing[:20]}"
    assert not fuzzy, f"Fuzzy (needs review): {fuzzy[:20]}"


def test_compiled_catalogue_matches_the_source():
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, msgstrs, _ in _entries(PO.read_text()):
        if len(msgstrs) == 1:
            context, _, text = msgid.rpartition("\x04")
            found = compiled.pgettext(context, text) if context else compiled.gettext(text)
            assert found == msgstrs[0], f"Recompile the catalogue: {msgid!r}"


def test_every_marked_string_is_in_the_thai_catalogue(tmp_path):
    """Runs makemessages against a copy of the catalogue: nothing new may appear."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is needed: make test installs it; or apt-get install gettext")
    locale = tmp_path / "locale" / "th" / "LC_MESSAGES"
    locale.mkdir(parents=True)
    shutil.copy(PO, locale / "django.po")
    env = {**os.environ, "LOETRAT_LOCALE_DIR": str(tmp_path / "locale")}
    # Ignoring "locale" keeps makemessages from finding the real catalogue next to the code
    # (it would write there); everything then goes to the temporary LOCALE_PATHS.
    ignore = [f"--ignore={name}" for name in IGNORED] + ["--ignore=.venv", "--ignore=locale"]
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "th", "--no-location", *ignore],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    missing = [
        msgid
        for msgid, msgstrs, _ in _entries((locale / "django.po").read_text())
        if not all(msgstrs)
    ]
    assert not missing, f"Strings missing from the Thai catalogue (run make messages): {missing}"

"""Reference numbers for submitted applications: LR2566-<TYPECODE>-00042, numbered per cycle.

A number is never reused: it stays on its application for good (applications are never deleted,
withdrawn ones keep theirs), and the next number is read under a lock on the cycle row that
serialises submissions without blocking new applications (FOR NO KEY UPDATE: the foreign-key
checks of new rows take a key-share lock, which it does not conflict with)."""

from __future__ import annotations

import re

from ..models import Application, AwardCycle

PREFIX = "LR"
_SEQUENCE = re.compile(r"-(\d+)$")


def format_reference(year_be: int, type_code: str, sequence: int) -> str:
    return f"{PREFIX}{year_be}-{type_code.upper()}-{sequence:05d}"


def reference_sequence(reference: str) -> int:
    match = _SEQUENCE.search(reference or "")
    return int(match.group(1)) if match else 0


def next_reference(application) -> str:
    """The next reference in the application's cycle. Call inside the submitting transaction:
    it locks the cycle row so two submissions cannot take the same number."""
    cycle = AwardCycle.objects.select_for_update(no_key=True).get(pk=application.cycle_id)
    taken = Application.objects.filter(cycle=cycle, reference__isnull=False).values_list(
        "reference", flat=True
    )
    sequence = max((reference_sequence(reference) for reference in taken), default=0) + 1
    return format_reference(cycle.year_be, application.award_type.code, sequence)

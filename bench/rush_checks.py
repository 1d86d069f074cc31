"""What must hold after the deadline rush, read from the database and the file storage; each
check answers (passed, what was found). Import only after `bench.environment.configure()`."""

from __future__ import annotations

from collections import Counter

from loetrat.awards.models import Application, ApplicationAttachment
from loetrat.awards.services.references import reference_sequence
from loetrat.core.files import file_check
from loetrat.core.formschema.schema import normalise_answers

from .rush_client import Outcome
from .rush_data import FILE_FIELD, FORM


def no_errors(error_counts: dict[str, int]) -> tuple[bool, str]:
    total = sum(error_counts.values())
    return total == 0, f"{total} answers were not 2xx" + (f": {error_counts}" if total else "")


def references_gap_free(cycle_id: int, outcomes: list[Outcome]) -> tuple[bool, str]:
    """The submitted applications' references are unique and numbered 1..n in the cycle, and
    each agency got the reference its submit answered."""
    references = list(
        Application.objects.filter(cycle_id=cycle_id, reference__isnull=False).values_list(
            "reference", flat=True
        )
    )
    sequences = sorted(reference_sequence(reference) for reference in references)
    duplicates = [ref for ref, count in Counter(references).items() if count > 1]
    expected = list(range(1, len(references) + 1))
    answered = sorted(o.reference for o in outcomes if o.reference)
    problems = []
    if duplicates:
        problems.append(f"{len(duplicates)} duplicates, e.g. {duplicates[:3]}")
    if sequences != expected:
        missing = sorted(set(expected) - set(sequences))[:5]
        problems.append(f"numbers are not 1..{len(references)} (missing e.g. {missing})")
    if answered != sorted(references):
        problems.append(f"{len(answered)} submits answered a reference, {len(references)} stored")
    found = f"{len(references)} references, {len(set(references))} distinct"
    return not problems and bool(references), "; ".join([found, *problems])


def last_answers_stored(outcomes: list[Outcome]) -> tuple[bool, str]:
    """Every agency's stored answers (file fields aside) are its last save's, normalised as the
    service normalises them; the submitted version holds them too."""
    saved = {o.application_id: o.last_answers for o in outcomes if o.last_answers is not None}
    rows = Application.objects.filter(pk__in=saved).select_related("submitted_revision")
    wrong = []
    for application in rows:
        expected = normalise_answers(FORM, saved[application.pk])
        expected.pop(FILE_FIELD)
        stored = {k: v for k, v in application.data.items() if k != FILE_FIELD}
        revision = application.submitted_revision
        if stored != expected or (
            revision is not None
            and {k: v for k, v in revision.data.items() if k != FILE_FIELD} != expected
        ):
            wrong.append(application.pk)
    checked = len(rows)
    ok = not wrong and checked == len(saved) and checked > 0
    return ok, f"{checked - len(wrong)} of {len(saved)} agencies' last saves are stored" + (
        f"; wrong: applications {wrong[:5]}" if wrong else ""
    )


def files_match_rows(outcomes: list[Outcome]) -> tuple[bool, str]:
    """Every attachment row has its file and no stored file lacks a row (core.files.file_check,
    what `manage.py check_files` runs); as many rows as uploads that succeeded."""
    missing, orphans = file_check()
    uploads = sum(1 for o in outcomes if o.uploaded)
    rows = ApplicationAttachment.objects.count()
    ok = not missing and not orphans and rows == uploads
    return ok, (
        f"{rows} attachment rows for {uploads} uploads; {len(missing)} rows without their file, "
        f"{len(orphans)} files without a row"
    )


def one_application_per_agency(cycle_id: int, agencies: int, outcomes: list) -> tuple[bool, str]:
    """As many applications as agencies, one each (the create retried with the same
    Idempotency-Key made nothing more and answered the same application)."""
    per_agency = Counter(
        Application.objects.filter(cycle_id=cycle_id).values_list("organization_id", flat=True)
    )
    total = sum(per_agency.values())
    twice = sum(1 for count in per_agency.values() if count > 1)
    replays = [o for o in outcomes if o.replayed_id is not None]
    other_id = sum(1 for o in replays if o.replayed_id != o.application_id)
    marked = sum(1 for o in replays if o.replay_marked)
    ok = total == agencies and twice == 0 and other_id == 0
    return ok, (
        f"{total} applications for {agencies} agencies; {twice} agencies with more than one; "
        f"{len(replays) - other_id} of {len(replays)} retried creates answered the same "
        f"application ({marked} marked Idempotent-Replay)"
    )


def run_checks(cycle_id: int, agencies: int, outcomes: list[Outcome], error_counts: dict) -> dict:
    checks = {
        "no errors": no_errors(error_counts),
        "references unique and gap-free": references_gap_free(cycle_id, outcomes),
        "last saved answers stored": last_answers_stored(outcomes),
        "files and attachment rows match": files_match_rows(outcomes),
        "one application per agency": one_application_per_agency(cycle_id, agencies, outcomes),
    }
    return {name: {"passed": ok, "found": found} for name, (ok, found) in checks.items()}

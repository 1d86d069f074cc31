"""Races: the same application submitted twice at once is submitted once, applications submitted
at the same moment get unique, gap-free references, an agenda item gets one resolution and a
meeting one certification however many people press at once, and uploads sent together stay
within an application's file limits. On PostgreSQL the
calls run in parallel threads, each with its own connection; SQLite (one writer, and an
in-memory database per connection in the tests) runs the same calls one after another, so the
same invariants are checked on both."""

import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import close_old_connections, connection

from loetrat.awards.models import Application, ApplicationAttachment
from loetrat.awards.services import application_save, application_transition, attachment_add
from loetrat.awards.services.references import reference_sequence
from loetrat.core.errors import DomainError
from loetrat.core.files import MB, file_check
from tests.factories import (
    ApplicationFactory,
    AwardTypeFactory,
    MembershipFactory,
)
from tests.factories.applications import PDF_BYTES, RICH_FORM, complete_answers, padded_pdf

pytestmark = pytest.mark.django_db(transaction=True)


def _run_together(calls) -> list:
    """Run the calls at once (PostgreSQL) or in turn (SQLite); each result or exception."""
    results = [None] * len(calls)

    def run(index, call):
        try:
            results[index] = call()
        except Exception as exc:  # the test inspects what each call did
            results[index] = exc
        finally:
            close_old_connections()

    if connection.vendor != "postgresql":
        for index, call in enumerate(calls):
            run(index, call)
        return results
    start = threading.Barrier(len(calls))
    threads = [
        threading.Thread(target=lambda i=i, c=c: (start.wait(), run(i, c)))
        for i, c in enumerate(calls)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def _endorsed(award_type, organization, coordinator, head):
    application = ApplicationFactory(
        award_type=award_type, organization=organization, created_by=coordinator
    )
    application_save(application=application, actor=coordinator, data=complete_answers())
    application_transition(application=application, action="send", actor=coordinator)
    application_transition(application=application, action="endorse", actor=head)
    return application


def test_a_double_submission_submits_once(agency, coordinator, agency_head):
    award_type = AwardTypeFactory(form_schema=RICH_FORM, eligibility={})
    application = _endorsed(award_type, agency, coordinator, agency_head)
    results = _run_together(
        [
            lambda: application_transition(
                application=Application.objects.get(pk=application.pk),
                action="submit",
                actor=coordinator,
            )
            for _ in range(2)
        ]
    )
    submitted = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(submitted) == 1 and len(refused) == 1, results
    application.refresh_from_db()
    assert application.state == "submitted" and reference_sequence(application.reference) == 1


def test_simultaneous_submissions_get_unique_gap_free_references(agency, coordinator, agency_head):
    award_type = AwardTypeFactory(form_schema=RICH_FORM, eligibility={})
    bodies = [agency]
    for index in range(5):
        other = type(agency).objects.create(
            code=f"RACE-{index}",
            kind="department",
            name_th=f"กรมทดสอบ {index}",
            parent=agency.parent,
        )
        MembershipFactory(user=coordinator, organization=other, role="agency_coordinator")
        MembershipFactory(user=agency_head, organization=other, role="agency_head")
        bodies.append(other)
    applications = [_endorsed(award_type, body, coordinator, agency_head) for body in bodies]
    results = _run_together(
        [
            lambda pk=application.pk: application_transition(
                application=Application.objects.get(pk=pk),
                action="submit",
                actor=coordinator,
            )
            for application in applications
        ]
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    numbers = sorted(
        reference_sequence(a.reference)
        for a in Application.objects.filter(pk__in=[a.pk for a in applications])
    )
    assert numbers == list(range(1, len(applications) + 1))


def test_one_resolution_per_item_and_one_certification(secretariat_admin, committee):
    from loetrat.meetings.enums import AgendaSection, ResolutionOutcome
    from loetrat.meetings.models import Meeting, Resolution
    from loetrat.meetings.services import agenda_item_add, meeting_certify, resolution_record
    from tests.factories.meetings import attend, make_meeting

    meeting = make_meeting(committee, secretariat_admin)
    item = agenda_item_add(
        meeting=meeting,
        section=AgendaSection.CONSIDERATION,
        title_th="เรื่อง",
        actor=secretariat_admin,
    )
    attend(meeting, secretariat_admin, present=5)
    results = _run_together(
        [
            lambda: resolution_record(
                agenda_item=item,
                outcome=ResolutionOutcome.APPROVED,
                text_th="เห็นชอบ",
                actor=secretariat_admin,
            )
            for _ in range(2)
        ]
    )
    assert sum(isinstance(r, Resolution) for r in results) == 1, results
    assert Resolution.objects.filter(agenda_item=item).count() == 1
    results = _run_together(
        [
            lambda: meeting_certify(
                meeting=Meeting.objects.get(pk=meeting.pk), actor=secretariat_admin
            )
            for _ in range(2)
        ]
    )
    assert sum(isinstance(r, Meeting) for r in results) == 1, results
    assert Meeting.objects.get(pk=meeting.pk).status == "certified"


@pytest.mark.parametrize(
    ("limits", "content", "allowed", "code"),
    [
        # the field "evidence" of SIMPLE_FORM takes 3 files
        ({}, PDF_BYTES, 3, "too_many_files"),
        # each file fits within 1 MB, but only two fit within 2 MB together
        ({"max_file_mb": 1, "max_total_mb": 2}, padded_pdf(3 * MB // 4), 2, "files_too_big"),
    ],
    ids=["max_files", "max_total_mb"],
)
def test_uploads_sent_together_stay_within_the_file_limits(
    agency, coordinator, limits, content, allowed, code, settings
):
    # A storage of its own: the suite's shared in-memory storage may hold files of earlier
    # tests' applications, whose ids a rolled-back database hands out again.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    application = ApplicationFactory(
        award_type=AwardTypeFactory(**limits), organization=agency, created_by=coordinator
    )
    uploads = [
        SimpleUploadedFile(f"scan-{index}.pdf", content, content_type="application/pdf")
        for index in range(8)
    ]
    results = _run_together(
        [
            lambda upload=upload: attachment_add(
                application=Application.objects.get(pk=application.pk),
                field_key="evidence",
                upload=upload,
                actor=coordinator,
            )
            for upload in uploads
        ]
    )
    stored = [r for r in results if isinstance(r, ApplicationAttachment)]
    refused = [r for r in results if isinstance(r, DomainError) and r.code == code]
    assert len(stored) == allowed and len(refused) == len(uploads) - allowed, results
    rows = ApplicationAttachment.objects.filter(application=application)
    assert sorted(rows.values_list("pk", flat=True)) == sorted(a.pk for a in stored)
    application.refresh_from_db()
    assert sorted(application.data["evidence"]) == sorted(a.pk for a in stored)
    # every row's file is in storage, and no refused upload left one there
    missing, orphans = file_check()
    folder = f"{ApplicationAttachment.storage_root}/{application.pk}/"
    assert missing == [] and not [name for name in orphans if name.startswith(folder)], orphans

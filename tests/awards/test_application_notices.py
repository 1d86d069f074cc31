"""Notices of an application's progress: the agency head is asked to endorse, the coordinators
hear what became of it, and heads are reminded of endorsements that wait (once a day)."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from loetrat.awards.services import application_transition
from loetrat.awards.tasks import remind_waiting_endorsements
from loetrat.core.errors import PermissionDeniedError
from loetrat.core.models import Notice
from tests.factories import ApplicationFactory, AwardTypeFactory
from tests.factories.applications import RICH_FORM, complete_answers

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture
def awaiting(agency, coordinator, agency_head, django_capture_on_commit_callbacks):
    from loetrat.awards.services import application_save

    award_type = AwardTypeFactory(form_schema=RICH_FORM, eligibility={})
    application = ApplicationFactory(
        award_type=award_type, organization=agency, created_by=coordinator
    )
    application_save(application=application, actor=coordinator, data=complete_answers())
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(application=application, action="send", actor=coordinator)
    return application


def test_sending_asks_the_head_to_endorse(awaiting, agency_head, coordinator):
    notice = Notice.objects.get(kind="awards.application.sent")
    assert notice.recipient == agency_head and notice.actor == coordinator
    assert notice.url == f"/awards/applications/{awaiting.pk}/"
    assert notice.params["title"] == awaiting.title_th
    assert [message.to for message in mail.outbox] == [[agency_head.email]]
    assert mail.outbox[0].subject == f"โปรดให้ความเห็นชอบผลงานที่สมัครรับรางวัล “{awaiting.title_th}”"
    assert f"/awards/applications/{awaiting.pk}/" in mail.outbox[0].body
    assert not Notice.objects.filter(recipient=coordinator).exists()  # the actor is not told


def test_a_return_tells_the_coordinators_with_the_reason(
    awaiting, agency_head, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(
            application=awaiting, action="return", actor=agency_head, reason="แนบหลักฐานเพิ่ม"
        )
    notice = Notice.objects.get(kind="awards.application.returned")
    assert notice.recipient == coordinator and notice.params["reason"] == "แนบหลักฐานเพิ่ม"
    assert "แนบหลักฐานเพิ่ม" in mail.outbox[-1].body


def test_an_english_reader_gets_the_email_in_english(
    agency, coordinator, agency_head, django_capture_on_commit_callbacks
):
    agency_head.language = "en"
    agency_head.save()
    from loetrat.awards.services import application_save

    application = ApplicationFactory(
        award_type=AwardTypeFactory(form_schema=RICH_FORM, eligibility={}),
        organization=agency,
        created_by=coordinator,
    )
    application_save(application=application, actor=coordinator, data=complete_answers())
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(application=application, action="send", actor=coordinator)
    assert mail.outbox[-1].subject.startswith("Please endorse the award application")


def test_a_refused_action_leaves_no_notice(awaiting, coordinator):
    with pytest.raises(PermissionDeniedError):
        application_transition(application=awaiting, action="endorse", actor=coordinator)
    assert not Notice.objects.exclude(kind="awards.application.sent").exists()


def test_a_head_is_reminded_of_an_endorsement_waiting_too_long_once_a_day(
    awaiting, agency_head, settings
):
    settings.LOETRAT_ENDORSEMENT_REMINDER_DAYS = 3
    now = timezone.now()
    assert remind_waiting_endorsements(now + DAY) == 0  # one day: not yet
    assert remind_waiting_endorsements(now + 4 * DAY) == 1
    assert remind_waiting_endorsements(now + 4 * DAY) == 0  # again the same day: nothing
    notice = Notice.objects.get(kind="awards.application.endorsement_waiting")
    assert notice.recipient == agency_head and notice.about == f"awards.application:{awaiting.pk}"
    assert notice.params["since"] == timezone.localdate(now).isoformat()


def test_a_head_is_reminded_when_the_deadline_is_near_but_not_once_it_passed(awaiting, settings):
    settings.LOETRAT_DEADLINE_REMINDER_DAYS = 3
    now = timezone.now()
    awaiting.award_type.closes_at = now + 2 * DAY
    awaiting.award_type.save()
    assert remind_waiting_endorsements(now + DAY) == 1  # the deadline is a day away
    Notice.objects.filter(kind="awards.application.endorsement_waiting").delete()
    assert remind_waiting_endorsements(now + 3 * DAY) == 0  # the deadline has passed


def test_an_endorsed_application_is_not_reminded(awaiting, agency_head):
    application_transition(application=awaiting, action="endorse", actor=agency_head)
    assert remind_waiting_endorsements(timezone.now() + 10 * DAY) == 0

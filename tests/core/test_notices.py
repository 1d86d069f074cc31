"""The notices engine: kinds registered by apps, one `notify` that writes inbox rows in the
change's transaction and queues the e-mail after commit, in each recipient's language, to those
who want that kind by e-mail."""

import datetime

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core import notices
from loetrat.core.inbox import email_choices, email_choices_save
from loetrat.core.models import Notice
from loetrat.core.notices import NoticeKind, bilingual, notify, register_notice_kind, render
from loetrat.core.tasks import notices_email
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

KIND = "exampleapp.charter.enacted"
QUIET = "exampleapp.charter.noted"


@pytest.fixture
def kinds():
    """Two kinds as an app's ready() registers them; the registry is restored afterwards."""
    saved = dict(notices._kinds)
    register_notice_kind(
        NoticeKind(
            KIND,
            "Charter enacted",
            # Translated words of the catalogue, so that the language shows.
            subject=lambda p: f"{_('Log out')}: {p['title']}",
            body=lambda p: bilingual(p, "organization"),
        )
    )
    register_notice_kind(
        NoticeKind(QUIET, "Charter noted", subject=lambda p: p["title"], email=False)
    )
    yield
    notices._kinds.clear()
    notices._kinds.update(saved)


PARAMS = {
    "title": "กฎบัตร",
    "organization_th": "กรมสรรพากร",
    "organization_en": "Revenue Department",
}


def _send(kind=KIND, **kwargs):
    with transaction.atomic():
        return notify(kind, params=PARAMS, url="/dashboard/", **kwargs)


def test_a_kind_renders_in_the_language_asked_from_stored_parameters(kinds):
    assert render(KIND, PARAMS, "th") == notices.Rendered("ออกจากระบบ: กฎบัตร", "กรมสรรพากร")
    assert render(KIND, PARAMS, "en") == notices.Rendered("Log out: กฎบัตร", "Revenue Department")
    # A kind no longer registered, or parameters it cannot read, still show that a notice is there.
    assert "gone.kind" in render("gone.kind", {}, "en").subject
    assert render(KIND, {}, "en").subject.startswith("A notice")


def test_the_registry_lists_kinds_by_key_with_their_module(kinds):
    keys = [kind.key for kind in notices.notice_kinds()]
    assert keys == sorted(keys) and KIND in keys
    assert notices.notice_kind("awards.application.sent").group  # the awards app's name
    assert notices.notice_kind(KIND).group == "Exampleapp"


def test_recipients_are_taken_once_without_the_inactive_and_the_actor(
    kinds, django_capture_on_commit_callbacks
):
    actor, first, second = UserFactory(), UserFactory(), UserFactory()
    gone = UserFactory(is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        created = _send(recipients=[first, second, first, actor, gone, None], actor=actor)
    assert [notice.recipient for notice in created] == [first, second]
    assert Notice.objects.count() == 2
    assert sorted(message.to[0] for message in mail.outbox) == sorted([first.email, second.email])


def test_mistakes_of_the_calling_code_are_refused(kinds):
    user = UserFactory()
    with pytest.raises(LookupError):
        notify("no.such.kind", recipients=[user], params={}, url="/")
    with pytest.raises(ValueError):
        notify(KIND, recipients=[user], params=PARAMS, url="https://elsewhere.example/")
    with pytest.raises(TypeError):
        notify(KIND, recipients=[user], params={"when": datetime.date.today()}, url="/")
    with pytest.raises(ValueError):
        notify(KIND, recipients=[user], params=PARAMS, url="/", once_a_day=True)
    assert not Notice.objects.exists()


def test_the_email_leaves_only_after_commit_and_never_on_rollback(
    kinds, django_capture_on_commit_callbacks
):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _send(recipients=[user])
    assert mail.outbox == [] and len(callbacks) == 1  # queued, not sent, before the commit
    callbacks[0]()
    assert len(mail.outbox) == 1

    mail.outbox.clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        notify(KIND, recipients=[user], params=PARAMS, url="/dashboard/")
        raise RuntimeError("the change fails")
    assert mail.outbox == []
    assert Notice.objects.filter(recipient=user).count() == 1  # only the first


def test_each_email_is_in_its_recipients_language_with_absolute_links(
    kinds, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://loetrat.opdc.go.th"
    thai, english = UserFactory(language="th"), UserFactory(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        _send(recipients=[thai, english])
    by_address = {message.to[0]: message for message in mail.outbox}
    assert by_address[thai.email].subject == "ออกจากระบบ: กฎบัตร"
    assert "กรมสรรพากร" in by_address[thai.email].body
    assert by_address[english.email].subject == "Log out: กฎบัตร"
    assert "Revenue Department" in by_address[english.email].body
    assert "https://loetrat.opdc.go.th/dashboard/" in by_address[english.email].body
    assert "https://loetrat.opdc.go.th/inbox/settings/" in by_address[english.email].body


def test_each_person_chooses_which_kinds_come_by_email(kinds, django_capture_on_commit_callbacks):
    wants_all, wants_none, no_address = UserFactory(), UserFactory(), UserFactory(email="")
    email_choices_save(user=wants_all, email_kinds=[KIND, QUIET])
    email_choices_save(user=wants_none, email_kinds=[])
    with django_capture_on_commit_callbacks(execute=True):
        _send(recipients=[wants_all, wants_none, no_address])
        _send(QUIET, recipients=[wants_all, wants_none, no_address])
    assert [message.to for message in mail.outbox] == [[wants_all.email], [wants_all.email]]
    # The inbox gets everything all the same.
    assert Notice.objects.filter(recipient=wants_none).count() == 2
    defaults = {choice.kind.key: choice.email for choice in email_choices(UserFactory())}
    assert defaults[KIND] is True and defaults[QUIET] is False


def test_an_unknown_kind_in_the_choices_is_refused_and_nothing_saved(kinds):
    from loetrat.core.errors import DomainError

    user = UserFactory()
    with pytest.raises(DomainError) as refused:
        email_choices_save(user=user, email_kinds=[KIND, "nope"])
    assert refused.value.code == "unknown_notice_kind" and refused.value.field == "email_kinds"
    assert not user.notice_preferences.exists()


def test_a_reminder_reaches_a_person_at_most_once_a_day(kinds):
    user = UserFactory()
    about = "exampleapp.charter:1"
    assert len(_send(recipients=[user], about=about, once_a_day=True)) == 1
    assert _send(recipients=[user], about=about, once_a_day=True) == []
    assert len(_send(recipients=[user], about="exampleapp.charter:2", once_a_day=True)) == 1
    Notice.objects.filter(about=about).update(
        created_at=timezone.now() - datetime.timedelta(days=1)
    )
    assert len(_send(recipients=[user], about=about, once_a_day=True)) == 1


def test_the_email_task_sends_each_notice_once(kinds, django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        created = _send(recipients=[user])
    assert len(mail.outbox) == 1
    assert notices_email.call([notice.pk for notice in created]) == 0
    assert len(mail.outbox) == 1
    assert Notice.objects.get(pk=created[0].pk).emailed_at is not None

"""The inbox pages: the unread count in every signed-in page's header, the list (newest first,
paged, unread marked), opening a notice (read, then its page), marking read, and the choice of
e-mails. Each person sees only their own notices."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from loetrat.core.models import Notice, NoticePreference

pytestmark = pytest.mark.django_db

INBOX = reverse("inbox:list")
KIND = "awards.application.sent"
PARAMS = {"title": "ยื่นภาษีออนไลน์", "organization_th": "กรมสรรพากร", "organization_en": "RD"}


def _notices(user, count, *, read=False, start=0):
    now = timezone.now()
    return Notice.objects.bulk_create(
        Notice(
            recipient=user,
            kind=KIND,
            params={**PARAMS, "title": f"ผลงาน {start + index}"},
            url="/awards/",
            created_at=now - datetime.timedelta(minutes=start + index),
            read_at=now if read else None,
        )
        for index in range(count)
    )


def test_the_header_shows_the_unread_count_on_every_signed_in_page(agency_head, agency_head_client):
    _notices(agency_head, 3)
    _notices(agency_head, 2, read=True, start=3)
    page = agency_head_client.get(reverse("dashboard:home")).content.decode()
    assert 'class="inbox-link__count">3<' in page
    assert "ข้อความที่ยังไม่ได้อ่าน" in page  # read out by screen readers
    empty = agency_head_client.get(reverse("dashboard:profile")).content.decode()
    assert "inbox-link" in empty and reverse("inbox:preferences") in empty


def test_anonymous_people_are_sent_to_log_in(anonymous_client):
    assert anonymous_client.get(INBOX)["Location"].startswith(reverse("accounts:login"))


def test_the_list_is_newest_first_paged_and_marks_the_unread(
    agency_head, agency_head_client, coordinator
):
    _notices(agency_head, 30, start=10)  # ผลงาน 10 (newest) to ผลงาน 39
    read = _notices(agency_head, 1, read=True, start=40)  # the oldest
    _notices(coordinator, 1)  # someone else's
    page = agency_head_client.get(INBOX)
    body = page.content.decode()
    assert page.status_code == 200
    assert body.index("ผลงาน 10") < body.index("ผลงาน 11")
    assert "ผลงาน 40" not in body  # 31 notices, 25 a page: the oldest is on page 2
    assert "หน้า 1 จาก 2" in body
    assert body.count("notice--unread") == 25
    second = agency_head_client.get(INBOX + "?page=2").content.decode()
    assert "ผลงาน 40" in second and reverse("inbox:open", args=[read[0].pk]) in second
    assert second.count("notice--unread") == 5
    unread = agency_head_client.get(INBOX + "?show=unread&page=2").content.decode()
    assert "ผลงาน 40" not in unread


def test_the_list_is_in_english_for_an_english_reader(agency_head, agency_head_client):
    _notices(agency_head, 1)
    agency_head_client.cookies["loetrat_language"] = "en"
    body = agency_head_client.get(INBOX).content.decode()
    assert "Please endorse the award application “ผลงาน 0”" in body
    assert "Agency: RD" in body and "Mark as read" in body


def test_opening_a_notice_marks_it_read_and_goes_to_its_page(agency_head, agency_head_client):
    (notice,) = _notices(agency_head, 1)
    response = agency_head_client.get(reverse("inbox:open", args=[notice.pk]))
    assert response.status_code == 302 and response["Location"] == "/awards/"
    notice.refresh_from_db()
    first_read = notice.read_at
    assert first_read is not None
    agency_head_client.get(reverse("inbox:open", args=[notice.pk]))
    notice.refresh_from_db()
    assert notice.read_at == first_read  # the first reading is kept


def test_nobody_opens_or_marks_another_persons_notice(agency_head, coordinator_client):
    (notice,) = _notices(agency_head, 1)
    assert coordinator_client.get(reverse("inbox:open", args=[notice.pk])).status_code == 404
    assert coordinator_client.post(reverse("inbox:read", args=[notice.pk])).status_code == 404
    coordinator_client.post(reverse("inbox:read_all"))
    notice.refresh_from_db()
    assert notice.read_at is None


def test_marking_one_and_all_read(agency_head, agency_head_client):
    first, second, third = _notices(agency_head, 3)
    response = agency_head_client.post(
        reverse("inbox:read", args=[first.pk]), {"next": INBOX + "?page=1"}
    )
    assert response["Location"] == INBOX + "?page=1"
    assert Notice.objects.filter(recipient=agency_head, read_at__isnull=True).count() == 2
    # A "next" elsewhere is not followed.
    response = agency_head_client.post(reverse("inbox:read_all"), {"next": "https://evil.example/"})
    assert response["Location"] == INBOX
    assert not Notice.objects.filter(recipient=agency_head, read_at__isnull=True).exists()
    assert agency_head_client.get(reverse("inbox:read_all")).status_code == 405


def test_an_empty_inbox_says_so(no_role_client):
    body = no_role_client.get(INBOX).content.decode()
    assert "ยังไม่มีข้อความ" in body


def test_the_email_choices_are_kept_per_kind(agency_head, agency_head_client):
    url = reverse("inbox:preferences")
    page = agency_head_client.get(url).content.decode()
    assert 'value="awards.application.sent"' in page and "checked" in page
    response = agency_head_client.post(url, {"email_kinds": ["meetings.action.overdue"]})
    assert response.status_code == 302
    chosen = dict(NoticePreference.objects.filter(user=agency_head).values_list("kind", "email"))
    assert chosen["meetings.action.overdue"] is True and chosen[KIND] is False


def test_a_choice_of_an_unknown_kind_is_refused_and_nothing_saved(agency_head, agency_head_client):
    response = agency_head_client.post(
        reverse("inbox:preferences"), {"email_kinds": [KIND, "no.such.kind"]}
    )
    assert response.status_code == 200
    assert "no.such.kind" in response.content.decode()
    assert not NoticePreference.objects.filter(user=agency_head).exists()


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_inbox_and_the_header_count_do_not_grow_with_notices(agency_head, agency_head_client):
    _notices(agency_head, 3)
    few = (
        _queries(agency_head_client, INBOX),
        _queries(agency_head_client, reverse("dashboard:home")),
    )
    _notices(agency_head, 60, start=3)
    many = (
        _queries(agency_head_client, INBOX),
        _queries(agency_head_client, reverse("dashboard:home")),
    )
    assert few == many
    # Session, user, the menu's roles and permissions (with whether the person holds a
    # committee seat), the page's count and rows, and the header's unread count.
    assert few[0] <= 9

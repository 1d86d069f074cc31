"""The secretariat's news pages: list, edit, publish, and writing news from a meeting."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from loetrat.meetings.enums import MeetingStatus
from loetrat.meetings.models import Meeting
from loetrat.publishing.enums import NewsStatus
from loetrat.publishing.models import NewsItem
from tests.factories.held_meetings import make_committee, make_meeting
from tests.factories.news import make_news

LIST = reverse("publishing:newsroom")


@pytest.fixture
def meeting(opdc, secretariat_admin):
    return make_meeting(make_committee(opdc, secretariat_admin), secretariat_admin)


@pytest.fixture
def news(meeting, secretariat_admin):
    return make_news(meeting, secretariat_admin, slug="draft-news")


def _url(name, pk):
    return reverse(f"publishing:{name}", args=[pk])


@pytest.mark.parametrize("persona", ["secretariat_client", "secretariat_admin_client"])
def test_secretariat_sees_drafts_and_published(request, persona, meeting, secretariat_admin):
    make_news(meeting, secretariat_admin, slug="a-draft", title="ร่างข่าว")
    make_news(meeting, secretariat_admin, slug="a-pub", title="ข่าวเผยแพร่", published=timezone.now())
    response = request.getfixturevalue(persona).get(LIST)
    assert response.status_code == 200
    assert "ร่างข่าว" in response.text and "ข่าวเผยแพร่" in response.text
    drafts = request.getfixturevalue(persona).get(LIST, {"status": NewsStatus.DRAFT})
    assert "ร่างข่าว" in drafts.text and "ข่าวเผยแพร่" not in drafts.text


@pytest.mark.parametrize(
    "persona", ["coordinator_client", "agency_head_client", "committee_client", "assessor_client"]
)
def test_others_are_refused(request, persona, meeting, news):
    client = request.getfixturevalue(persona)
    assert client.get(LIST).status_code == 403
    assert client.get(_url("news_edit", news.pk)).status_code == 403
    assert client.post(_url("news_publish", news.pk)).status_code == 403
    assert client.post(_url("news_from_meeting", meeting.pk)).status_code == 403
    news.refresh_from_db()
    assert news.status == NewsStatus.DRAFT
    assert NewsItem.objects.count() == 1


def test_anonymous_is_sent_to_log_in(anonymous_client, news):
    assert anonymous_client.get(LIST).status_code == 302


def test_unknown_items_are_404(secretariat_client, meeting, news):
    assert secretariat_client.get(_url("news_edit", news.pk + 99)).status_code == 404
    assert secretariat_client.get(_url("news_from_meeting", meeting.pk + 99)).status_code == 404


def _list_queries(client, meeting, actor, count, start):
    for number in range(start, start + count):
        make_news(meeting, actor, slug=f"n-{number}", published=timezone.now())
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST).status_code == 200
    return len(queries)


def test_list_query_count_does_not_grow(secretariat_client, meeting, secretariat_admin):
    few = _list_queries(secretariat_client, meeting, secretariat_admin, 5, 0)
    many = _list_queries(secretariat_client, meeting, secretariat_admin, 45, 5)
    assert few == many


def test_from_meeting_previews_then_saves_a_draft(secretariat_client, meeting):
    url = _url("news_from_meeting", meeting.pk)
    preview = secretariat_client.get(url)
    assert preview.status_code == 200
    assert "เมื่อวันที่ 27 กันยายน 2565" in preview.text
    assert NewsItem.objects.count() == 0
    response = secretariat_client.post(url)
    news = NewsItem.objects.get()
    assert response["Location"] == _url("news_edit", news.pk)
    assert news.meeting == meeting and news.status == NewsStatus.DRAFT
    again = secretariat_client.get(url)
    assert again.status_code == 302 and again["Location"] == _url("news_edit", news.pk)


def test_from_a_meeting_not_held(secretariat_client, meeting):
    Meeting.objects.filter(pk=meeting.pk).update(status=MeetingStatus.SCHEDULED)
    url = _url("news_from_meeting", meeting.pk)
    page = secretariat_client.get(url)
    assert (
        page.status_code == 200
        and "7/2565" in page.text
        and "<button" not in page.text.split("</header>")[1].split("</main>")[0]
    )
    response = secretariat_client.post(url)
    assert response.status_code == 409
    assert NewsItem.objects.count() == 0


def test_edit_saves_and_shows_errors_beside_the_field(secretariat_client, news):
    url = _url("news_edit", news.pk)
    page = secretariat_client.get(url)
    assert page.status_code == 200 and 'name="body_th"' in page.text
    data = {
        "title_th": "หัวข่าว",
        "title_en": "Headline",
        "body_th": "",
        "body_en": "Text",
        "slug": "draft-news",
    }
    response = secretariat_client.post(url, data)
    assert response.status_code == 400
    assert response.context["form"].errors["body_th"]
    assert "หัวข่าว" in response.text
    data["body_th"] = "เนื้อข่าว"
    assert secretariat_client.post(url, data).status_code == 302
    news.refresh_from_db()
    assert (news.title_th, news.body_th, news.title_en) == ("หัวข่าว", "เนื้อข่าว", "Headline")


def test_duplicate_slug_is_a_field_error(secretariat_client, meeting, secretariat_admin, news):
    make_news(meeting, secretariat_admin, slug="taken")
    data = {"title_th": "ก", "body_th": "ข", "slug": "taken"}
    response = secretariat_client.post(_url("news_edit", news.pk), data)
    assert response.status_code == 400
    assert response.context["form"].errors["slug"]


def test_publish_and_unpublish_buttons(secretariat_client, news):
    assert secretariat_client.post(_url("news_publish", news.pk)).status_code == 302
    news.refresh_from_db()
    assert news.status == NewsStatus.PUBLISHED
    page = secretariat_client.get(_url("news_edit", news.pk))
    assert reverse("publishing:news_detail", args=[news.slug]) in page.text
    assert _url("news_unpublish", news.pk) in page.text
    secretariat_client.post(_url("news_unpublish", news.pk))
    news.refresh_from_db()
    assert news.status == NewsStatus.DRAFT


def test_publish_needs_post(secretariat_client, news):
    assert secretariat_client.get(_url("news_publish", news.pk)).status_code == 405


def test_old_news_keep_their_date(secretariat_client, meeting, secretariat_admin):
    when = datetime.datetime(2022, 9, 28, 10, 0, tzinfo=datetime.UTC)
    make_news(meeting, secretariat_admin, slug="old", published=when)
    assert "28 กันยายน 2565" in secretariat_client.get(LIST).text


def test_save_and_publish_keeps_the_edits(secretariat_client, news):
    """Publishing from the edit page saves what was typed first: nothing typed is lost."""
    data = {
        "slug": news.slug,
        "title_th": "หัวข่าวที่แก้แล้ว",
        "title_en": "Edited headline",
        "body_th": "เนื้อข่าวที่แก้แล้ว",
        "body_en": "",
        "publish": "1",
    }
    response = secretariat_client.post(_url("news_edit", news.pk), data)
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.status == NewsStatus.PUBLISHED and news.title_th == "หัวข่าวที่แก้แล้ว"
    page = secretariat_client.get(_url("news_edit", news.pk)).text
    assert 'name="publish"' not in page


def test_save_and_publish_with_an_error_publishes_nothing(secretariat_client, news):
    data = {"slug": news.slug, "title_th": "", "body_th": "ข้อความ", "publish": "1"}
    response = secretariat_client.post(_url("news_edit", news.pk), data)
    assert response.status_code == 400
    news.refresh_from_db()
    assert news.status == NewsStatus.DRAFT
    assert "ข้อความ" in response.text  # what was typed is shown again


def test_news_from_a_consulting_session(secretariat_client, agency, coordinator, secretariat):
    from tests.publishing.test_news_services import _held_clinic

    clinic = _held_clinic(agency, coordinator, secretariat)
    page = secretariat_client.get(reverse("clinics:detail", args=[clinic.pk])).text
    write = reverse("publishing:news_from_clinic", args=[clinic.pk])
    assert write in page
    preview = secretariat_client.get(write)
    assert preview.status_code == 200 and "กรมสรรพากร" in preview.text
    response = secretariat_client.post(write)
    news = NewsItem.objects.get(clinic=clinic)
    assert response.status_code == 302 and response["Location"] == _url("news_edit", news.pk)
    assert (
        reverse("publishing:news_edit", args=[news.pk])
        in secretariat_client.get(reverse("clinics:detail", args=[clinic.pk])).text
    )


def test_the_newsroom_is_in_the_secretariats_menu(secretariat_client, coordinator_client):
    assert f'href="{LIST}"' in secretariat_client.get(reverse("dashboard:home")).text
    assert f'href="{LIST}"' not in coordinator_client.get(reverse("dashboard:home")).text

"""The public news pages and the Atom feed: published items only, no log-in needed."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.held_meetings import make_committee, make_meeting
from tests.factories.news import make_news

LIST = reverse("publishing:news_list")
FEED = reverse("publishing:news_feed")
ATOM = "{http://www.w3.org/2005/Atom}"
WHEN = datetime.datetime(2022, 9, 28, 3, 0, tzinfo=datetime.UTC)


@pytest.fixture
def meeting(opdc, secretariat_admin):
    return make_meeting(make_committee(opdc, secretariat_admin), secretariat_admin, items=1)


@pytest.fixture
def published(meeting, secretariat_admin):
    return make_news(
        meeting, secretariat_admin, slug="meeting-7-2565", title="ข่าวประชุม", published=WHEN
    )


@pytest.fixture
def draft(meeting, secretariat_admin):
    return make_news(meeting, secretariat_admin, slug="still-a-draft", title="ร่างยังไม่เผยแพร่")


def _detail(item):
    return reverse("publishing:news_detail", args=[item.slug])


def test_anonymous_reads_published_news(anonymous_client, published, draft):
    response = anonymous_client.get(LIST)
    assert response.status_code == 200
    assert "ข่าวประชุม" in response.text and "28 กันยายน 2565" in response.text
    assert "ร่างยังไม่เผยแพร่" not in response.text
    assert FEED in response.text
    page = anonymous_client.get(_detail(published))
    assert page.status_code == 200
    assert "<p>ข่าวประชุม</p>" in page.text and "<p>ย่อหน้าที่สอง</p>" in page.text


def test_drafts_and_unknown_addresses_are_404(anonymous_client, secretariat_client, draft):
    assert anonymous_client.get(_detail(draft)).status_code == 404
    assert secretariat_client.get(_detail(draft)).status_code == 404
    assert (
        anonymous_client.get(reverse("publishing:news_detail", args=["nothing"])).status_code == 404
    )


def test_signed_in_people_read_news_too(coordinator_client, published):
    assert coordinator_client.get(_detail(published)).status_code == 200


def test_english_page_uses_the_english_text(anonymous_client, published):
    anonymous_client.cookies["loetrat_language"] = "en"
    page = anonymous_client.get(_detail(published))
    assert "ข่าวประชุม (en)" in page.text and "English text" in page.text
    assert "28 September 2022" in page.text


def test_empty_list(anonymous_client, db):
    assert anonymous_client.get(LIST).status_code == 200


def test_feed_is_atom_with_the_published_entries(anonymous_client, published, draft):
    response = anonymous_client.get(FEED)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["ข่าวประชุม"]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link.endswith(_detail(published))


def test_feed_holds_the_latest_thirty(anonymous_client, meeting, secretariat_admin):
    for number in range(35):
        make_news(
            meeting,
            secretariat_admin,
            slug=f"n-{number}",
            title=f"ข่าว {number}",
            published=WHEN + datetime.timedelta(days=number),
        )
    root = ET.fromstring(anonymous_client.get(FEED).content)
    titles = [entry.find(f"{ATOM}title").text for entry in root.findall(f"{ATOM}entry")]
    assert len(titles) == 30 and titles[0] == "ข่าว 34"


def test_home_page_links_the_feed_and_the_news(anonymous_client, db):
    text = anonymous_client.get(reverse("publishing:home")).text
    head = text.split("</head>")[0]
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert f'href="{FEED}"' in head
    body = text.split("</head>")[1]
    assert f'href="{LIST}"' in body


def _queries(client, url, meeting, actor, count, start):
    for number in range(start, start + count):
        make_news(meeting, actor, slug=f"q-{number}", published=WHEN)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [LIST, FEED])
def test_query_count_does_not_grow(anonymous_client, meeting, secretariat_admin, url):
    few = _queries(anonymous_client, url, meeting, secretariat_admin, 5, 0)
    many = _queries(anonymous_client, url, meeting, secretariat_admin, 45, 5)
    assert few == many


def test_list_is_paginated(anonymous_client, meeting, secretariat_admin):
    for number in range(25):
        make_news(meeting, secretariat_admin, slug=f"p-{number}", published=WHEN)
    first = anonymous_client.get(LIST)
    assert len(first.context["items"]) == 20
    second = anonymous_client.get(LIST, {"page": 2})
    assert len(second.context["items"]) == 5


def test_feed_entries_have_an_author_and_an_iri_id(anonymous_client, published):
    root = ET.fromstring(anonymous_client.get(FEED).content)
    assert root.find(f"{ATOM}author/{ATOM}name").text
    entry = root.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}author/{ATOM}name").text
    identifier = entry.find(f"{ATOM}id").text
    assert identifier.startswith("http://") and identifier.endswith(_detail(published))


def test_news_are_newest_first_by_publication_day(anonymous_client, meeting, secretariat_admin):
    for day in (28, 30, 29):
        when = datetime.datetime(2022, 9, day, 10, 0, tzinfo=datetime.UTC)
        make_news(meeting, secretariat_admin, slug=f"d{day}", published=when, title=f"ข่าววันที่{day}")
    page = anonymous_client.get(reverse("publishing:news_list")).text
    assert page.index("ข่าววันที่30") < page.index("ข่าววันที่29") < page.index("ข่าววันที่28")

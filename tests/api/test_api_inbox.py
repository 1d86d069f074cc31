"""/api/v1/inbox: a person's own notices (paged, newest first, in the request's language),
marking one or all read; another person's notice is 404; the queries do not grow with rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loetrat.core.models import Notice
from tests.core.test_inbox_views import _notices

API = "/api/v1/inbox"
pytestmark = pytest.mark.django_db


def test_the_list_is_paged_newest_first_with_text_and_links(
    agency_head, agency_head_client, settings
):
    settings.SITE_URL = "https://loetrat.example"
    _notices(agency_head, 3)
    answer = agency_head_client.get(API + "?limit=2", HTTP_ACCEPT_LANGUAGE="en")
    assert answer.status_code == 200
    body = answer.json()
    assert body["count"] == 3 and len(body["items"]) == 2
    first = body["items"][0]
    assert first["subject"] == "Please endorse the award application “ผลงาน 0”"
    assert first["body"] == "Agency: RD"
    assert first["url"] == "https://loetrat.example/awards/"
    assert first["unread"] is True and first["read_at"] is None
    assert first["kind"] == "awards.application.sent"


def test_marking_one_then_all_read(agency_head, agency_head_client):
    first, _second, _third = _notices(agency_head, 3)
    marked = agency_head_client.post(f"{API}/{first.pk}/read")
    assert marked.status_code == 200 and marked.json()["unread"] is False
    assert agency_head_client.get(API + "?unread=true").json()["count"] == 2
    assert agency_head_client.post(f"{API}/read-all").json() == {"marked": 2}
    assert agency_head_client.post(f"{API}/read-all").json() == {"marked": 0}


def test_another_persons_notice_is_not_found(agency_head, coordinator_client):
    (notice,) = _notices(agency_head, 1)
    answer = coordinator_client.post(f"{API}/{notice.pk}/read")
    assert answer.status_code == 404 and answer.json()["code"] == "not_found"
    assert coordinator_client.get(API).json()["count"] == 0
    assert Notice.objects.get(pk=notice.pk).read_at is None


def test_without_credentials_the_answer_is_401(anonymous_client):
    answer = anonymous_client.get(API)
    assert answer.status_code == 401 and answer.json()["code"] == "unauthenticated"


def test_a_bad_limit_answers_422_in_the_error_format(agency_head_client):
    answer = agency_head_client.get(API + "?limit=0")
    assert answer.status_code == 422 and answer.json()["code"] == "validation_error"


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(API).status_code == 200
    return len(queries)


def test_the_queries_do_not_grow_with_notices(agency_head, agency_head_client):
    _notices(agency_head, 2)
    few = _queries(agency_head_client)
    _notices(agency_head, 40, start=2)
    assert _queries(agency_head_client) == few


def test_an_api_client_may_ask_for_english_but_a_browser_gets_thai(coordinator_client):
    from django.urls import reverse

    api = coordinator_client.get("/api/v1/me/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert api["Content-Language"] == "en" and "Accept-Language" in api["Vary"]
    page = coordinator_client.get(reverse("dashboard:home"), HTTP_ACCEPT_LANGUAGE="en-US")
    assert page["Content-Language"] == "th"

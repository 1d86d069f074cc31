"""/api/v1/meetings for setting up committees (create, change, terms, seats) and for the
meeting's postponement, cancellation and agenda order: the personas allowed and refused, the
refusals in the error format, and lists whose queries do not grow with their rows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from loetrat.meetings.enums import AgendaSection
from loetrat.meetings.services import agenda_item_add, meeting_schedule, member_appoint
from tests.factories.meetings import make_committee

API = "/api/v1/meetings/"
pytestmark = pytest.mark.django_db


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def patch(client, url, data):
    return client.patch(url, data, content_type="application/json")


def test_creating_and_renaming_a_committee(secretariat_client, committee_client, committee, opdc):
    body = {
        "code": "award-wg",
        "kind": "working_group",
        "name_th": "คณะทำงานตรวจประเมินรางวัล",
        "parent_code": "goodgov",
        "secretariat_code": "opdc",
    }
    assert post(committee_client, API + "committees", body).status_code == 403
    created = post(secretariat_client, API + "committees", body)
    assert created.status_code == 201, created.json()
    assert created.json()["parent_code"] == "goodgov" and created.json()["members"] == []
    again = post(secretariat_client, API + "committees", body)
    assert again.status_code == 409 and again.json()["code"] == "duplicate_code"
    unknown = post(
        secretariat_client, API + "committees", {**body, "code": "x", "parent_code": "no"}
    )
    assert unknown.status_code == 400 and unknown.json()["details"][0]["field"] == "parent_code"
    renamed = patch(
        secretariat_client,
        API + "committees/award-wg",
        {"name_th": "คณะทำงานชื่อใหม่", "effective_on": "1/1/2567", "reason": "คำสั่งใหม่"},
    )
    assert renamed.status_code == 200, renamed.json()
    assert renamed.json()["former_names"][0]["used_until"] == "2023-12-31"
    assert patch(committee_client, API + "committees/goodgov", {"name_en": "x"}).status_code == 403


def test_terms_and_seats(secretariat_client, committee_client, committee):
    terms = committee_client.get(API + "committees/goodgov/terms")
    assert terms.status_code == 200 and len(terms.json()[0]["seats"]) == 6
    first = committee.terms.get()
    starts = first.ends_on - datetime.timedelta(days=5)
    body = {"starts_on": starts.isoformat(), "ends_on": "2575-09-30", "appointed_by_th": "คำสั่ง"}
    assert post(committee_client, API + "committees/goodgov/terms", body).status_code == 403
    started = post(secretariat_client, API + "committees/goodgov/terms", body)
    assert started.status_code == 201 and len(started.json()["seats"]) == 6
    term_id = started.json()["id"]
    seat_url = API + f"committees/goodgov/terms/{term_id}/seats"
    chair = post(secretariat_client, seat_url, {"name_th": "นายใหม่", "role": "chair"})
    assert chair.status_code == 409 and chair.json()["code"] == "role_taken"
    nobody = post(
        secretariat_client, seat_url, {"name_th": "นายใหม่", "role": "member", "username": "x"}
    )
    assert nobody.status_code == 400 and nobody.json()["details"][0]["field"] == "username"
    seat = post(secretariat_client, seat_url, {"name_th": "นายใหม่", "role": "member"})
    assert seat.status_code == 201 and seat.json()["term_id"] == term_id
    end_url = API + f"seats/{seat.json()['id']}/end"
    assert post(committee_client, end_url, {"on": "2574-01-01", "reason": "x"}).status_code == 403
    late = post(secretariat_client, end_url, {"on": "2599-01-01", "reason": "ลาออก"})
    assert late.status_code == 400 and late.json()["code"] == "ends_after_term"
    ended = post(secretariat_client, end_url, {"on": "2574-01-01", "reason": "ลาออก"})
    assert ended.status_code == 200 and ended.json()["end_reason"] == "ลาออก"
    assert ended.json()["term_ends"] == "2031-01-01"


def _upcoming(committee, actor, items=0):
    starts = (timezone.localtime() + datetime.timedelta(days=20)).replace(hour=9, minute=30)
    meeting = meeting_schedule(committee=committee, starts_at=starts, mode="online", actor=actor)
    for n in range(items):
        agenda_item_add(
            meeting=meeting, section=AgendaSection.CONSIDERATION, title_th=f"เรื่อง {n}", actor=actor
        )
    return meeting


def test_agenda_order_and_sending(
    secretariat_client, committee_client, committee, secretariat_admin
):
    meeting = _upcoming(committee, secretariat_admin, items=3)
    last = meeting.agenda_items.get(number=3)
    url = API + f"agenda/{last.pk}/move"
    assert post(committee_client, url, {"section": 4, "number": 1}).status_code == 403
    moved = post(secretariat_client, url, {"section": 4, "number": 1})
    assert moved.status_code == 200
    labels = [(row["label"], row["title_th"]) for row in moved.json()["agenda"]]
    assert labels == [("4.1", "เรื่อง 2"), ("4.2", "เรื่อง 0"), ("4.3", "เรื่อง 1")]
    across = post(secretariat_client, url, {"section": 5})
    assert [row["label"] for row in across.json()["agenda"]] == ["4.1", "4.2", "5.1"]
    send = API + f"meetings/{meeting.pk}/agenda/send"
    assert post(committee_client, send).status_code == 403
    sent = post(secretariat_client, send)
    assert sent.status_code == 200 and sent.json()["agenda_status"] == "sent"
    assert sent.json()["agenda_sent_at"]
    fixed = post(secretariat_client, url, {"section": 4})
    assert fixed.status_code == 409 and fixed.json()["code"] == "agenda_sent"


def test_postpone_and_cancel(secretariat_client, committee_client, committee, secretariat_admin):
    meeting = _upcoming(committee, secretariat_admin)
    new_start = timezone.localtime(meeting.starts_at) + datetime.timedelta(hours=4)
    url = API + f"meetings/{meeting.pk}/postpone"
    body = {"starts_at": new_start.isoformat(), "reason": "ประธานติดภารกิจ"}
    assert post(committee_client, url, body).status_code == 403
    postponed = post(secretariat_client, url, body)
    assert postponed.status_code == 200, postponed.json()
    assert postponed.json()["number"] == meeting.number and postponed.json()["postponed_from"]
    past = post(secretariat_client, url, {**body, "starts_at": "2000-01-01T09:00:00+07:00"})
    assert past.status_code == 400 and past.json()["code"] == "starts_in_past"
    cancel = API + f"meetings/{meeting.pk}/cancel"
    cancelled = post(secretariat_client, cancel, {"reason": "ไม่มีเรื่องเสนอ"})
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    twice = post(secretariat_client, cancel, {"reason": "อีกครั้ง"})
    assert twice.status_code == 409 and twice.json()["code"] == "meeting_not_scheduled"


def test_lists_do_not_grow_queries(secretariat_client, secretariat_admin, opdc, committee):
    small = _upcoming(committee, secretariat_admin, items=1)
    big = _upcoming(committee, secretariat_admin, items=20)
    reads = [
        API + "committees",
        API + "committees/goodgov/terms",
        API + "committees/goodgov/meetings",
        API + "committees/goodgov",
    ]
    before = []
    for url in reads:
        with CaptureQueriesContext(connection) as few:
            assert secretariat_client.get(url).status_code == 200
        before.append(len(few))
    with CaptureQueriesContext(connection) as one_item:
        secretariat_client.get(API + f"meetings/{small.pk}")
    term = committee.terms.get()
    for n in range(12):
        member_appoint(term=term, actor=secretariat_admin, name_th=f"คนที่ {n}", role="member")
    for n in range(4):
        make_committee(secretariat_admin, opdc, code=f"extra{n}")
    _upcoming(committee, secretariat_admin, items=2)
    for url, count in zip(reads, before, strict=True):
        with CaptureQueriesContext(connection) as many:
            secretariat_client.get(url)
        assert len(many) == count, url
    with CaptureQueriesContext(connection) as twenty:
        secretariat_client.get(API + f"meetings/{big.pk}")
    assert len(twenty) == len(one_item)

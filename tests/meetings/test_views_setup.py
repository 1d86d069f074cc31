"""The committee set-up pages (create, edit, terms, seats) and the meeting's postpone, cancel,
agenda order and send, with the personas allowed and refused, what was typed kept on a refusal,
and query counts that do not grow with the rows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from loetrat.meetings.enums import AgendaSection, AgendaStatus, MeetingStatus
from loetrat.meetings.models import Committee, CommitteeMember
from loetrat.meetings.services import agenda_item_add, meeting_schedule, member_appoint
from tests.factories.meetings import make_committee, make_meeting

pytestmark = pytest.mark.django_db


def _upcoming(committee, actor, items=0):
    starts = (timezone.localtime() + datetime.timedelta(days=20)).replace(hour=9, minute=30)
    meeting = meeting_schedule(committee=committee, starts_at=starts, mode="online", actor=actor)
    for n in range(items):
        agenda_item_add(
            meeting=meeting,
            section=AgendaSection.CONSIDERATION if n % 3 else AgendaSection.INFORMATION,
            title_th=f"เรื่องที่ {n + 1}",
            actor=actor,
        )
    return meeting


def test_creating_a_committee_keeps_what_was_typed(secretariat_client, committee_client, opdc):
    url = reverse("meetings:committee_create")
    assert committee_client.get(url).status_code == 403
    page = secretariat_client.get(url)
    assert page.status_code == 200 and 'value="OPDC"' in page.content.decode()
    data = {
        "code": "award-wg",
        "kind": "working_group",
        "name_th": "คณะทำงานตรวจประเมินรางวัล",
        "secretariat": "NOPE",
        "quorum_percent": "50",
    }
    bad = secretariat_client.post(url, data)
    assert bad.status_code == 400 and "คณะทำงานตรวจประเมินรางวัล" in bad.content.decode()
    assert not Committee.objects.filter(code="award-wg").exists()
    good = secretariat_client.post(url, {**data, "secretariat": "opdc"})
    assert good.status_code == 302
    assert good.url == reverse("meetings:term_start", args=["award-wg"])
    assert Committee.objects.get(code="award-wg").secretariat == opdc


def test_editing_a_name_keeps_the_old_one(secretariat_client, committee_client, committee):
    url = reverse("meetings:committee_edit", args=["goodgov"])
    assert committee_client.get(url).status_code == 403
    page = secretariat_client.get(url)
    assert committee.name_th in page.content.decode()
    response = secretariat_client.post(
        url,
        {
            "kind": committee.kind,
            "name_th": "คณะอนุกรรมการชื่อใหม่",
            "name_en": "",
            "abbreviation_th": "",
            "secretariat": "OPDC",
            "quorum_percent": "50",
            "quorum_more_than": "on",
            "effective_on": "1/1/2567",
        },
    )
    assert response.status_code == 302
    detail = secretariat_client.get(reverse("meetings:committee", args=["goodgov"]))
    html = detail.content.decode()
    assert "คณะอนุกรรมการชื่อใหม่" in html and "31 ธันวาคม 2566" in html  # used until, in B.E.


def test_starting_a_term_and_ending_a_seat(secretariat_client, committee_client, committee):
    first = committee.terms.get()
    url = reverse("meetings:term_start", args=["goodgov"])
    assert committee_client.get(url).status_code == 403
    bad = secretariat_client.post(url, {"starts_on": "1/1/2560", "ends_on": "1/1/2559"})
    assert bad.status_code == 400 and "1/1/2560" in bad.content.decode()
    starts = first.ends_on - datetime.timedelta(days=10)
    good = secretariat_client.post(
        url,
        {
            "starts_on": starts.strftime("%d/%m/") + str(starts.year + 543),
            "ends_on": "30/9/2575",
            "appointed_by_th": "คำสั่ง ก.พ.ร. ที่ 9/2571",
            "carry_over": "on",
        },
    )
    assert good.status_code == 302
    term = committee.terms.order_by("-starts_on").first()
    assert term.seats.count() == 6 and good.url == reverse(
        "meetings:term", args=["goodgov", term.pk]
    )
    seat = term.seats.get(name_th="กรรมการ 4")
    end_url = reverse("meetings:seat_end", args=[seat.pk])
    assert committee_client.post(end_url, {}).status_code == 403
    refused = secretariat_client.post(
        end_url, {f"seat{seat.pk}-on": "1/1/2500", f"seat{seat.pk}-reason": "ลาออก"}
    )
    assert refused.status_code == 400 and "ลาออก" in refused.content.decode()
    ended = secretariat_client.post(
        end_url, {f"seat{seat.pk}-on": "30/9/2574", f"seat{seat.pk}-reason": "ลาออก"}
    )
    assert ended.status_code == 302
    seat.refresh_from_db()
    assert seat.end_reason == "ลาออก" and seat.term_ends == datetime.date(2031, 9, 30)
    history = committee_client.get(reverse("meetings:term", args=["goodgov", first.pk]))
    assert history.status_code == 200 and "กรรมการ 4" in history.content.decode()


def test_postpone_and_cancel_pages(
    secretariat_client, committee_client, committee, secretariat_admin
):
    meeting = _upcoming(committee, secretariat_admin)
    postpone = reverse("meetings:meeting_postpone", args=[meeting.pk])
    cancel = reverse("meetings:meeting_cancel", args=[meeting.pk])
    assert committee_client.get(postpone).status_code == 403
    assert committee_client.post(cancel, {"reason": "x"}).status_code == 403
    no_reason = secretariat_client.post(postpone, {"day": "1/1/2500", "time": "09:30"})
    assert no_reason.status_code == 400
    day = timezone.localtime(meeting.starts_at).date()
    typed = f"{day.day}/{day.month}/{day.year + 543}"
    moved = secretariat_client.post(
        postpone, {"day": typed, "time": "13:30", "reason": "ประธานติดภารกิจ"}
    )
    assert moved.status_code == 302
    meeting.refresh_from_db()
    assert timezone.localtime(meeting.starts_at).hour == 13 and meeting.postponed_from
    page = secretariat_client.get(reverse("meetings:meeting", args=[meeting.pk])).content.decode()
    assert "ประธานติดภารกิจ" in page
    assert secretariat_client.post(cancel, {"reason": ""}).status_code == 400
    assert secretariat_client.post(cancel, {"reason": "ไม่มีเรื่องเสนอ"}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CANCELLED


def test_reordering_without_javascript_and_sending(
    secretariat_client, committee_client, committee, secretariat_admin
):
    meeting = _upcoming(committee, secretariat_admin, items=3)  # 5.1, 4.1, 4.2
    page = secretariat_client.get(reverse("meetings:meeting", args=[meeting.pk])).content.decode()
    assert "เรื่องเพื่อพิจารณา" in page and 'name="direction"' in page
    second = meeting.agenda_items.get(section=4, number=2)
    move = reverse("meetings:agenda_move", args=[second.pk])
    assert committee_client.post(move, {"direction": "up"}).status_code == 403
    up = secretariat_client.post(move, {"direction": "up"})
    assert up.status_code == 302 and up.url.endswith(f"#item-{second.pk}")
    second.refresh_from_db()
    assert second.label == "4.1"
    secretariat_client.post(move, {"section": "6"})
    second.refresh_from_db()
    assert second.label == "6.1"
    send = reverse("meetings:agenda_send", args=[meeting.pk])
    assert committee_client.post(send).status_code == 403
    assert secretariat_client.post(send).status_code == 302
    meeting.refresh_from_db()
    assert meeting.agenda_status == AgendaStatus.SENT
    refused = secretariat_client.post(move, {"direction": "up"}, follow=True)
    assert 'class="message message--error"' in refused.content.decode()
    second.refresh_from_db()
    assert second.label == "6.1"
    page = secretariat_client.get(reverse("meetings:meeting", args=[meeting.pk])).content.decode()
    assert 'name="direction"' not in page


def test_committee_and_term_pages_do_not_grow_queries(
    secretariat_client, secretariat_admin, opdc, committee
):
    term = committee.terms.get()
    urls = [
        reverse("meetings:committee", args=["goodgov"]),
        reverse("meetings:term", args=["goodgov", term.pk]),
    ]
    counts = []
    for url in urls:
        with CaptureQueriesContext(connection) as few:
            secretariat_client.get(url)
        counts.append(len(few))
    for n in range(15):
        member_appoint(term=term, actor=secretariat_admin, name_th=f"ผู้ทรงคุณวุฒิ {n}", role="member")
    for _ in range(4):
        make_meeting(committee, secretariat_admin)
    for url, before in zip(urls, counts, strict=True):
        with CaptureQueriesContext(connection) as many:
            response = secretariat_client.get(url)
        assert response.content.decode().count("ผู้ทรงคุณวุฒิ 1") >= 1
        assert len(many) == before, url


def test_agenda_page_does_not_grow_queries(secretariat_client, secretariat_admin, committee):
    small = _upcoming(committee, secretariat_admin, items=2)
    big = _upcoming(committee, secretariat_admin, items=25)
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(reverse("meetings:meeting", args=[small.pk]))
    with CaptureQueriesContext(connection) as many:
        response = secretariat_client.get(reverse("meetings:meeting", args=[big.pk]))
    assert response.content.decode().count('name="direction"') >= 25
    assert len(many) == len(few)


def test_committee_list_shows_the_term_end(secretariat_client, secretariat_admin, opdc, committee):
    make_committee(secretariat_admin, opdc, code="second")
    html = secretariat_client.get("/meetings/").content.decode()
    term = committee.terms.get()
    assert str(term.ends_on.year + 543) in html
    assert CommitteeMember.objects.count() == 12

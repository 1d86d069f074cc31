"""Committees list and page, appointing members, and scheduling a meeting (numbered per B.E.
year, date typed in the Buddhist Era)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from loetrat.meetings.enums import CommitteeRole
from loetrat.meetings.models import CommitteeMember, Meeting
from tests.factories.meetings import make_committee, make_meeting

pytestmark = pytest.mark.django_db
LIST = "/meetings/"


@pytest.mark.parametrize("persona", ["secretariat_client", "committee_client"])
def test_committees_are_read_by_secretariat_and_members(request, persona, committee):
    client = request.getfixturevalue(persona)
    listed = client.get(reverse("meetings:committees"))
    assert listed.status_code == 200 and "อ.ก.พ.ร. ธรรมาภิบาล" in listed.content.decode()
    detail = client.get(reverse("meetings:committee", args=["goodgov"]))
    assert detail.status_code == 200 and "ประธาน" in detail.content.decode()


@pytest.mark.parametrize("persona", ["coordinator_client", "agency_head_client", "no_role_client"])
def test_others_are_refused(request, persona, committee):
    client = request.getfixturevalue(persona)
    assert client.get(reverse("meetings:committees")).status_code == 403
    assert client.get(reverse("meetings:committee", args=["goodgov"])).status_code == 403


def test_menu_shows_meetings_to_committee_members(committee_client, coordinator_client, db):
    assert 'href="/meetings/"' in committee_client.get("/dashboard/").content.decode()
    assert 'href="/meetings/"' not in coordinator_client.get("/dashboard/").content.decode()


def test_missing_committee_is_404(secretariat_client, committee):
    assert secretariat_client.get(reverse("meetings:committee", args=["nope"])).status_code == 404


def test_appointing_a_member(secretariat_client, committee_client, committee):
    term = committee.terms.get()
    url = reverse("meetings:term", args=["goodgov", term.pk])
    bad = secretariat_client.post(
        url, {"name_th": "นายใหม่", "role": "member", "term_starts": "1/1/2500"}
    )
    assert bad.status_code == 400 and "นายใหม่" in bad.content.decode()
    assert "ภายในวาระ" in bad.content.decode()  # the seat must start within the term
    unknown = secretariat_client.post(
        url, {"name_th": "นายใหม่", "role": "member", "account": "nobody-such"}
    )
    assert unknown.status_code == 400 and "nobody-such" in unknown.content.decode()
    good = secretariat_client.post(
        url, {"name_th": "นายใหม่", "role": "member", "term_starts": "1/10/2566"}
    )
    assert good.status_code == 302
    member = CommitteeMember.objects.get(name_th="นายใหม่")
    assert member.term_starts.year == 2023 and member.term_ends == term.ends_on
    assert committee_client.get(url).status_code == 200
    assert committee_client.post(url, {"name_th": "x", "role": "member"}).status_code == 403


def test_scheduling_gives_the_number(secretariat_client, committee_client, committee):
    url = reverse("meetings:meeting_schedule", args=["goodgov"])
    assert committee_client.get(url).status_code == 403
    assert secretariat_client.get(url).status_code == 200
    chair = committee.members.get(role=CommitteeRole.CHAIR)
    data = {"day": "15/6/2566", "time": "09:30", "mode": "in_person", "chair": chair.pk}
    no_place = secretariat_client.post(url, data)
    assert no_place.status_code == 400 and not Meeting.objects.exists()
    bad_date = secretariat_client.post(url, {**data, "day": "31/2/2566", "place_th": "ห้อง 1"})
    assert bad_date.status_code == 400 and "ห้อง 1" in bad_date.content.decode()
    for _ in range(8):
        response = secretariat_client.post(url, {**data, "place_th": "ห้อง 1"})
        assert response.status_code == 302
    meeting = Meeting.objects.order_by("-sequence").first()
    assert meeting.number == "8/2566" and meeting.chair == chair
    html = secretariat_client.get(response.url).content.decode()
    assert "ครั้งที่ 8/2566" in html and "09:30" in html


def test_committee_list_queries_do_not_grow(secretariat_client, secretariat_admin, opdc):
    make_committee(secretariat_admin, opdc, code="c0")
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(LIST)
    for n in range(1, 10):
        committee = make_committee(secretariat_admin, opdc, code=f"c{n}")
        make_meeting(committee, secretariat_admin)
    with CaptureQueriesContext(connection) as many:
        response = secretariat_client.get(LIST)
    assert response.content.decode().count("/meetings/committees/c") == 10
    assert len(many) == len(few)


def test_a_committee_member_reads_only_their_own_committees(
    secretariat_admin, opdc, committee, committee_client, committee_member
):
    from loetrat.meetings.models import CommitteeMember
    from tests.factories.meetings import make_meeting

    other = make_committee(secretariat_admin, opdc, code="other")
    own_meeting = make_meeting(committee, secretariat_admin)
    other_meeting = make_meeting(other, secretariat_admin)
    listing = committee_client.get("/meetings/").content.decode()
    assert "/meetings/committees/goodgov/" in listing
    assert "/meetings/committees/other/" not in listing
    assert committee_client.get("/meetings/committees/other/").status_code == 404
    assert committee_client.get(f"/meetings/{other_meeting.pk}/").status_code == 404
    assert committee_client.get(f"/api/v1/meetings/meetings/{other_meeting.pk}").status_code == 404
    codes = {c["code"] for c in committee_client.get("/api/v1/meetings/committees").json()["items"]}
    assert codes == {"goodgov"}
    assert committee_client.get(f"/meetings/{own_meeting.pk}/").status_code == 200
    # a seat whose term has ended no longer opens the records
    CommitteeMember.objects.filter(user=committee_member).update(term_ends="2000-01-01")
    assert committee_client.get(f"/meetings/{own_meeting.pk}/").status_code == 404

"""The minutes page: draft, edit until certification, PDF download; who may use it."""

import pytest
from django.urls import reverse

from loetrat.meetings.services import meeting_certify
from tests.factories.held_meetings import COMMITTEE_TH, make_committee, make_meeting


@pytest.fixture
def meeting(opdc, secretariat_admin, committee_member):
    committee = make_committee(opdc, secretariat_admin, member_user=committee_member)
    return make_meeting(committee, secretariat_admin)


def _url(name, meeting_id):
    return reverse(f"meetings:{name}", args=[meeting_id])


@pytest.mark.parametrize("persona", ["secretariat_client", "secretariat_admin_client"])
def test_secretariat_opens_the_minutes_page(request, persona, meeting):
    client = request.getfixturevalue(persona)
    response = client.get(_url("minutes", meeting.pk))
    assert response.status_code == 200
    assert 'name="minutes_th"' in response.text
    assert _url("minutes_pdf", meeting.pk) in response.text


@pytest.mark.parametrize(
    "persona", ["coordinator_client", "agency_head_client", "committee_client", "assessor_client"]
)
def test_others_may_not_edit_minutes(request, persona, meeting):
    client = request.getfixturevalue(persona)
    assert client.get(_url("minutes", meeting.pk)).status_code == 403
    assert client.post(_url("minutes_generate", meeting.pk)).status_code == 403
    meeting.refresh_from_db()
    assert meeting.minutes_th == ""


def test_anonymous_is_sent_to_log_in(anonymous_client, meeting):
    response = anonymous_client.get(_url("minutes_pdf", meeting.pk))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


def test_unknown_meeting_is_404(secretariat_client, meeting):
    assert secretariat_client.get(_url("minutes", meeting.pk + 999)).status_code == 404
    assert secretariat_client.get(_url("minutes_pdf", meeting.pk + 999)).status_code == 404


def test_generate_then_edit_the_draft(secretariat_client, meeting):
    response = secretariat_client.post(_url("minutes_generate", meeting.pk))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes_th.startswith(f"รายงานการประชุม{COMMITTEE_TH}")
    page = secretariat_client.get(_url("minutes", meeting.pk))
    assert "ครั้งที่ 7/2565" in page.text
    edited = meeting.minutes_th.replace("เริ่มประชุมเวลา 09.30 น.", "เริ่มประชุมเวลา 09.45 น.")
    response = secretariat_client.post(_url("minutes", meeting.pk), {"minutes_th": edited})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert "เริ่มประชุมเวลา 09.45 น." in meeting.minutes_th


@pytest.mark.parametrize("persona", ["secretariat_client", "committee_client"])
def test_pdf_download(request, persona, meeting):
    client = request.getfixturevalue(persona)
    response = client.get(_url("minutes_pdf", meeting.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "minutes-opdc-goodgov-7-2565.pdf" in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"


def test_coordinator_may_not_download(coordinator_client, meeting):
    assert coordinator_client.get(_url("minutes_pdf", meeting.pk)).status_code == 403


def test_certified_minutes_are_read_only_on_the_page(
    secretariat_client, secretariat_admin, meeting
):
    secretariat_client.post(_url("minutes", meeting.pk), {"minutes_th": "ฉบับแก้ไข"})
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    page = secretariat_client.get(_url("minutes", meeting.pk))
    assert 'name="minutes_th"' not in page.text and "ฉบับแก้ไข" in page.text
    response = secretariat_client.post(_url("minutes", meeting.pk), {"minutes_th": "อีกครั้ง"})
    assert response.status_code == 409
    assert "7/2565" in response.text
    secretariat_client.post(_url("minutes_generate", meeting.pk))
    meeting.refresh_from_db()
    assert meeting.minutes_th == "ฉบับแก้ไข"

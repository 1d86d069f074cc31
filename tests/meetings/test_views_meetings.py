"""The meeting page: who may read and run it, attendance and quorum, the agenda with linked
objects, resolutions and their refusals, certification approving a criteria version, and a
constant number of queries however long the agenda and however many documents."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from loetrat.meetings.enums import AttendanceStatus, CommitteeRole, MeetingStatus
from loetrat.meetings.models import Attendance, FollowUpAction, Resolution
from loetrat.meetings.services import agenda_document_add, meeting_certify
from tests.factories import AwardCycleFactory
from tests.factories.applications import PDF_BYTES
from tests.factories.meetings import (
    add_items,
    attend,
    draft_version,
    make_meeting,
    resolve,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(committee, secretariat_admin):
    return make_meeting(committee, secretariat_admin)


def page(client, meeting):
    return client.get(reverse("meetings:meeting", args=[meeting.pk]))


def resolution_data(item, **extra):
    prefix = f"item{item.pk}"
    data = {
        f"{prefix}-outcome": "approved",
        f"{prefix}-text_th": "ที่ประชุมมีมติเห็นชอบ",
        f"{prefix}-actions-TOTAL_FORMS": "2",
        f"{prefix}-actions-INITIAL_FORMS": "0",
    }
    data.update({f"{prefix}-{key}": value for key, value in extra.items()})
    return data


def record(client, item, **extra):
    return client.post(
        reverse("meetings:resolution_record", args=[item.pk]), resolution_data(item, **extra)
    )


def test_secretariat_sees_the_meeting_with_its_forms(secretariat_client, meeting):
    response = page(secretariat_client, meeting)
    html = response.content.decode()
    assert response.status_code == 200
    assert "ครั้งที่ 1/2566" in html and "15 มิถุนายน 2566" in html and "ห้องประชุม 1" in html
    assert "กรรมการ 1" in html  # the chair
    assert reverse("meetings:meeting_attendance", args=[meeting.pk]) in html
    assert reverse("meetings:agenda_add", args=[meeting.pk]) in html


def test_committee_members_read_without_forms(committee_client, secretariat_admin, meeting):
    [item] = add_items(meeting, secretariat_admin, 1)
    response = page(committee_client, meeting)
    html = response.content.decode()
    assert response.status_code == 200 and "เรื่องที่ 1" in html
    assert reverse("meetings:resolution_record", args=[item.pk]) not in html
    assert reverse("meetings:meeting_attendance", args=[meeting.pk]) not in html
    refused = [
        committee_client.post(reverse("meetings:meeting_attendance", args=[meeting.pk]), {}),
        committee_client.post(reverse("meetings:agenda_add", args=[meeting.pk]), {}),
        committee_client.post(reverse("meetings:meeting_certify", args=[meeting.pk])),
        record(committee_client, item),
    ]
    assert [r.status_code for r in refused] == [403] * 4
    assert not Resolution.objects.exists()


@pytest.mark.parametrize("persona", ["coordinator_client", "assessor_client", "no_role_client"])
def test_others_cannot_see_meetings(request, persona, meeting):
    assert page(request.getfixturevalue(persona), meeting).status_code == 403


def test_anonymous_is_sent_to_log_in(anonymous_client, meeting):
    assert page(anonymous_client, meeting).status_code == 302


def test_missing_meeting_is_404(secretariat_client, committee):
    assert secretariat_client.get(reverse("meetings:meeting", args=[999])).status_code == 404


def test_attendance_in_one_submit_and_the_quorum_box(secretariat_client, meeting):
    html = page(secretariat_client, meeting).content.decode()
    assert "0 of 5 members present, 3 needed" in html or "0 จาก 5" in html
    assert "quorum--missing" in html
    members = list(meeting.committee.members.order_by("pk"))
    url = reverse("meetings:meeting_attendance", args=[meeting.pk])
    data = {f"status_{m.pk}": "present" for m in members[:2]}
    data[f"status_{members[2].pk}"] = "proxy"
    refused = secretariat_client.post(url, data)
    assert refused.status_code == 400 and not Attendance.objects.exists()
    assert "field--invalid" in refused.content.decode()
    data[f"proxy_{members[2].pk}"] = "นายผู้แทน"
    assert secretariat_client.post(url, data).status_code == 302
    assert Attendance.objects.get(member=members[2]).status == AttendanceStatus.PROXY
    html = page(secretariat_client, meeting).content.decode()
    assert "quorum--missing" not in html and "นายผู้แทน" in html


def test_the_agenda_links_a_draft_version_and_a_cycle(
    secretariat_client, secretariat_admin, meeting
):
    version = draft_version(secretariat_admin)
    cycle = AwardCycleFactory(year_be=2567)
    url = reverse("meetings:agenda_add", args=[meeting.pk])
    missing = secretariat_client.post(url, {"section": 4, "title_th": ""})
    assert missing.status_code == 400 and "field--invalid" in missing.content.decode()
    response = secretariat_client.post(
        url,
        {
            "section": 4,
            "title_th": "ร่างเกณฑ์ 2567",
            "presenter_th": "กองพัฒนา",
            "framework_version": version.pk,
            "award_cycle": cycle.pk,
        },
    )
    assert response.status_code == 302
    html = page(secretariat_client, meeting).content.decode()
    assert 'href="/frameworks/TEST-FW/2567/"' in html and 'href="/awards/cycles/2567/"' in html
    assert "ร่างเกณฑ์ 2567" in html and "กองพัฒนา" in html


def test_resolution_refusals_are_shown_on_the_page(secretariat_client, secretariat_admin, meeting):
    first, second = add_items(meeting, secretariat_admin, 2)
    no_quorum = record(secretariat_client, first)
    assert no_quorum.status_code == 409
    assert "ไม่ครบองค์ประชุม" in no_quorum.content.decode()
    assert "ที่ประชุมมีมติเห็นชอบ" in no_quorum.content.decode()  # what was typed is kept
    attend(meeting, secretariat_admin, 3)
    assert record(secretariat_client, first).status_code == 302
    twice = record(secretariat_client, first)
    assert twice.status_code == 409 and "มีมติแล้ว" in twice.content.decode()
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    certified = record(secretariat_client, second)
    assert certified.status_code == 409 and "รับรองแล้ว" in certified.content.decode()
    assert Resolution.objects.count() == 1


def test_resolution_with_follow_up_actions(secretariat_client, secretariat_admin, meeting, agency):
    [item] = add_items(meeting, secretariat_admin, 1)
    attend(meeting, secretariat_admin, 5)
    unknown = record(
        secretariat_client,
        item,
        **{"actions-0-title_th": "รายงานผล", "actions-0-owner": "NOPE", "actions-0-due_on": "x"},
    )
    assert unknown.status_code == 400 and not Resolution.objects.exists()
    html = unknown.content.decode()
    assert "NOPE" in html and html.count("field__errors") >= 2
    response = record(
        secretariat_client,
        item,
        **{
            "actions-0-title_th": "รายงานผล",
            "actions-0-owner": "mof-rd",
            "actions-0-due_on": "30/09/2566",
        },
    )
    assert response.status_code == 302
    action = FollowUpAction.objects.get()
    assert action.owner == agency and action.due_on.year == 2023
    assert "รายงานผล" in page(secretariat_client, meeting).content.decode()


def test_certifying_through_the_page_approves_the_linked_version(
    secretariat_admin_client, secretariat_admin, meeting
):
    version = draft_version(secretariat_admin)
    [item] = add_items(meeting, secretariat_admin, 1, links=[version])
    certify_url = reverse("meetings:meeting_certify", args=[meeting.pk])
    not_held = secretariat_admin_client.post(certify_url)
    assert not_held.status_code == 409
    attend(meeting, secretariat_admin, 5)
    resolution = resolve(item, secretariat_admin)
    assert secretariat_admin_client.post(certify_url).status_code == 302
    meeting.refresh_from_db()
    version.refresh_from_db()
    assert meeting.status == MeetingStatus.CERTIFIED and version.status == "approved"
    html = page(secretariat_admin_client, meeting).content.decode()
    assert reverse("meetings:resolution_record", args=[item.pk]) not in html
    assert reverse("meetings:meeting_certify", args=[meeting.pk]) not in html
    version_page = secretariat_admin_client.get(
        reverse("frameworks:version", args=["TEST-FW", "2567"])
    )
    assert reverse("meetings:resolution", args=[resolution.pk]) in version_page.content.decode()
    resolution_page = secretariat_admin_client.get(
        reverse("meetings:resolution", args=[resolution.pk])
    ).content.decode()
    assert 'href="/frameworks/TEST-FW/2567/"' in resolution_page


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _attach(item, actor, count):
    for n in range(count):
        agenda_document_add(
            agenda_item=item,
            title_th=f"เอกสาร {n}",
            upload=SimpleUploadedFile(f"{n}.pdf", PDF_BYTES),
            actor=actor,
        )


def test_meeting_page_queries_do_not_grow_with_the_agenda(
    secretariat_client, secretariat_admin, meeting, agency
):
    version = draft_version(secretariat_admin)
    cycle = AwardCycleFactory(year_be=2567)
    attend(meeting, secretariat_admin, 5)
    links = [version, cycle, agency]
    first = add_items(meeting, secretariat_admin, 5, links=links)
    for item in first[:3]:
        resolve(item, secretariat_admin)
    _attach(first[0], secretariat_admin, 1)
    url = reverse("meetings:meeting", args=[meeting.pk])
    few = _queries(secretariat_client, url)
    for item in add_items(meeting, secretariat_admin, 45, links=links)[:30]:
        resolve(item, secretariat_admin)
        _attach(item, secretariat_admin, 2)
    assert _queries(secretariat_client, url) == few
    html = secretariat_client.get(url).content.decode()
    assert html.count('class="agenda-item card"') == 50
    assert html.count('href="/meetings/documents/') == 61


def test_committee_page_has_members_roles_terms_and_meetings(committee_client, meeting):
    response = committee_client.get(reverse("meetings:committee", args=["goodgov"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "กรรมการ 6" in html and "ครั้งที่ 1/2566" in html
    assert meeting.committee.members.filter(role=CommitteeRole.SECRETARY).exists()

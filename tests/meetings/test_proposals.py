"""Putting a criteria version (or a certified resolution to correct) before a committee: the
service's refusals, the page, and the whole gate from the version page to the frozen version."""

import pytest

from loetrat.core.approvals import approval_of
from loetrat.core.errors import ConflictError, DomainError
from loetrat.frameworks.models import FrameworkVersion
from loetrat.meetings.enums import AgendaSection, ResolutionOutcome
from loetrat.meetings.services import (
    agenda_propose,
    meeting_certify,
    resolution_record,
)
from tests.factories.meetings import (
    add_items,
    attend,
    draft_version,
    make_committee,
    make_meeting,
    resolve,
)


@pytest.fixture
def meeting(committee, secretariat_admin):
    return make_meeting(committee, secretariat_admin)


@pytest.fixture
def version(secretariat_admin):
    return draft_version(secretariat_admin)


def _propose(meeting, target, actor, title="ขอความเห็นชอบเกณฑ์ 2567"):
    return agenda_propose(meeting=meeting, target=target, title_th=title, actor=actor)


def _certified_resolution(committee, actor, target=None):
    meeting = make_meeting(committee, actor)
    item = _propose(meeting, target, actor) if target else None
    if item is None:
        item = add_items(meeting, actor, 1)[0]
    attend(meeting, actor, present=5)
    resolution = resolve(item, actor)
    meeting_certify(meeting=meeting, actor=actor)
    return resolution


def test_a_proposal_is_an_item_for_consideration_linked_to_the_version(
    meeting, version, secretariat_admin
):
    item = _propose(meeting, version, secretariat_admin)
    assert item.section == AgendaSection.CONSIDERATION and item.label == "4.1"
    assert [link.object_id for link in item.links.all()] == [version.pk]


def test_refusals_say_why(committee, meeting, version, secretariat_admin, opdc):
    _propose(meeting, version, secretariat_admin)
    later = make_meeting(committee, secretariat_admin)
    with pytest.raises(ConflictError) as waiting:
        _propose(later, version, secretariat_admin)
    assert waiting.value.code == "already_on_agenda" and meeting.number in str(waiting.value)
    with pytest.raises(DomainError) as not_decided:
        _propose(later, opdc, secretariat_admin)
    assert not_decided.value.code == "not_proposable"


def test_an_approved_version_cannot_be_proposed_again(committee, version, secretariat_admin):
    _certified_resolution(committee, secretariat_admin, target=version)
    version.refresh_from_db()
    assert version.status == "approved" and approval_of(version) is not None
    with pytest.raises(ConflictError) as approved:
        _propose(make_meeting(committee, secretariat_admin), version, secretariat_admin)
    assert approved.value.code == "already_approved"


def test_a_deferred_version_can_go_to_a_later_meeting(committee, version, secretariat_admin):
    first = make_meeting(committee, secretariat_admin)
    item = _propose(first, version, secretariat_admin)
    attend(first, secretariat_admin, present=5)
    resolve(item, secretariat_admin, outcome=ResolutionOutcome.DEFERRED)
    meeting_certify(meeting=first, actor=secretariat_admin)
    again = _propose(make_meeting(committee, secretariat_admin), version, secretariat_admin)
    assert again.meeting.number == "2/2566"


def test_a_correction_is_linked_automatically(committee, secretariat_admin):
    original = _certified_resolution(committee, secretariat_admin)
    meeting = make_meeting(committee, secretariat_admin)
    item = _propose(meeting, original, secretariat_admin, title="ขอแก้ไขมติ")
    attend(meeting, secretariat_admin, present=5)
    correction = resolve(item, secretariat_admin)
    assert correction.corrects == original
    assert list(original.corrections.all()) == [correction]


def test_corrections_only_of_final_resolutions_of_the_same_committee(
    committee, meeting, secretariat_admin, opdc
):
    item = add_items(meeting, secretariat_admin, 1)[0]
    attend(meeting, secretariat_admin, present=5)
    open_resolution = resolve(item, secretariat_admin)
    later = make_meeting(committee, secretariat_admin)
    with pytest.raises(ConflictError) as not_final:
        _propose(later, open_resolution, secretariat_admin)
    assert not_final.value.code == "resolution_not_final"

    other = make_committee(secretariat_admin, opdc, code="other")
    final = _certified_resolution(committee, secretariat_admin)
    with pytest.raises(ConflictError) as other_committee:
        _propose(make_meeting(other, secretariat_admin), final, secretariat_admin)
    assert other_committee.value.code == "other_committee"

    elsewhere = make_meeting(other, secretariat_admin)
    attend(elsewhere, secretariat_admin, present=5)
    with pytest.raises(ConflictError) as direct:
        resolution_record(
            agenda_item=add_items(elsewhere, secretariat_admin, 1)[0],
            outcome=ResolutionOutcome.APPROVED,
            text_th="แก้ไข",
            corrects=final,
            actor=secretariat_admin,
        )
    assert direct.value.code == "other_committee"


# The pages


def _url(target):
    return f"/meetings/propose/{target._meta.label_lower}/{target.pk}/"


def test_the_version_page_offers_the_agenda_not_a_free_text_approval(
    secretariat_admin_client, version
):
    page = secretariat_admin_client.get(f"/frameworks/TEST-FW/{version.label}/").content.decode()
    assert _url(version) in page
    assert "/approve/" not in page


def test_proposing_through_the_page(secretariat_client, meeting, version):
    secretariat_client.cookies["loetrat_language"] = "en"
    form = secretariat_client.get(_url(version))
    assert form.status_code == 200
    assert "ขอความเห็นชอบ TEST-FW 2567" in form.content.decode()
    missing = secretariat_client.post(_url(version), {"title_th": "x"})
    assert missing.status_code == 400
    response = secretariat_client.post(
        _url(version), {"meeting": meeting.pk, "title_th": "ขอความเห็นชอบเกณฑ์ 2567"}
    )
    item = meeting.agenda_items.get()
    assert response.status_code == 302
    assert response["Location"] == f"/meetings/{meeting.pk}/#item-{item.pk}"
    again = secretariat_client.post(
        _url(version), {"meeting": meeting.pk, "title_th": "ขอความเห็นชอบเกณฑ์ 2567"}
    )
    assert again.status_code == 409 and "already on the agenda" in again.content.decode()
    history = secretariat_client.get(f"/frameworks/TEST-FW/{version.label}/").content.decode()
    assert f"/meetings/{meeting.pk}/#item-{item.pk}" in history


def test_without_an_open_meeting_the_page_says_what_to_do(secretariat_client, version):
    secretariat_client.cookies["loetrat_language"] = "en"
    page = secretariat_client.get(_url(version)).content.decode()
    assert "Schedule a meeting" in page and "Add to the agenda" not in page


@pytest.mark.parametrize("persona", ["committee_client", "coordinator_client", "no_role_client"])
def test_only_the_secretariat_proposes(request, persona, version):
    assert request.getfixturevalue(persona).get(_url(version)).status_code == 403


def test_unknown_or_undecidable_targets_are_404(secretariat_client, version, opdc):
    assert secretariat_client.get("/meetings/propose/nope.nope/1/").status_code == 404
    assert secretariat_client.get(f"{_url(version)[:-2]}999999/").status_code == 404
    assert secretariat_client.get(_url(opdc)).status_code == 404


def test_the_whole_gate_through_the_pages(secretariat_client, secretariat_admin, meeting, version):
    secretariat_client.post(_url(version), {"meeting": meeting.pk, "title_th": "เกณฑ์ 2567"})
    item = meeting.agenda_items.get()
    attend(meeting, secretariat_admin, present=5)
    prefix = f"item{item.pk}"
    recorded = secretariat_client.post(
        f"/meetings/agenda/{item.pk}/resolution/",
        {
            f"{prefix}-outcome": ResolutionOutcome.APPROVED,
            f"{prefix}-text_th": "ที่ประชุมเห็นชอบ",
            f"{prefix}-actions-TOTAL_FORMS": "0",
            f"{prefix}-actions-INITIAL_FORMS": "0",
        },
    )
    assert recorded.status_code == 302
    assert FrameworkVersion.objects.get(pk=version.pk).status == "draft"
    assert secretariat_client.post(f"/meetings/{meeting.pk}/certify/").status_code == 302
    version.refresh_from_db()
    assert version.status == "approved" and approval_of(version).source.agenda_item == item


def test_a_certified_resolution_offers_a_correction(
    secretariat_client, committee_client, committee, secretariat_admin
):
    original = _certified_resolution(committee, secretariat_admin)
    page = f"/meetings/resolutions/{original.pk}/"
    assert _url(original) in secretariat_client.get(page).content.decode()
    assert _url(original) not in committee_client.get(page).content.decode()
    meeting = make_meeting(committee, secretariat_admin)
    form = secretariat_client.get(_url(original)).content.decode()
    assert f"ขอแก้ไข{original}" in form
    secretariat_client.post(_url(original), {"meeting": meeting.pk, "title_th": "ขอแก้ไขมติ"})
    item = meeting.agenda_items.get()
    attend(meeting, secretariat_admin, present=5)
    correction = resolve(item, secretariat_admin)
    assert correction.corrects == original
    assert (
        f"/meetings/resolutions/{correction.pk}/" in secretariat_client.get(page).content.decode()
    )


def test_the_agenda_form_also_refuses_a_version_waiting_elsewhere(
    secretariat_client, committee, meeting, version, secretariat_admin
):
    _propose(meeting, version, secretariat_admin)
    later = make_meeting(committee, secretariat_admin)
    response = secretariat_client.post(
        f"/meetings/{later.pk}/agenda/",
        {
            "section": AgendaSection.CONSIDERATION,
            "title_th": "เกณฑ์ 2567",
            "framework_version": version.pk,
        },
    )
    assert response.status_code == 409 and not later.agenda_items.exists()
    api = secretariat_client.post(
        f"/api/v1/meetings/meetings/{later.pk}/agenda",
        {
            "section": 4,
            "title_th": "เกณฑ์",
            "links": [{"kind": "frameworks.frameworkversion", "object_id": version.pk}],
        },
        content_type="application/json",
    )
    assert api.status_code == 409 and api.json()["code"] == "already_on_agenda"


def test_the_approval_is_recorded_in_thai_whoever_certifies(
    client, secretariat_admin, committee, meeting, version
):
    item = _propose(meeting, version, secretariat_admin)
    attend(meeting, secretariat_admin, present=5)
    resolve(item, secretariat_admin)
    from django.utils import translation

    with translation.override("en"):
        meeting_certify(meeting=meeting, actor=secretariat_admin)
    assert approval_of(version).reference_th == "มติ อ.ก.พ.ร. ธรรมาภิบาล ครั้งที่ 1/2566 วาระที่ 4.1"

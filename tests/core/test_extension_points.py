"""A new module plugs into the house through core's registries alone: the example app
(tests/exampleapp) registers an approvable kind, a state machine and a dashboard panel, and the
meetings, the agenda form, the API and the dashboard take them up unchanged."""

import pytest

from loetrat.core import kinds, panels
from loetrat.core.approvals import approval_of
from loetrat.core.errors import ConflictError
from loetrat.core.models import AuditEvent
from loetrat.meetings.services import agenda_propose, meeting_certify
from tests.exampleapp import services as charters
from tests.exampleapp.enums import CharterStatus
from tests.exampleapp.models import Charter
from tests.factories.meetings import attend, make_committee, make_meeting, resolve


@pytest.fixture
def registered():
    """The example app's registrations, as its AppConfig.ready() would make them; the
    registries are restored afterwards so that no other test sees them."""
    saved = dict(kinds._kinds), dict(panels._dashboard)
    charters.register()
    yield
    kinds._kinds.clear()
    kinds._kinds.update(saved[0])
    panels._dashboard.clear()
    panels._dashboard.update(saved[1])


@pytest.fixture
def charter(db):
    return Charter.objects.create(title_th="กฎบัตรการให้บริการ")


def test_a_new_state_machine_changes_state_only_as_its_map_allows(
    charter, secretariat_admin, django_capture_on_commit_callbacks
):
    charters.notified.clear()
    with django_capture_on_commit_callbacks(execute=True):
        enacted = charters.charter_enact(charter=charter, actor=secretariat_admin)
    assert enacted.status == CharterStatus.IN_FORCE and enacted.enacted_on
    assert charter.status == CharterStatus.IN_FORCE  # copied back onto the caller's object
    assert charters.notified == [charter.pk]  # told once, inside the transition
    event = AuditEvent.objects.get(action="exampleapp.charter.enact")
    assert event.before["status"] == "draft" and event.after["status"] == "in_force"
    with pytest.raises(ConflictError) as refused:
        charters.charter_enact(charter=charter, actor=secretariat_admin)
    assert refused.value.code == "invalid_transition"
    repealed = charters.charter_repeal(charter=charter, actor=secretariat_admin, reason="ใหม่")
    assert repealed.status == CharterStatus.REPEALED
    assert AuditEvent.objects.get(action="exampleapp.charter.repeal").reason == "ใหม่"


def test_a_new_approvable_takes_effect_through_a_committee(
    registered, charter, secretariat_admin, secretariat_client, opdc
):
    committee = make_committee(secretariat_admin, opdc)
    meeting = make_meeting(committee, secretariat_admin)
    page = secretariat_client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert 'name="charter"' in page  # the agenda form offers it
    linkable = {row["kind"] for row in secretariat_client.get("/api/v1/meetings/linkable").json()}
    assert "exampleapp.charter" in linkable
    item = agenda_propose(
        meeting=meeting, target=charter, title_th="ขอความเห็นชอบกฎบัตร", actor=secretariat_admin
    )
    attend(meeting, secretariat_admin, present=5)
    resolution = resolve(item, secretariat_admin)
    meeting_certify(meeting=meeting, actor=secretariat_admin)
    charter.refresh_from_db()
    assert charter.status == CharterStatus.IN_FORCE
    assert approval_of(charter).source == resolution
    with pytest.raises(ConflictError) as again:
        agenda_propose(
            meeting=make_meeting(committee, secretariat_admin),
            target=charter,
            title_th="อีกครั้ง",
            actor=secretariat_admin,
        )
    assert again.value.code == "already_approved"


def test_a_new_dashboard_panel_appears_for_whom_it_is_built(
    registered, charter, secretariat_client, coordinator_client
):
    page = secretariat_client.get("/dashboard/").content.decode()
    assert 'data-panel="charters"' in page and "1 charter(s) wait" in page
    assert 'data-panel="charters"' not in coordinator_client.get("/dashboard/").content.decode()

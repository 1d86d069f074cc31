"""Each role sees its own panels on the dashboard; the profile lists a person's roles."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation

from loetrat.organizations.enums import Role
from tests.factories import MembershipFactory

DASHBOARD = reverse("dashboard:home")
PROFILE = reverse("dashboard:profile")
EMPTY_STATE = 'class="empty-state"'


def _panels(response) -> list[str]:
    return re.findall(r'data-panel="([a-z_]+)"', response.text)


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("secretariat_client", ["awards", "actions", "bodies", "audit", "my_bodies"]),
        ("secretariat_admin_client", ["awards", "actions", "bodies", "audit", "my_bodies"]),
        ("coordinator_client", ["coordinator", "actions", "my_bodies"]),
        ("agency_head_client", ["head", "actions", "my_bodies"]),
        ("assessor_client", ["assessor", "my_bodies"]),
        ("committee_client", ["committee", "my_bodies"]),
        ("evaluator_client", ["evaluator", "my_bodies"]),
    ],
)
def test_each_role_sees_its_panels(request, persona, expected):
    response = request.getfixturevalue(persona).get(DASHBOARD)
    assert response.status_code == 200
    assert _panels(response) == expected
    assert EMPTY_STATE not in response.text


def test_person_with_two_roles_sees_both_panels(coordinator_client, coordinator, opdc):
    MembershipFactory(user=coordinator, organization=opdc, role=Role.ASSESSOR)
    panels = _panels(coordinator_client.get(DASHBOARD))
    assert panels == ["coordinator", "assessor", "actions", "my_bodies"]


def test_person_without_role_sees_empty_state(no_role_client):
    response = no_role_client.get(DASHBOARD)
    assert response.status_code == 200
    assert _panels(response) == []
    assert EMPTY_STATE in response.text


def test_ended_role_no_longer_shows_its_panel(client, coordinator):
    membership = coordinator.memberships.get()
    membership.starts_on = datetime.date(2020, 1, 1)
    membership.ends_on = datetime.date(2021, 1, 1)
    membership.save()
    client.force_login(coordinator)
    assert _panels(client.get(DASHBOARD)) == []


def test_coordinator_panel_links_own_agency(coordinator_client, agency):
    response = coordinator_client.get(DASHBOARD)
    assert reverse("organizations:detail", args=[agency.code]) in response.text


def test_secretariat_bodies_panel_counts_active_bodies(secretariat_client, agency, other_agency):
    response = secretariat_client.get(DASHBOARD)
    bodies = next(p for p in response.context["panels"] if p.key == "bodies")
    counts = [total for _, total in bodies.context["kinds"]]
    ministries, departments = counts[:2]
    assert (ministries, departments) == (3, 3)


def test_dashboard_redirects_anonymous_to_login(anonymous_client):
    response = anonymous_client.get(DASHBOARD)
    assert response.status_code == 302
    assert response.url == f"{reverse('accounts:login')}?next={DASHBOARD}"


def test_profile_lists_roles(coordinator_client, agency):
    response = coordinator_client.get(PROFILE)
    assert response.status_code == 200
    with translation.override("th"):
        assert str(Role.AGENCY_COORDINATOR.label) in response.text
    assert agency.name_th in response.text


def test_profile_without_roles_shows_empty_state(no_role_client):
    response = no_role_client.get(PROFILE)
    assert response.status_code == 200
    assert EMPTY_STATE in response.text


def test_profile_redirects_anonymous_to_login(anonymous_client):
    assert anonymous_client.get(PROFILE).status_code == 302

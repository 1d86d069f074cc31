"""The public front page."""

from django.urls import reverse

from loetrat.organizations.enums import OrganizationKind
from loetrat.organizations.services import organization_dissolve
from tests.factories import OrganizationFactory

HOME = reverse("publishing:home")


def test_home_is_public(anonymous_client, db):
    response = anonymous_client.get(HOME)
    assert response.status_code == 200
    assert reverse("accounts:login") in response.text


def test_home_is_also_open_to_signed_in_people(coordinator_client):
    assert coordinator_client.get(HOME).status_code == 200


def test_home_counts_only_active_bodies(anonymous_client, agency, other_agency):
    closed = OrganizationFactory(kind=OrganizationKind.PROVINCE)
    OrganizationFactory(kind=OrganizationKind.PROVINCE)
    organization_dissolve(organization=closed, actor=None, reason="test")
    figures = anonymous_client.get(HOME).context["figures"]
    assert figures == {"ministries": 2, "departments": 2, "provinces": 1}


def test_health_check_is_public(anonymous_client, db):
    response = anonymous_client.get(reverse("healthz"))
    assert response.json() == {"status": "ok"}

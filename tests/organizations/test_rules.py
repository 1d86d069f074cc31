"""Permissions for each persona; everything fails closed."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from loetrat.organizations.enums import Role
from loetrat.organizations.roles import forget_roles
from loetrat.organizations.selectors import organizations_visible_to
from loetrat.organizations.services import organization_dissolve
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

GLOBAL_PERMISSIONS = [
    "organizations.view_directory",
    "organizations.change_organization",
    "organizations.import_organizations",
    "organizations.manage_memberships",
    "core.view_audit_log",
    "accounts.use_api",
]

# persona -> the global permissions it holds; every other one must be refused.
EXPECTED = {
    "secretariat_admin": set(GLOBAL_PERMISSIONS),
    "secretariat": {"organizations.view_directory", "core.view_audit_log", "accounts.use_api"},
    "coordinator": {"accounts.use_api"},
    "agency_head": {"accounts.use_api"},
    "assessor": {"accounts.use_api"},
    "committee_member": {"accounts.use_api"},
    "kpi_evaluator": {"accounts.use_api"},
    "no_role_user": set(),
}


@pytest.mark.parametrize("persona", sorted(EXPECTED))
@pytest.mark.parametrize("permission", GLOBAL_PERMISSIONS)
def test_global_permission_per_persona(request, persona, permission):
    user = request.getfixturevalue(persona)
    assert user.has_perm(permission) is (permission in EXPECTED[persona])


@pytest.mark.parametrize("permission", GLOBAL_PERMISSIONS)
def test_anonymous_has_no_permission(db, permission, agency):
    user = AnonymousUser()
    assert not user.has_perm(permission)
    assert not user.has_perm("organizations.view_organization", agency)


@pytest.mark.parametrize("persona", ["secretariat", "secretariat_admin", "coordinator"])
@pytest.mark.parametrize("permission", GLOBAL_PERMISSIONS)
def test_inactive_user_has_no_permission(request, persona, permission, agency):
    user = request.getfixturevalue(persona)
    user.is_active = False
    user.save()
    forget_roles(user)
    assert not user.has_perm(permission)
    assert not user.has_perm("organizations.view_organization", agency)


@pytest.mark.parametrize("permission", GLOBAL_PERMISSIONS)
def test_inactive_superuser_has_no_permission(db, permission, agency):
    user = UserFactory(is_superuser=True, is_active=False)
    assert not user.has_perm(permission)
    assert not user.has_perm("organizations.view_organization", agency)


def test_active_superuser_has_every_permission(db, agency):
    user = UserFactory(is_superuser=True)
    assert all(user.has_perm(permission) for permission in GLOBAL_PERMISSIONS)
    assert user.has_perm("organizations.view_organization", agency)


@pytest.mark.parametrize("persona", ["secretariat", "secretariat_admin"])
def test_ended_membership_gives_nothing(request, persona, agency):
    user = request.getfixturevalue(persona)
    user.memberships.update(starts_on=datetime.date(2020, 1, 1), ends_on=datetime.date(2021, 1, 1))
    forget_roles(user)
    assert not any(user.has_perm(permission) for permission in GLOBAL_PERMISSIONS)
    assert not user.has_perm("organizations.view_organization", agency)


def test_future_membership_gives_nothing_yet(db, opdc):
    user = UserFactory()
    MembershipFactory(
        user=user, organization=opdc, role=Role.SECRETARIAT_OFFICER, starts_on=datetime.date.max
    )
    assert not user.has_perm("core.view_audit_log")


def test_membership_in_a_closed_body_gives_nothing(db):
    body = OrganizationFactory()
    user = UserFactory()
    MembershipFactory(user=user, organization=body, role=Role.SECRETARIAT_OFFICER)
    organization_dissolve(organization=body, actor=None, reason="ยุบ")
    assert not user.has_perm("core.view_audit_log")


def test_view_organization_for_coordinator(coordinator, agency, ministry, other_agency):
    unit = OrganizationFactory(parent=agency)
    assert coordinator.has_perm("organizations.view_organization", agency)
    assert coordinator.has_perm("organizations.view_organization", unit)
    assert not coordinator.has_perm("organizations.view_organization", ministry)
    assert not coordinator.has_perm("organizations.view_organization", other_agency)


def test_view_organization_is_not_fooled_by_a_shared_id_prefix(coordinator, agency):
    """Paths are zero-padded ids, so body 1 never matches body 10 by prefix."""
    sibling = OrganizationFactory(parent=agency.parent)
    assert not coordinator.has_perm("organizations.view_organization", sibling)


def test_view_organization_refuses_none(coordinator):
    assert not coordinator.has_perm("organizations.view_organization", None)


def test_secretariat_views_any_organization(secretariat, other_agency):
    assert secretariat.has_perm("organizations.view_organization", other_agency)


def test_inactive_superuser_sees_no_organisations(db, agency):
    user = UserFactory(is_superuser=True, is_active=False)
    assert not organizations_visible_to(user).exists()

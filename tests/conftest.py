"""Personas used across the suite: one user per role, plus anonymous.

Each persona is a logged-in `Client` fixture (`secretariat_client`, ...) and a user fixture."""

import os

import pytest
from django.test import Client

from loetrat.organizations.enums import OrganizationKind, Role
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

IN_CI = os.environ.get("CI", "").lower() == "true"

# Fixtures of one area that tests elsewhere need too (the API tests live in tests/api/).
pytest_plugins = ["tests.frameworks.fixtures"]


@pytest.fixture(autouse=True)
def _site_language():
    """Every test starts in the site's default language (Thai), whatever an earlier test in the
    same worker activated; a test that needs English overrides it itself."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def opdc(db):
    ministry = OrganizationFactory(
        code="OPM", kind=OrganizationKind.MINISTRY, name_th="สำนักนายกรัฐมนตรี"
    )
    return OrganizationFactory(
        code="OPDC",
        name_th="สำนักงานคณะกรรมการพัฒนาระบบราชการ",
        name_en="Office of the Public Sector Development Commission",
        abbreviation_th="สำนักงาน ก.พ.ร.",
        abbreviation_en="OPDC",
        parent=ministry,
    )


@pytest.fixture
def ministry(db):
    return OrganizationFactory(
        code="MOF",
        kind=OrganizationKind.MINISTRY,
        name_th="กระทรวงการคลัง",
        name_en="Ministry of Finance",
    )


@pytest.fixture
def agency(ministry):
    return OrganizationFactory(
        code="MOF-RD", name_th="กรมสรรพากร", name_en="The Revenue Department", parent=ministry
    )


@pytest.fixture
def other_agency(db):
    other_ministry = OrganizationFactory(
        code="MOI", kind=OrganizationKind.MINISTRY, name_th="กระทรวงมหาดไทย"
    )
    return OrganizationFactory(
        code="MOI-DOPA",
        name_th="กรมการปกครอง",
        name_en="Department of Provincial Administration",
        parent=other_ministry,
    )


def _member(username, role, organization):
    user = UserFactory(username=username)
    MembershipFactory(user=user, organization=organization, role=role)
    return user


@pytest.fixture
def secretariat_admin(opdc):
    return _member("sec.admin", Role.SECRETARIAT_ADMIN, opdc)


@pytest.fixture
def secretariat(opdc):
    return _member("sec.officer", Role.SECRETARIAT_OFFICER, opdc)


@pytest.fixture
def coordinator(agency):
    return _member("agency.coordinator", Role.AGENCY_COORDINATOR, agency)


@pytest.fixture
def agency_head(agency):
    return _member("agency.head", Role.AGENCY_HEAD, agency)


@pytest.fixture
def assessor(opdc):
    return _member("assessor1", Role.ASSESSOR, opdc)


@pytest.fixture
def committee_member(opdc):
    return _member("committee1", Role.COMMITTEE_MEMBER, opdc)


@pytest.fixture
def kpi_evaluator(opdc):
    return _member("evaluator1", Role.KPI_EVALUATOR, opdc)


@pytest.fixture
def no_role_user(db):
    return UserFactory(username="nobody")


def _client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def secretariat_admin_client(secretariat_admin):
    return _client_for(secretariat_admin)


@pytest.fixture
def secretariat_client(secretariat):
    return _client_for(secretariat)


@pytest.fixture
def coordinator_client(coordinator):
    return _client_for(coordinator)


@pytest.fixture
def agency_head_client(agency_head):
    return _client_for(agency_head)


@pytest.fixture
def assessor_client(assessor):
    return _client_for(assessor)


@pytest.fixture
def committee_client(committee_member):
    return _client_for(committee_member)


@pytest.fixture
def evaluator_client(kpi_evaluator):
    return _client_for(kpi_evaluator)


@pytest.fixture
def no_role_client(no_role_user):
    return _client_for(no_role_user)


@pytest.fixture
def anonymous_client():
    return Client()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped browser test is a failure: the browser tests must really run."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and item.get_closest_marker("e2e"):
        report.outcome = "failed"
        report.longrepr = f"Browser test skipped in CI: {report.longrepr}"


@pytest.fixture
def committee(secretariat_admin, opdc, committee_member):
    """The good-governance sub-committee; the committee-member persona holds a seat on it."""
    from tests.factories.meetings import make_committee

    return make_committee(secretariat_admin, opdc, member_user=committee_member)

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from loetrat.core.models import AuditEvent
from loetrat.organizations.enums import Role
from loetrat.organizations.models import Membership
from loetrat.organizations.services import membership_grant
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

PEOPLE = reverse("organizations:people")
CREATE = reverse("organizations:person_create")


@pytest.fixture
def english(secretariat_admin_client):
    secretariat_admin_client.cookies["loetrat_language"] = "en"
    return secretariat_admin_client


@pytest.fixture
def person(agency):
    user = UserFactory(username="somchai", first_name="ปรีชา", email="somchai@rd.go.th")
    MembershipFactory(user=user, organization=agency, role=Role.AGENCY_COORDINATOR)
    return user


def new_person(**overrides):
    return {
        "username": "new.person",
        "title_th": "นาง",
        "first_name": "สมศรี",
        "last_name": "ใจดี",
        "first_name_en": "Somsri",
        "last_name_en": "Jaidee",
        "email": "somsri@example.go.th",
        "language": "th",
        **overrides,
    }


def test_list_search_and_filters(secretariat_admin_client, person, other_agency):
    other = UserFactory(username="wichai", first_name="วิชัย")
    MembershipFactory(user=other, organization=other_agency, role=Role.AGENCY_HEAD)

    def usernames(**params):
        response = secretariat_admin_client.get(PEOPLE, params)
        assert response.status_code == 200
        return {user.username for user in response.context["listing"].rows}

    assert {"somchai", "wichai", "sec.admin"} <= usernames()
    assert usernames(q="ปรีชา") == {"somchai"}
    assert usernames(q="rd.go.th") == {"somchai"}
    assert usernames(role="agency_head") == {"wichai"}
    assert usernames(organization="mof-rd") == {"somchai"}
    assert usernames(role="agency_head", organization="MOF-RD") == set()


def _people(count, organization):
    for _ in range(count):
        user = UserFactory()
        MembershipFactory(user=user, organization=organization, role=Role.ASSESSOR)
        MembershipFactory(user=user, organization=organization, role=Role.COMMITTEE_MEMBER)


@pytest.mark.parametrize("count", [5, 50])
def test_list_query_count_does_not_grow(
    secretariat_admin_client, agency, count, django_assert_max_num_queries
):
    _people(count, agency)
    with django_assert_max_num_queries(9):
        response = secretariat_admin_client.get(PEOPLE)
    assert response.status_code == 200
    assert len(response.context["listing"].rows) == min(count + 1, 50)


def test_person_page_shows_current_and_ended_roles(secretariat_admin_client, person, agency, opdc):
    ended = MembershipFactory(
        user=person,
        organization=opdc,
        role=Role.ASSESSOR,
        starts_on=datetime.date(2020, 1, 1),
        ends_on=datetime.date(2021, 1, 1),
    )

    response = secretariat_admin_client.get(
        reverse("organizations:person_detail", args=[person.pk])
    )

    assert response.status_code == 200
    assert [m.role for m in response.context["current"]] == [Role.AGENCY_COORDINATOR]
    assert response.context["ended"] == [ended]


def test_create_person_sends_a_password_link(
    secretariat_admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_admin_client.post(CREATE, new_person())

    user = get_user_model().objects.get(username="new.person")
    assert response.status_code == 302
    assert response.url == reverse("organizations:person_detail", args=[user.pk])
    assert not user.has_usable_password()
    assert user.get_full_name() == "นางสมศรี ใจดี"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["somsri@example.go.th"]
    link = next(line for line in mail.outbox[0].body.splitlines() if "/password/reset/" in line)
    assert link.startswith("http://testserver/accounts/password/reset/")
    assert AuditEvent.objects.filter(action="accounts.user.created").exists()

    # The link lets the person choose a password.
    client = secretariat_admin_client.__class__()
    response = client.get(link.removeprefix("http://testserver"), follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "a-Long-pass-9876", "new_password2": "a-Long-pass-9876"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a-Long-pass-9876")


def test_create_person_keeps_typed_values_on_errors(english, person):
    response = english.post(
        CREATE, new_person(username="SOMCHAI", email="not-an-email", first_name_en="Kept")
    )

    assert response.status_code == 400
    assert response.context["form"].errors["email"]
    assert 'value="Kept"' in response.content.decode()

    response = english.post(CREATE, new_person(username="SOMCHAI"))
    assert response.status_code == 400
    assert "already taken" in response.context["form"].errors["username"][0]
    response = english.post(CREATE, new_person(email="SOMCHAI@rd.go.th"))
    assert "already uses" in response.context["form"].errors["email"][0]
    assert not mail.outbox


def test_grant_role(secretariat_admin_client, person, opdc):
    url = reverse("organizations:role_grant", args=[person.pk])

    response = secretariat_admin_client.post(
        url,
        {
            "organization": "opdc",
            "role": "assessor",
            "position": "ผู้ทรงคุณวุฒิ",
            "starts_on": "1/10/2566",
        },
    )

    assert response.status_code == 302
    membership = Membership.objects.get(user=person, role=Role.ASSESSOR)
    assert membership.organization == opdc and membership.starts_on == datetime.date(2023, 10, 1)


def test_grant_role_errors(english, person, agency, other_agency, secretariat_admin):
    url = reverse("organizations:role_grant", args=[person.pk])

    response = english.post(url, {"organization": "NOPE", "role": "assessor", "position": "typed"})
    assert response.status_code == 400
    assert "No body has the code “NOPE”" in response.context["form"].errors["organization"][0]
    assert 'value="typed"' in response.content.decode()

    response = english.post(url, {"organization": "MOF-RD", "role": "agency_coordinator"})
    assert response.status_code == 400
    assert "already holds this role" in str(response.context["form"].non_field_errors())

    response = english.post(url, {"organization": "MOF-RD", "role": "x", "starts_on": "99/99/9"})
    assert {"role", "starts_on"} <= set(response.context["form"].errors)


def test_end_role(secretariat_admin_client, person):
    membership = person.memberships.get()
    url = reverse("organizations:role_end", args=[person.pk, membership.pk])

    response = secretariat_admin_client.post(url, {"ends_on": "", "reason": "ย้ายงาน"})

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.ends_on == timezone.localdate()
    assert AuditEvent.objects.get(action="organizations.membership.ended").reason == "ย้ายงาน"
    assert secretariat_admin_client.get(url).status_code == 302  # already ended


def test_end_role_needs_reason_and_a_date_after_the_start(english, person):
    membership = person.memberships.get()
    membership.starts_on = datetime.date(2024, 1, 1)
    membership.save()
    url = reverse("organizations:role_end", args=[person.pk, membership.pk])

    response = english.post(url, {"ends_on": "1/1/2566", "reason": ""})

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"ends_on", "reason"}
    membership.refresh_from_db()
    assert membership.ends_on is None


def test_someone_elses_role_is_404(secretariat_admin_client, person, secretariat):
    other = secretariat.memberships.get()
    url = reverse("organizations:role_end", args=[person.pk, other.pk])
    assert secretariat_admin_client.get(url).status_code == 404
    assert secretariat_admin_client.post(url, {"reason": "x"}).status_code == 404
    assert (
        secretariat_admin_client.get(
            reverse("organizations:person_detail", args=[999999])
        ).status_code
        == 404
    )


def _urls(person):
    membership = person.memberships.get()
    return [
        PEOPLE,
        CREATE,
        reverse("organizations:person_detail", args=[person.pk]),
        reverse("organizations:role_grant", args=[person.pk]),
        reverse("organizations:role_end", args=[person.pk, membership.pk]),
    ]


@pytest.mark.parametrize("persona", ["secretariat_client", "coordinator_client"])
def test_others_are_refused(request, persona, person):
    client = request.getfixturevalue(persona)
    for url in _urls(person):
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"reason": "x"}).status_code == 403, url
    assert person.memberships.get().ends_on is None


def test_anonymous_is_sent_to_login(anonymous_client, person):
    for url in _urls(person):
        response = anonymous_client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response.url


def test_grant_in_closed_body_is_refused(english, person, other_agency, secretariat_admin):
    other_agency.status = "dissolved"
    other_agency.save()
    response = english.post(
        reverse("organizations:role_grant", args=[person.pk]),
        {"organization": "MOI-DOPA", "role": "assessor"},
    )
    assert response.status_code == 400
    assert "no longer active" in response.context["form"].errors["organization"][0]


def test_membership_grant_service_is_used(secretariat_admin, person, opdc):
    membership = membership_grant(
        user=person, organization=opdc, role=Role.ASSESSOR, actor=secretariat_admin
    )
    assert membership.pk

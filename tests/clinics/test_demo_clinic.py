"""The demo clinic reads like the seed's consultation with the Ministry of Digital Economy and
Society, goes through the services, and loading twice adds nothing."""

import datetime

import pytest
from django.utils import timezone

from loetrat.clinics.demo import load_demo_clinics
from loetrat.clinics.enums import ClinicStatus
from loetrat.clinics.models import ClinicSession
from loetrat.organizations.demo import load_demo_organizations

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(db):
    load_demo_organizations()
    first = load_demo_clinics()
    return first, load_demo_clinics()


def test_loading_twice_adds_nothing(loaded):
    first, second = loaded
    assert first["clinics_created"] == 1 and second["clinics_created"] == 0
    assert ClinicSession.objects.count() == 1


def test_mdes_clinic(loaded):
    clinic = ClinicSession.objects.select_related("organization").get()
    assert clinic.organization.code == "MDES" and clinic.status == ClinicStatus.HELD
    assert timezone.localtime(clinic.scheduled_at).date() == datetime.date(2023, 1, 19)
    assert "ปลัดกระทรวง" in clinic.chaired_by_th and "เลขาธิการ ก.พ.ร." in clinic.chaired_by_th
    assert {"MDES-NSO", "DEPA", "ETDA"} <= set(clinic.covered.values_list("code", flat=True))
    assert "Government Data Catalog" in clinic.discussion_th
    assert "Joint KPIs" in clinic.discussion_th
    assert "พ.ศ. 2565" in clinic.advice_th and "PMQA" in clinic.advice_th
    owners = set(clinic.follow_ups.values_list("owner__code", flat=True))
    assert owners == {"OPDC", "MDES-NSO", "MDES-OPS"}

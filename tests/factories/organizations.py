import factory

from loetrat.organizations.enums import OrganizationKind, Role
from loetrat.organizations.models import Membership, Organization
from loetrat.organizations.services import organization_create

from .accounts import UserFactory


class OrganizationFactory(factory.Factory):
    """Builds bodies through the service, so paths and search text are right."""

    class Meta:
        model = Organization

    code = factory.Sequence(lambda n: f"ORG-{n:05d}")
    kind = OrganizationKind.DEPARTMENT
    name_th = factory.Sequence(lambda n: f"กรมทดสอบที่ {n}")
    name_en = factory.Sequence(lambda n: f"Test Department {n}")
    abbreviation_th = ""
    abbreviation_en = ""
    parent = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return organization_create(actor=None, audit=False, **kwargs)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Role.AGENCY_COORDINATOR

from .accounts import UserFactory
from .organizations import MembershipFactory, OrganizationFactory

__all__ = ["MembershipFactory", "OrganizationFactory", "UserFactory"]

from .membership import Membership
from .organization import Organization, OrganizationName

__all__ = ["Membership", "Organization", "OrganizationName"]

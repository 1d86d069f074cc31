from .memberships import membership_end, membership_grant
from .organizations import (
    organization_create,
    organization_dissolve,
    organization_merge,
    organization_update,
)

__all__ = [
    "membership_end",
    "membership_grant",
    "organization_create",
    "organization_dissolve",
    "organization_merge",
    "organization_update",
]

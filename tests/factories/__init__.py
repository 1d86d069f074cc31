from .accounts import UserFactory
from .applications import ApplicationFactory
from .awards import (
    AwardBranchFactory,
    AwardCycleFactory,
    AwardProgrammeFactory,
    AwardTypeFactory,
)
from .organizations import MembershipFactory, OrganizationFactory

__all__ = [
    "ApplicationFactory",
    "AwardBranchFactory",
    "AwardCycleFactory",
    "AwardProgrammeFactory",
    "AwardTypeFactory",
    "MembershipFactory",
    "OrganizationFactory",
    "UserFactory",
]

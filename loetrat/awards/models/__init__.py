from .application import (
    Application,
    ApplicationAttachment,
    ApplicationPartner,
    ApplicationRevision,
    DeadlineExtension,
)
from .programme import AwardBranch, AwardCycle, AwardProgramme, AwardType

__all__ = [
    "Application",
    "ApplicationAttachment",
    "ApplicationPartner",
    "ApplicationRevision",
    "AwardBranch",
    "AwardCycle",
    "AwardProgramme",
    "AwardType",
    "DeadlineExtension",
]

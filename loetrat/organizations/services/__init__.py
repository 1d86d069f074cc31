from .import_format import (
    ImportResult,
    PlannedRow,
    RowError,
    organization_import_template,
    read_organization_file,
)
from .importing import organizations_import
from .memberships import membership_end, membership_grant
from .organizations import (
    organization_create,
    organization_dissolve,
    organization_merge,
    organization_update,
)

__all__ = [
    "ImportResult",
    "PlannedRow",
    "RowError",
    "membership_end",
    "membership_grant",
    "organization_create",
    "organization_dissolve",
    "organization_import_template",
    "organization_merge",
    "organization_update",
    "organizations_import",
    "read_organization_file",
]

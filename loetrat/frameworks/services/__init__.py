from .criteria import criterion_add, criterion_move, criterion_remove, criterion_update
from .exporting import version_export_json, version_export_xlsx
from .importing import (
    ImportProblems,
    read_version_file,
    version_import,
    version_import_file,
)
from .versions import (
    framework_create,
    version_approve,
    version_clone,
    version_create,
    version_problems,
    version_record_paper_approval,
    version_retire,
)

__all__ = [
    "ImportProblems",
    "criterion_add",
    "criterion_move",
    "criterion_remove",
    "criterion_update",
    "framework_create",
    "read_version_file",
    "version_approve",
    "version_clone",
    "version_create",
    "version_export_json",
    "version_export_xlsx",
    "version_import",
    "version_import_file",
    "version_problems",
    "version_record_paper_approval",
    "version_retire",
]

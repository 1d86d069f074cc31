"""Exporting a version as the JSON document or the .xlsx workbook that import reads back."""

from __future__ import annotations

import json

from ..models import FrameworkVersion
from ..selectors import version_criteria, version_document
from ..workbook import document_to_xlsx


def version_export_json(version: FrameworkVersion) -> bytes:
    """The version as a UTF-8 JSON document (Thai kept readable, not escaped)."""
    return json.dumps(version_document(version), ensure_ascii=False, indent=2).encode("utf-8")


def version_export_xlsx(version: FrameworkVersion) -> bytes:
    """The version as a workbook with the stored positions of its criteria."""
    positions = {criterion.code: criterion.position for criterion in version_criteria(version)}
    return document_to_xlsx(version_document(version), positions=positions)

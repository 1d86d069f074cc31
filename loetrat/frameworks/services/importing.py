"""Importing a version from a JSON document or an .xlsx workbook: everything is checked first,
each problem is reported with its place in the tree (and sheet and row), and nothing is
written until the whole file is clean. An import always creates a new draft version."""

from __future__ import annotations

import json
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record, snapshot
from loetrat.core.errors import DomainError
from loetrat.core.spreadsheets import SpreadsheetError

from ..documents import Problem, parse_document
from ..models import Framework, FrameworkVersion
from ..workbook import locator, xlsx_to_document
from .tree import create_tree
from .versions import FRAMEWORK_FIELDS, VERSION_FIELDS

MAX_FILE_BYTES = 5 * 1024 * 1024


class ImportProblems(DomainError):
    """The document has problems; nothing was written. `problems` lists every one."""

    status = 422

    def __init__(self, problems: list[Problem]):
        super().__init__(
            _("The criteria have %(count)s problem(s); nothing was imported.")
            % {"count": len(problems)},
            code="import_invalid",
        )
        self.problems = problems


def read_version_file(*, content: bytes, filename: str):
    """A .json or .xlsx upload as (document, locate, problems found while reading)."""
    extension = Path(filename or "").suffix.lower()
    if len(content) > MAX_FILE_BYTES:
        raise SpreadsheetError(
            _("The file is larger than %(size)s MB.") % {"size": MAX_FILE_BYTES // 1024 // 1024},
            code="too_large",
        )
    if not content:
        raise SpreadsheetError(_("The file is empty."), code="empty")
    if extension == ".json":
        try:
            return json.loads(content.decode("utf-8-sig")), None, []
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SpreadsheetError(
                _("The JSON file cannot be read: %(error)s") % {"error": exc}
            ) from None
    if extension == ".xlsx":
        document, places, problems = xlsx_to_document(content)
        located = [Problem("", message, sheet, row) for sheet, row, message in problems]
        return document, locator(places), located
    raise SpreadsheetError(_("Upload a .json or .xlsx file."), code="bad_extension")


def _framework_problems(data: dict) -> tuple[Framework | None, list[Problem]]:
    framework = Framework.objects.filter(code=data["code"]).first()
    if framework is None and not data["name_th"]:
        return None, [Problem("framework", _("A new framework needs a Thai name (name_th)."))]
    return framework, []


@transaction.atomic
def version_import(
    *, document, actor, locate=None, extra_problems: list[Problem] | tuple = ()
) -> FrameworkVersion:
    """Create a draft version (and its framework, if new) from a document. Raises
    ImportProblems listing every problem, having written nothing, when anything is wrong."""
    parsed, problems = parse_document(document, locate=locate)
    problems = [*extra_problems, *problems]
    framework = None
    if parsed is not None:
        framework, framework_problems = _framework_problems(parsed.framework)
        problems += framework_problems
        label = parsed.version["label"]
        if framework is not None and framework.versions.filter(label=label).exists():
            problems.append(
                Problem(
                    "version",
                    _("%(framework)s already has a version %(label)s; choose another label.")
                    % {"framework": framework.code, "label": label},
                )
            )
    if problems:
        raise ImportProblems(problems)
    if framework is None:
        framework = Framework.objects.create(**parsed.framework)
        audit_record(
            actor=actor,
            action="frameworks.framework.created",
            target=framework,
            after=snapshot(framework, FRAMEWORK_FIELDS),
        )
    version = FrameworkVersion.objects.create(framework=framework, **parsed.version)
    count = create_tree(version, parsed.criteria)
    audit_record(
        actor=actor,
        action="frameworks.version.imported",
        target=version,
        after={**snapshot(version, VERSION_FIELDS), "criteria": count},
    )
    return version


def version_import_file(*, content: bytes, filename: str, actor) -> FrameworkVersion:
    """Read an uploaded .json or .xlsx and import it (see version_import)."""
    document, locate, problems = read_version_file(content=content, filename=filename)
    return version_import(document=document, actor=actor, locate=locate, extra_problems=problems)

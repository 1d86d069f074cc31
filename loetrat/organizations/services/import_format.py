"""The organisation file: its columns and the headers and kinds people write for them (Thai or
English), the rows and problems an import reports, reading the file, and the template offered
for download. `importing.py` validates and applies a file."""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from loetrat.core.spreadsheets import read_table
from loetrat.core.thai.dates import format_date
from loetrat.core.xlsx import set_date

from ..enums import OrganizationKind

MAX_FILE_BYTES = 5 * 1024 * 1024
# Paths under /organizations/ that a body's code must not take, or its page would be hidden.
RESERVED_CODES = frozenset({"import", "new", "people"})
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

COLUMNS = (
    "code",
    "kind",
    "name_th",
    "name_en",
    "abbreviation_th",
    "abbreviation_en",
    "parent_code",
    "active_from",
    "active_until",
    "website",
    "renamed_on",
)
REQUIRED_COLUMNS = ("code", "kind", "name_th")
TEXT_FIELDS = ("name_th", "name_en", "abbreviation_th", "abbreviation_en", "website")
DATE_FIELDS = ("active_from", "active_until")

_HEADER_ALIASES = {
    "code": ("code", "รหัส", "รหัสหน่วยงาน"),
    "kind": ("kind", "type", "ประเภท", "ประเภทหน่วยงาน"),
    "name_th": ("name_th", "name (thai)", "thai name", "ชื่อ", "ชื่อภาษาไทย", "ชื่อหน่วยงาน"),
    "name_en": ("name_en", "name (english)", "english name", "ชื่อภาษาอังกฤษ"),
    "abbreviation_th": ("abbreviation_th", "abbreviation (thai)", "ชื่อย่อ", "ชื่อย่อภาษาไทย"),
    "abbreviation_en": ("abbreviation_en", "abbreviation (english)", "ชื่อย่อภาษาอังกฤษ"),
    "parent_code": ("parent_code", "parent", "รหัสต้นสังกัด", "รหัสหน่วยงานต้นสังกัด", "ต้นสังกัด"),
    "active_from": ("active_from", "วันที่เริ่ม", "วันที่จัดตั้ง"),
    "active_until": ("active_until", "วันที่สิ้นสุด"),
    "website": ("website", "url", "เว็บไซต์"),
    "renamed_on": ("renamed_on", "effective_on", "วันที่เปลี่ยนชื่อ"),
}
_KIND_ALIASES = {
    OrganizationKind.MINISTRY: ("กระทรวง",),
    OrganizationKind.DEPARTMENT: ("กรม", "ส่วนราชการ"),
    OrganizationKind.PROVINCE: ("จังหวัด",),
    OrganizationKind.PROVINCE_CLUSTER: ("กลุ่มจังหวัด",),
    OrganizationKind.PUBLIC_ORGANIZATION: ("องค์การมหาชน", "public organization"),
    OrganizationKind.STATE_ENTERPRISE: ("รัฐวิสาหกิจ",),
    OrganizationKind.INDEPENDENT_BODY: ("องค์กรอิสระ",),
    OrganizationKind.LOCAL_GOVERNMENT: ("องค์กรปกครองส่วนท้องถิ่น", "อปท."),
    OrganizationKind.INTERNAL_UNIT: ("หน่วยงานภายใน",),
}


def lookup_key(text: Any) -> str:
    return re.sub(r"[\s_\-]+", "_", str(text or "").strip().casefold()).strip("_*")


HEADER_LOOKUP = {
    lookup_key(alias): column for column, names in _HEADER_ALIASES.items() for alias in names
}
KIND_LOOKUP: dict[str, str] = {}
for _kind in OrganizationKind:
    KIND_LOOKUP[lookup_key(_kind.value)] = _kind.value
    KIND_LOOKUP[lookup_key(_kind.label)] = _kind.value
    for _alias in _KIND_ALIASES.get(_kind, ()):
        KIND_LOOKUP[lookup_key(_alias)] = _kind.value


KIND_HINT = ", ".join(f"{kind.value} ({_KIND_ALIASES[kind][0]})" for kind in OrganizationKind)


@dataclass(frozen=True)
class RowError:
    """One problem: `row` as Excel numbers it (header = 1), `column` a COLUMNS key or ""."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = _("Row %(row)s") % {"row": self.row}
        if self.column:
            where += f", {self.column}"
        return f"{where}: {self.message}"


@dataclass
class PlannedRow:
    """What importing one row does: create, update (with field: (old, new)) or nothing."""

    row: int
    code: str
    name_th: str
    action: str = "unchanged"
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    depth: int = 0

    @property
    def shown_changes(self) -> list[tuple[str, str, str]]:
        """(column, old, new) with dates written the way the reader's language writes them."""

        def shown(value: Any) -> str:
            if isinstance(value, datetime.date):
                return format_date(value, style="numeric")
            return "" if value is None else str(value)

        return [(name, shown(old), shown(new)) for name, (old, new) in self.changes.items()]


@dataclass
class ImportResult:
    errors: list[RowError] = field(default_factory=list)
    rows: list[PlannedRow] = field(default_factory=list)
    dry_run: bool = False
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def _count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self) -> int:
        return self._count("create")

    @property
    def updated(self) -> int:
        return self._count("update")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def changed_rows(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.action != "unchanged"]


def read_organization_file(*, content: bytes, filename: str):
    """The headers and numbered rows of an uploaded organisation file (see read_table)."""
    return read_table(content=content, filename=filename, max_bytes=MAX_FILE_BYTES)


TEMPLATE_EXAMPLE = {
    "code": "MOF-RD",
    "kind": "department",
    "name_th": "กรมสรรพากร",
    "name_en": "The Revenue Department",
    "abbreviation_th": "สพ.",
    "abbreviation_en": "RD",
    "parent_code": "MOF",
    "active_from": datetime.date(1915, 9, 2),
    "active_until": "",
    "website": "https://www.rd.go.th",
    "renamed_on": "",
}


def organization_import_template() -> bytes:
    """An .xlsx workbook with the header row, one example row and a sheet of the kinds."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "organizations"
    sheet.append(list(COLUMNS))
    sheet.append([TEMPLATE_EXAMPLE[column] for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        if isinstance(cell.value, datetime.date):
            set_date(cell, cell.value)  # a real date, shown as 2 กันยายน 2458
    for letter, column in zip("ABCDEFGHIJK", COLUMNS, strict=True):
        sheet.column_dimensions[letter].width = max(18, len(str(TEMPLATE_EXAMPLE[column])) + 4)
    sheet.freeze_panes = "A2"
    kinds = workbook.create_sheet("kinds")
    kinds.append(["kind", "ประเภท", "label"])
    for kind in OrganizationKind:
        thai = _KIND_ALIASES.get(kind, ("",))[0]
        kinds.append([kind.value, thai, str(kind.label)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()

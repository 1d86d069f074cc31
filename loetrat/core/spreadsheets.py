"""Reading the spreadsheets people upload (.xlsx or CSV), checked by content, not by name.

Every import in Loetrat (public bodies, criteria, KPI targets) reads its file here and then
validates the rows itself, reporting row numbers as Excel shows them (the header is row 1)."""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from .errors import DomainError

MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
ALLOWED_EXTENSIONS = (".xlsx", ".csv")
EXTRA = "__values_without_header__"


class SpreadsheetError(DomainError):
    """The file as a whole cannot be read (wrong type, too big, not UTF-8, damaged)."""

    def __init__(self, message, *, code: str = "bad_file"):
        super().__init__(message, code=code, field="file")


def _cell(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip()
    return value


def _is_blank(values: Iterable[Any]) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in values)


def _read_xlsx(content: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise SpreadsheetError(
            _("The file is not a real .xlsx workbook. Save it from Excel as .xlsx.")
        )
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise SpreadsheetError(_("The .xlsx file is damaged. Save it again from Excel.")) from None
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise SpreadsheetError(
            _("The file is not a real .xlsx workbook. Save it from Excel as .xlsx.")
        )
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise SpreadsheetError(_("The workbook is too large once unpacked."))
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        workbook.close()
    except Exception:  # openpyxl raises many kinds of errors for damaged files
        raise SpreadsheetError(_("The .xlsx file is damaged. Save it again from Excel.")) from None
    return rows


def _read_csv(content: bytes) -> list[list[Any]]:
    if b"\x00" in content:
        raise SpreadsheetError(
            _("The file is not a text CSV file. Save it from Excel as CSV UTF-8.")
        )
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SpreadsheetError(
            _("The CSV file is not in UTF-8. In Excel choose “CSV UTF-8 (Comma delimited)”.")
        ) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise SpreadsheetError(
            _("The CSV file cannot be read: %(error)s") % {"error": exc}
        ) from None


def read_table(
    *, content: bytes, filename: str, max_bytes: int
) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """The headers and data rows of a file, each row as (row number, {header: value}); blank
    rows are skipped but keep their numbers. Raises ImportFileError when the file's type, size
    or encoding is wrong."""
    extension = Path(filename or "").suffix.lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise SpreadsheetError(_("Upload an .xlsx or .csv file."), code="bad_extension")
    if len(content) > max_bytes:
        raise SpreadsheetError(
            _("The file is larger than %(size)s MB. Split it into smaller files.")
            % {"size": max_bytes // (1024 * 1024)},
            code="too_large",
        )
    if not content:
        raise SpreadsheetError(_("The file is empty."), code="empty")
    table = _read_xlsx(content) if extension == ".xlsx" else _read_csv(content)
    if _is_blank(value for values in table for value in values):
        raise SpreadsheetError(_("The file is empty."), code="empty")
    headers = [str(_cell(value) or "").strip() for value in table[0]]
    rows = []
    for number, values in enumerate(table[1:], start=2):
        if _is_blank(values):
            continue
        row: dict[str, Any] = {header: None for header in headers if header}
        extra = []
        for index, value in enumerate(values):
            header = headers[index] if index < len(headers) else ""
            if header:
                row[header] = _cell(value)
            elif not _is_blank([value]):
                extra.append(value)
        if extra:
            row[EXTRA] = extra
        rows.append((number, row))
    return [header for header in headers if header], rows

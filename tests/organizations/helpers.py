"""Building import files in tests."""

import csv
import io

from openpyxl import Workbook

HEADER = [
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
]

GOOD_ROWS = [
    # A child before its parent on purpose: the import must create parents first.
    [
        "T-DEPT",
        "กรม",
        "กรมทดลอง",
        "Department of Trials",
        "ทล.",
        "DT",
        "T-MIN",
        "1/10/2565",
        "",
        "",
    ],
    ["T-MIN", "ministry", "กระทรวงทดลอง", "Ministry of Trials", "", "", "", "2002-10-03", "", ""],
    ["T-UNIT", "หน่วยงานภายใน", "กองทดลอง", "", "", "", "T-DEPT", "", "", "www.trial.go.th"],
]


def csv_bytes(rows, header=HEADER, *, bom=True) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(rows, header=HEADER) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write(tmp_path, name: str, rows, header=HEADER):
    path = tmp_path / name
    path.write_bytes(
        xlsx_bytes(rows, header) if name.endswith(".xlsx") else csv_bytes(rows, header)
    )
    return path

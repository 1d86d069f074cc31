"""The secretariat's list of applications as an .xlsx workbook (openpyxl write-only: rows go
straight to the file, so 5,000 applications take a couple of seconds and little memory)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from loetrat.core.thai.dates import format_datetime

from .enums import ApplicationState, PartnerRole
from .selectors.workspace import attach_places, with_partners

CHUNK = 1000
_FORMULA_STARTS = ("=", "+", "-", "@")
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_headers() -> list[str]:
    return [
        _("Reference"),
        _("Cycle"),
        _("Branch"),
        _("Award type"),
        _("Agency"),
        _("Ministry"),
        _("Province"),
        _("Title"),
        _("State"),
        _("Submitted"),
        _("Award level"),
        _("Partner agencies"),
    ]


def _cell(value) -> str:
    """Text as text: a leading = + - @ would make Excel run it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _level_names(award_type) -> dict[str, str]:
    return {level.get("key"): level.get("name_th", "") for level in award_type.levels or []}


def _row(application, types: dict, year: int, labels: dict) -> list[str]:
    award_type = types[application.award_type_id]
    organization = application.organization
    partners = ", ".join(
        f"{partner.organization.name} ({labels.get(partner.role, partner.role)})"
        for partner in application.partners.all()
    )
    level = application.award_level
    return [
        _cell(value)
        for value in (
            application.reference or "",
            year,
            award_type.branch.name,
            f"{award_type.code} {award_type.name}",
            organization.name,
            organization.ministry.name if organization.ministry else "",
            organization.province.name if organization.province else "",
            application.title_th,
            labels.get(application.state, application.state),
            format_datetime(application.submitted_at),
            award_type.level_names.get(level, level) if level else "",
            partners,
        )
    ]


ROW_FIELDS = [
    "pk",
    "reference",
    "title_th",
    "state",
    "submitted_at",
    "award_level",
    "award_type_id",
    "organization__name_th",
    "organization__name_en",
    "organization__path",
]


def _chunks(queryset):
    """Rows in chunks of CHUNK: a bounded number of queries per chunk, whatever the total.
    Only the columns the sheet needs are read (not the answers or the types' forms)."""
    ids = list(queryset.values_list("pk", flat=True))
    base = with_partners(queryset.model.objects.select_related("organization").only(*ROW_FIELDS))
    order = {pk: index for index, pk in enumerate(ids)}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        rows = sorted(base.filter(pk__in=part), key=lambda a: order[a.pk])
        yield attach_places(rows)


def _types_of(queryset):
    from .models import AwardType

    type_ids = queryset.order_by().values("award_type_id").distinct()
    return AwardType.objects.filter(pk__in=type_ids).select_related("branch", "cycle")


def write_applications_xlsx(queryset, target) -> int:
    """Write the applications of `queryset` (in its order) to `target` (a file or response).
    Returns the number of rows written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Applications"))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in export_headers():
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    types = {}
    year = ""
    for award_type in _types_of(queryset):
        award_type.level_names = _level_names(award_type)
        types[award_type.pk] = award_type
        year = award_type.cycle.year_be
    # Translated once, not once per row: lazy choice labels are slow to resolve 5,000 times.
    labels = {
        **{value: str(label) for value, label in ApplicationState.choices},
        **{value: str(label) for value, label in PartnerRole.choices},
    }
    count = 0
    for chunk in _chunks(queryset):
        for application in chunk:
            sheet.append(_row(application, types, year, labels))
            count += 1
    workbook.save(target)
    return count

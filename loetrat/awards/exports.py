"""The secretariat's list of applications as an .xlsx workbook (openpyxl write-only: rows go
straight to the file). Rows are read as plain columns, not models, and empty values stay empty
cells: writing the cells is most of the time, so 5,000 applications take about a second. The
submission time is a real Excel date and time (core.xlsx)."""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from loetrat.core.xlsx import MINUTES, date_cell
from loetrat.organizations.enums import OrganizationKind
from loetrat.organizations.models import Organization

from .enums import ApplicationState, PartnerRole
from .selectors.workspace import _ancestor_ids

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


def _cell(value) -> str | None:
    """Text as text: a leading = + - @ would make Excel run it as a formula. Nothing (None,
    "") stays an empty cell rather than an empty string, and costs nothing to write."""
    if value is None or value == "":
        return None
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _level_names(award_type) -> dict[str, str]:
    return {level.get("key"): level.get("name_th", "") for level in award_type.levels or []}


def _name(name_th: str, name_en: str, english: bool) -> str:
    """`BilingualName.name` / `Organization.name` for plain columns (the language read once)."""
    return name_en if english and name_en else name_th


ROW_FIELDS = (
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
)
PARTNER_FIELDS = ("application_id", "role", "organization__name_th", "organization__name_en")


class _Places:
    """(ministry, province) names of an agency from the bodies above it, by path; each chunk
    asks the database (one query) only about ancestors not met in an earlier chunk."""

    def __init__(self, english: bool):
        self.english = english
        self.bodies: dict[int, tuple[str, str]] = {}  # id -> (kind, name) of ministries, provinces
        self.seen: set[int] = set()
        self.by_path: dict[str, tuple[str, str]] = {}

    def load(self, paths) -> None:
        wanted = {i for path in paths for i in _ancestor_ids(path)} - self.seen
        if not wanted:
            return
        self.seen |= wanted
        kinds = [OrganizationKind.MINISTRY, OrganizationKind.PROVINCE]
        for pk, kind, name_th, name_en in Organization.objects.filter(
            pk__in=wanted, kind__in=kinds
        ).values_list("pk", "kind", "name_th", "name_en"):
            self.bodies[pk] = (kind, _name(name_th, name_en, self.english))

    def of(self, path: str) -> tuple[str, str]:
        found = self.by_path.get(path)
        if found is None:
            ministry = province = ""
            for pk in _ancestor_ids(path):
                kind, name = self.bodies.get(pk, ("", ""))
                if kind == OrganizationKind.MINISTRY and not ministry:
                    ministry = name
                elif kind == OrganizationKind.PROVINCE and not province:
                    province = name
            found = self.by_path[path] = (ministry, province)
        return found


def _chunks(queryset, english: bool, labels: dict):
    """Rows as tuples of ROW_FIELDS, in the queryset's order, with (ministry, province) names
    and the partner text, CHUNK at a time: a bounded number of queries per chunk whatever the
    total, and no model instances (only the columns the sheet needs, not the answers)."""
    from .models import Application, ApplicationPartner

    ids = list(queryset.values_list("pk", flat=True))
    places = _Places(english)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        rows = {
            row[0]: row for row in Application.objects.filter(pk__in=part).values_list(*ROW_FIELDS)
        }
        partners: dict[int, list[str]] = {}
        for application_id, role, name_th, name_en in (
            ApplicationPartner.objects.filter(application_id__in=part)
            .order_by("pk")
            .values_list(*PARTNER_FIELDS)
        ):
            partners.setdefault(application_id, []).append(
                f"{_name(name_th, name_en, english)} ({labels.get(role, role)})"
            )
        places.load(row[-1] for row in rows.values())
        for pk in part:
            row = rows.get(pk)
            if row is not None:
                yield row, places.of(row[-1]), ", ".join(partners.get(pk, ()))


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
    english = get_language() == "en"
    # Per type, once: (branch, "code name", {level key: level name}).
    types = {}
    year = ""
    for award_type in _types_of(queryset):
        types[award_type.pk] = (
            award_type.branch.name,
            f"{award_type.code} {award_type.name}",
            _level_names(award_type),
        )
        year = award_type.cycle.year_be
    # Translated once, not once per row: lazy choice labels are slow to resolve 5,000 times.
    labels = {
        **{value: str(label) for value, label in ApplicationState.choices},
        **{value: str(label) for value, label in PartnerRole.choices},
    }
    count = 0
    for row, (ministry, province), partners in _chunks(queryset, english, labels):
        _pk, reference, title, state, submitted_at, level, type_id, name_th, name_en, _path = row
        branch, type_name, level_names = types[type_id]
        texts = [
            _cell(value)
            for value in (
                reference,
                year,
                branch,
                type_name,
                _name(name_th, name_en, english),
                ministry,
                province,
                title,
                labels.get(state, state),
            )
        ]
        sheet.append(
            [
                *texts,
                date_cell(sheet, submitted_at, time=MINUTES),
                _cell(level_names.get(level, level) if level else ""),
                _cell(partners),
            ]
        )
        count += 1
    workbook.save(target)
    return count

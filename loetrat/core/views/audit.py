import csv
import json

from django import forms
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from openpyxl import Workbook

from ..audit import action_labels
from ..audit_selectors import audit_events_filtered, distinct_actions, organization_names
from ..forms import ThaiDateField
from ..listing import Column, build_listing
from ..thai.dates import format_datetime
from ..xlsx import SECONDS, date_cell

EXPORT_LIMIT = 100_000
EXPORT_HEADERS = [
    "time",
    "actor",
    "action",
    "action_label",
    "target_type",
    "target_id",
    "target",
    "organization_id",
    "before",
    "after",
    "reason",
    "request_id",
    "ip_address",
]


class AuditFilterForm(forms.Form):
    action = forms.CharField(
        label=_("Action starts with"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"list": "audit-actions"}),
    )
    actor = forms.CharField(label=_("Actor"), required=False, max_length=150)
    text = forms.CharField(label=_("Target or reason contains"), required=False, max_length=200)
    organization = forms.IntegerField(label=_("Organisation id"), required=False, min_value=1)
    date_from = ThaiDateField(label=_("From"), required=False)
    date_to = ThaiDateField(label=_("To"), required=False)

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return data

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "action": data.get("action") or "",
            "actor": data.get("actor") or "",
            "text": data.get("text") or "",
            "organization_id": data.get("organization"),
            "date_from": data.get("date_from"),
            "date_to": data.get("date_to"),
        }


COLUMNS = [
    Column("time", _("Time"), ("occurred_at",)),
    Column("actor", _("Actor"), ("actor_label",)),
    Column("action", _("Action"), ("action",)),
    Column("target", _("Target"), ("target_label",)),
    Column("organization", _("Organisation")),
    Column("change", _("Change")),
]


@permission_required("core.view_audit_log", raise_exception=True)
@require_safe
def audit_log(request):
    form = AuditFilterForm(request.GET or None)
    events = audit_events_filtered(**form.filters()).select_related("actor")
    if form.is_bound and not form.is_valid():
        events = events.none()  # show the errors, not an unfiltered log
    listing = build_listing(request, events, COLUMNS, default_sort="-time")
    names = organization_names(event.organization_id for event in listing.rows)
    for event in listing.rows:
        event.organization_name = names.get(event.organization_id, "")
    return render(
        request,
        "core/audit_log.html",
        {
            "form": form,
            "listing": listing,
            "page_obj": listing.page_obj,
            "actions": distinct_actions(),
        },
    )


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """Text a spreadsheet will not run: names and reasons are typed by users, and a value such
    as =HYPERLINK(...) would otherwise become a live formula in Excel."""
    if isinstance(value, int):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _json(value) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _export_rows(events, time_cell):
    """Each event as a row of EXPORT_HEADERS; `time_cell(occurred_at)` writes the time (text to
    the second in CSV, a date cell in .xlsx). Action labels are translated once."""
    labels = action_labels()
    for event in events.iterator(chunk_size=2000):
        row = [
            event.actor_label,
            event.action,
            labels.get(event.action, event.action),
            event.target_type,
            event.target_id,
            event.target_label,
            event.organization_id or "",
            _json(event.before),
            _json(event.after),
            event.reason,
            event.request_id,
            event.ip_address or "",
        ]
        yield [time_cell(event.occurred_at), *(_cell(value) for value in row)]


def _time_text(value) -> str:
    return format_datetime(value, seconds=True)


class _Echo:
    def write(self, value):
        return value


@permission_required("core.view_audit_log", raise_exception=True)
@require_safe
def audit_export(request, fmt: str):
    """The filtered events as CSV (streamed, UTF-8 with BOM so Excel reads Thai) or .xlsx."""
    form = AuditFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        # An invalid filter would otherwise be dropped and the whole log exported.
        errors = "; ".join(str(error) for errors in form.errors.values() for error in errors)
        return HttpResponseBadRequest(errors, content_type="text/plain; charset=utf-8")
    events = audit_events_filtered(**form.filters()).order_by("occurred_at", "id")[:EXPORT_LIMIT]
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    if fmt == "csv":
        writer = csv.writer(_Echo())

        def stream():
            yield "\ufeff"
            yield writer.writerow(EXPORT_HEADERS)
            for row in _export_rows(events, _time_text):
                yield writer.writerow(row)

        response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
    else:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("audit")
        sheet.append(EXPORT_HEADERS)
        for row in _export_rows(events, lambda value: date_cell(sheet, value, time=SECONDS)):
            sheet.append(row)
        response = HttpResponse(
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        workbook.save(response)
    response["Content-Disposition"] = f'attachment; filename="loetrat-audit-{stamp}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response

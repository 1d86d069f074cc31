"""Reads of applications, always filtered by what the person may see."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.http import Http404

from loetrat.core.formschema import FieldKind
from loetrat.core.formschema.schema import (
    display_value,
    field_label,
    is_empty,
    parse_number,
    text_in,
)
from loetrat.core.models import AuditEvent
from loetrat.core.text import search_key
from loetrat.organizations.enums import Role
from loetrat.organizations.roles import held_roles, is_secretariat_user

from ..models import Application, ApplicationAttachment, ApplicationPartner, AwardType


def applications_visible_to(user) -> QuerySet[Application]:
    """Every application for the secretariat; for agency people, those of their bodies (and the
    bodies below them) and those naming one of their bodies as a partner."""
    qs = Application.objects.select_related(
        "award_type", "award_type__branch", "cycle", "organization"
    )
    if is_secretariat_user(user):
        return qs
    roles = held_roles(user)
    if not roles:
        return qs.none()
    condition = Q(partners__organization_id__in={held.organization_id for held in roles})
    for path in {held.organization_path for held in roles}:
        condition |= Q(organization__path__startswith=path)
    return qs.filter(pk__in=Application.objects.filter(condition).values("pk"))


def application_get_for(user, pk) -> Application:
    """One application the person may see; 404 when missing and when not theirs."""
    try:
        return applications_visible_to(user).prefetch_related("partners").get(pk=pk)
    except (Application.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def application_filter(
    qs, *, cycle_year=None, type_code="", state="", organization_code="", text=""
) -> QuerySet[Application]:
    if cycle_year:
        qs = qs.filter(cycle__year_be=cycle_year)
    if type_code:
        qs = qs.filter(award_type__code__iexact=type_code)
    if state:
        qs = qs.filter(state=state)
    if organization_code:
        qs = qs.filter(organization__code__iexact=organization_code.strip())
    if text:
        qs = qs.filter(search_text__contains=search_key(text))
    return qs


def coordinated_organizations(user):
    """The active bodies in which the person is an agency coordinator."""
    from loetrat.organizations.models import Organization

    ids = {
        held.organization_id for held in held_roles(user) if held.role == Role.AGENCY_COORDINATOR
    }
    return Organization.objects.filter(pk__in=ids, status="active").order_by("name_sort")


def open_types_for(user, at=None) -> list[tuple[AwardType, list]]:
    """Types open now, each with the bodies the person coordinates that may apply to it."""
    from django.utils import timezone

    at = at or timezone.now()
    organizations = list(coordinated_organizations(user))
    if not organizations:
        return []
    types = (
        AwardType.objects.filter(cycle__status="published", opens_at__lte=at, closes_at__gte=at)
        .select_related("cycle", "branch")
        .order_by("-cycle__year_be", "branch__position", "position", "code")
    )
    result = []
    for award_type in types:
        kinds = (award_type.eligibility or {}).get("organization_kinds")
        eligible = [o for o in organizations if not kinds or o.kind in kinds]
        if eligible:
            result.append((award_type, eligible))
    return result


def application_history(application) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(
        target_type="awards.application", target_id=str(application.pk)
    ).order_by("occurred_at", "pk")


def application_partners(application) -> QuerySet[ApplicationPartner]:
    return application.partners.select_related("organization").order_by(
        "role", "organization__code"
    )


def application_partner_get(application, pk=None, *, code: str = "") -> ApplicationPartner:
    """One partner of the application, by its key or its agency's code; 404 when it is another
    application's or missing."""
    match = {"organization__code__iexact": code} if code else {"pk": pk}
    partner = application.partners.select_related("organization").filter(**match).first()
    if partner is None:
        raise Http404
    return partner


def application_attachments(application, *, removed: bool = False):
    qs = ApplicationAttachment.objects.filter(application=application).select_related("uploaded_by")
    return qs if removed else qs.filter(removed_at__isnull=True)


def attachment_get_for(user, application_pk, pk) -> ApplicationAttachment:
    application = application_get_for(user, application_pk)
    try:
        return ApplicationAttachment.objects.select_related("application").get(
            pk=pk, application=application
        )
    except (ApplicationAttachment.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


# --- reading answers back, and comparing versions ---------------------------------------------


@dataclass
class AnswerRow:
    key: str
    label: str
    kind: str
    section: str = ""
    text: str = ""
    columns: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    files: list = field(default_factory=list)


def grouped_number(value) -> str:
    """A stored number with thousands separators, as both Thai and English write it
    ("250000" reads 250,000; "1250.50" reads 1,250.50). Text that is not a number (a draft keeps
    what was typed) is shown as it is."""
    number = parse_number(value) if isinstance(value, str | int) else None
    if number is None:
        return value
    return f"{number:,f}"


def _shown(item, value) -> str:
    """`display_value`, with numbers grouped; the stored value is not touched."""
    if item.get("kind", FieldKind.SHORT_TEXT) == FieldKind.NUMBER and not is_empty(value):
        value = grouped_number(value)
    return display_value(item, value)


def answer_rows(schema, data, attachments=None) -> list[AnswerRow]:
    """The answers as people read them, field by field in form order."""
    by_id = {a.pk: a for a in attachments or []}
    result = []
    for item in schema or []:
        key, kind = item["key"], item["kind"]
        row = AnswerRow(key, field_label(item), kind, text_in(item, "section"))
        value = data.get(key)
        if kind == FieldKind.TABLE:
            row.columns = [text_in(c, "label") for c in item.get("columns") or []]
            row.rows = [
                [_shown(c, r.get(c["key"])) for c in item.get("columns") or []]
                for r in (value if isinstance(value, list) else [])
                if isinstance(r, dict)
            ]
        elif kind == FieldKind.FILE:
            row.files = [by_id[pk] for pk in value or [] if pk in by_id]
        else:
            row.text = _shown(item, value)
        result.append(row)
    return result


@dataclass
class FieldDifference:
    key: str
    label: str
    old: str
    new: str
    rows: list = field(default_factory=list)  # (row number, column label, old, new)


def _cell_text(column, row):
    return display_value(column, row.get(column["key"])) if isinstance(row, dict) else ""


def compare_revisions(schema, old, new) -> list[FieldDifference]:
    """Field-by-field differences between two saved versions; tables compared row by row."""
    differences = []
    if old.title_th != new.title_th or old.title_en != new.title_en:
        differences.append(
            FieldDifference(
                "title",
                str(Application._meta.get_field("title_th").verbose_name),
                f"{old.title_th} / {old.title_en}".strip(" /"),
                f"{new.title_th} / {new.title_en}".strip(" /"),
            )
        )
    for item in schema or []:
        key = item["key"]
        before, after = old.data.get(key), new.data.get(key)
        if before == after or (is_empty(before) and is_empty(after)):
            continue
        difference = FieldDifference(key, field_label(item), "", "")
        if item["kind"] == FieldKind.TABLE:
            before_rows = before if isinstance(before, list) else []
            after_rows = after if isinstance(after, list) else []
            for number in range(max(len(before_rows), len(after_rows))):
                b = before_rows[number] if number < len(before_rows) else {}
                a = after_rows[number] if number < len(after_rows) else {}
                for column in item.get("columns") or []:
                    if _cell_text(column, b) != _cell_text(column, a):
                        difference.rows.append(
                            (
                                number + 1,
                                text_in(column, "label"),
                                _cell_text(column, b),
                                _cell_text(column, a),
                            )
                        )
        elif item["kind"] == FieldKind.FILE:
            names = dict(
                ApplicationAttachment.objects.filter(
                    pk__in=[*(before or []), *(after or [])]
                ).values_list("pk", "original_name")
            )
            difference.old = ", ".join(names.get(pk, str(pk)) for pk in before or [])
            difference.new = ", ".join(names.get(pk, str(pk)) for pk in after or [])
        else:
            difference.old = display_value(item, before)
            difference.new = display_value(item, after)
        differences.append(difference)
    return differences

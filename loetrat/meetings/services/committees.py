"""Setting up committees: creating one, changing its details (a new name keeps the old one with
the day it was last used, so earlier meetings keep the name of their day)."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record, changed_fields, snapshot
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.thai.dates import format_date

from ..models import Committee, CommitteeName

NAME_FIELDS = ["name_th", "name_en", "abbreviation_th"]
EDITABLE_FIELDS = [
    "kind",
    *NAME_FIELDS,
    "parent",
    "secretariat",
    "quorum_percent",
    "quorum_more_than",
    "quorum_counts_secretaries",
]
# Codes that name pages under /meetings/committees/ rather than a committee.
RESERVED_CODES = frozenset({"new"})


def _check_parent(committee: Committee, parent: Committee | None) -> None:
    """A committee is set up by another, never by itself or by one it set up."""
    seen = set()
    while parent is not None and parent.pk not in seen:
        if committee.pk is not None and parent.pk == committee.pk:
            raise DomainError(
                _("A committee cannot be set up by itself or by one of its own sub-committees."),
                code="parent_cycle",
                field="parent",
            )
        seen.add(parent.pk)
        parent = parent.parent


def _clean_names(fields: dict) -> None:
    for name in NAME_FIELDS:
        if name in fields:
            fields[name] = " ".join((fields[name] or "").split())
    if "name_th" in fields and not fields["name_th"]:
        raise DomainError(
            _("Give the committee's Thai name."), code="name_required", field="name_th"
        )


@transaction.atomic
def committee_create(*, actor, **fields) -> Committee:
    """A new committee (code, kind, names, parent, secretariat, quorum rule)."""
    code = (fields.get("code") or "").strip().lower()
    fields["code"] = code
    if code in RESERVED_CODES:
        raise DomainError(
            _("“%(code)s” cannot be a committee's code; choose another.") % {"code": code},
            code="reserved_code",
            field="code",
        )
    if Committee.objects.filter(code=code).exists():
        raise ConflictError(
            _("The code %(code)s is already used by another committee.") % {"code": code},
            code="duplicate_code",
            field="code",
        )
    _clean_names(fields)
    committee = Committee(**fields)
    _check_parent(committee, committee.parent)
    committee.full_clean()
    committee.save()
    audit_record(
        actor=actor,
        action="meetings.committee.created",
        target=committee,
        organization_id=committee.secretariat_id,
        after={"code": committee.code, "name_th": committee.name_th},
    )
    return committee


@transaction.atomic
def committee_update(
    *, committee: Committee, actor, effective_on=None, reason: str = "", **changes
) -> Committee:
    """Change a committee's details. When a name changes, the old names are kept as a
    `CommitteeName` used until the day before `effective_on` (today by default), which must
    come after the previous change."""
    committee = Committee.objects.select_for_update().get(pk=committee.pk)
    for name in changes:
        if name not in EDITABLE_FIELDS:
            raise DomainError(
                _("%(field)s cannot be changed here.") % {"field": name}, code="not_editable"
            )
    _clean_names(changes)
    before = snapshot(committee, EDITABLE_FIELDS)
    old_names = {name: getattr(committee, name) for name in NAME_FIELDS}
    for name, value in changes.items():
        setattr(committee, name, value)
    if "parent" in changes:
        _check_parent(committee, committee.parent)
    committee.full_clean()
    before_changed, after_changed = changed_fields(before, snapshot(committee, EDITABLE_FIELDS))
    if not after_changed:
        return committee
    renamed = [name for name in NAME_FIELDS if name in after_changed]
    if renamed:
        effective_on = effective_on or timezone.localdate()
        used_until = effective_on - datetime.timedelta(days=1)
        latest = committee.former_names.order_by("-used_until").first()
        if latest is not None and latest.used_until >= used_until:
            raise ConflictError(
                _(
                    "The previous name was in use until %(day)s; a new name takes effect after "
                    "that day."
                )
                % {"day": format_date(latest.used_until)},
                code="name_date_order",
                field="effective_on",
            )
        CommitteeName.objects.create(committee=committee, used_until=used_until, **old_names)
        after_changed["effective_on"] = effective_on.isoformat()
    committee.save()
    audit_record(
        actor=actor,
        action="meetings.committee.updated",
        target=committee,
        organization_id=committee.secretariat_id,
        before=before_changed,
        after=after_changed,
        reason=reason,
    )
    return committee

"""Writes to the organisation tree. Every change is audited; nothing is ever deleted."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record, changed_fields, snapshot
from loetrat.core.errors import ConflictError, DomainError
from loetrat.core.transitions import StateMachine, transition

from ..enums import ORGANIZATION_TRANSITIONS, OrganizationAction, OrganizationStatus
from ..models import Organization, OrganizationName

EDITABLE_FIELDS = [
    "code",
    "kind",
    "name_th",
    "name_en",
    "abbreviation_th",
    "abbreviation_en",
    "parent",
    "active_from",
    "active_until",
    "website",
]
NAME_FIELDS = ("name_th", "name_en", "abbreviation_th", "abbreviation_en")


def _check_parent(organization: Organization, parent: Organization | None) -> None:
    if parent is None:
        return
    parent.refresh_from_db(fields=["status", "path"])  # judge the stored state, not a stale copy
    if organization.pk and (
        parent.pk == organization.pk or parent.path.startswith(organization.path)
    ):
        raise DomainError(
            _("A body cannot be placed under itself or one of its own units."),
            code="parent_cycle",
            field="parent",
        )
    if parent.status != OrganizationStatus.ACTIVE:
        raise DomainError(
            _("The parent body %(name)s is no longer active.") % {"name": parent.name_th},
            code="parent_inactive",
            field="parent",
        )


@transaction.atomic
def organization_create(*, actor, audit: bool = True, **fields) -> Organization:
    """Create a body under its parent (or at the top) and record it in the audit log."""
    code = fields.get("code", "").strip()
    if Organization.objects.filter(code=code).exists():
        raise ConflictError(
            _("The code %(code)s is already used by another body.") % {"code": code},
            code="duplicate_code",
            field="code",
        )
    organization = Organization(**{**fields, "code": code})
    _check_parent(organization, organization.parent)
    organization.depth = organization.parent.depth + 1 if organization.parent else 0
    organization.refresh_search_text()
    organization.full_clean(exclude=["path"])
    organization.save()
    organization.path = organization.compute_path()
    organization.save(update_fields=["path"])
    if audit:
        audit_record(
            actor=actor,
            action="organizations.body.created",
            target=organization,
            organization_id=organization.pk,
            after=snapshot(organization, EDITABLE_FIELDS),
        )
    return organization


def _move_subtree(organization: Organization, old_path: str) -> None:
    new_path = organization.compute_path()
    if new_path == old_path:
        return
    depth_change = new_path.count(".") - old_path.count(".")
    descendants = Organization.objects.filter(path__startswith=old_path).exclude(pk=organization.pk)
    for child in descendants.only("pk", "path", "depth"):
        child.path = new_path + child.path[len(old_path) :]
        child.depth += depth_change
        child.save(update_fields=["path", "depth"])
    organization.path = new_path
    organization.depth = new_path.count(".") - 1


@transaction.atomic
def organization_update(
    *, organization: Organization, actor, reason: str = "", effective_on=None, **changes
) -> Organization:
    """Change a body's details. A new name keeps the old one as history; a new parent moves the
    whole subtree."""
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    before = snapshot(organization, EDITABLE_FIELDS)
    old_names = {name: getattr(organization, name) for name in NAME_FIELDS}
    new_code = changes.get("code", organization.code)
    if new_code != organization.code and Organization.objects.filter(code=new_code).exists():
        raise ConflictError(
            _("The code %(code)s is already used by another body.") % {"code": new_code},
            code="duplicate_code",
            field="code",
        )
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            raise DomainError(_("%(field)s cannot be changed here.") % {"field": name})
        setattr(organization, name, value)
    if "parent" in changes:
        _check_parent(organization, organization.parent)
    organization.refresh_search_text()
    organization.full_clean(exclude=["path"])
    after = snapshot(organization, EDITABLE_FIELDS)
    before_changed, after_changed = changed_fields(before, after)
    if not after_changed:
        return organization
    if any(old_names[name] != getattr(organization, name) for name in NAME_FIELDS):
        used_until = (effective_on or timezone.localdate()) - datetime.timedelta(days=1)
        OrganizationName.objects.create(
            organization=organization, used_until=used_until, **old_names
        )
    if "parent" in after_changed:
        _move_subtree(organization, organization.path)
    organization.save()
    audit_record(
        actor=actor,
        action="organizations.body.updated",
        target=organization,
        organization_id=organization.pk,
        before=before_changed,
        after=after_changed,
        reason=reason,
    )
    return organization


ORGANIZATION_MACHINE = StateMachine(
    model=Organization,
    transitions=ORGANIZATION_TRANSITIONS,
    audit_prefix="organizations.body",
    audit_verbs={OrganizationAction.MERGE: "merged", OrganizationAction.DISSOLVE: "dissolved"},
    organization_of=lambda organization: organization.pk,
    refusal=lambda organization, _action: ConflictError(
        _("%(name)s is already closed.") % {"name": organization.name_th}, code="already_closed"
    ),
    clean_excluding=("path",),
    audited_fields=(),  # the audit row names the successor by its code
)


def _no_active_children(organization: Organization, _new_status) -> None:
    if organization.children.filter(status=OrganizationStatus.ACTIVE).exists():
        raise ConflictError(
            _("Move or close the active units under %(name)s first.")
            % {"name": organization.name_th},
            code="has_active_children",
        )


def organization_merge(
    *, organization: Organization, into: Organization, actor, on=None, reason: str = ""
) -> Organization:
    """Close a body because it became part of another; its history and records stay."""
    if into.pk == organization.pk:
        raise DomainError(_("A body cannot be merged into itself."), code="merge_into_self")
    into = Organization.objects.get(pk=into.pk)
    if into.status != OrganizationStatus.ACTIVE:
        raise ConflictError(_("The receiving body is no longer active."), code="successor_inactive")
    return transition(
        ORGANIZATION_MACHINE,
        organization,
        action=OrganizationAction.MERGE,
        actor=actor,
        reason=reason,
        check=_no_active_children,
        changes={"active_until": on or timezone.localdate(), "successor": into},
        audit_after={"successor": into.code},
    )


def organization_dissolve(
    *, organization: Organization, actor, on=None, reason: str = ""
) -> Organization:
    """Close a body that ceased to exist."""
    if not reason.strip():
        raise DomainError(
            _("Give the reason for dissolving the body."), code="reason_required", field="reason"
        )
    return transition(
        ORGANIZATION_MACHINE,
        organization,
        action=OrganizationAction.DISSOLVE,
        actor=actor,
        reason=reason,
        check=_no_active_children,
        changes={"active_until": on or timezone.localdate(), "successor": None},
    )

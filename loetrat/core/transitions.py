"""The one way a state changes: lock the row, check the app's transition map, apply, save, audit,
and tell the people concerned (notices, whose e-mail leaves after commit).

Each state machine is declared once, next to its model's services, from the map kept in its
app's `enums.py`: `(state, action) -> new state`; anything not listed is refused. Nothing else
assigns the state field."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _

from .audit import audit_record
from .errors import ConflictError, DomainError


@dataclass(frozen=True)
class StateMachine:
    model: type[Model]
    transitions: Mapping[tuple[str, str], str]
    audit_prefix: str  # "frameworks.version": actions are audited as "<prefix>.<verb>"
    field: str = "status"
    related: tuple[str, ...] = ()  # select_related when the row is locked
    # The audited verb of an action when it differs from the action ("approve" -> "approved").
    audit_verbs: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # The organisation an audit row belongs to.
    organization_of: Callable[[Any], int | None] = lambda obj: None
    # The refusal when the map does not allow the action; a generic one when None.
    refusal: Callable[[Any, str], DomainError] | None = None
    # Which of the other changed fields the audit row shows (None: all of them); bulky derived
    # fields (a search key, a snapshot) are left out.
    audited_fields: tuple[str, ...] | None = None
    # Validate the changed row with full_clean (excluding these fields) before it is saved.
    clean_excluding: tuple[str, ...] | None = None

    def __post_init__(self):
        _machines.append(self)

    def audit_actions(self) -> set[str]:
        """Every audit action this machine can write, "<prefix>.<verb>"."""
        return {
            f"{self.audit_prefix}.{self.audit_verbs.get(action, action)}"
            for (_state, action) in self.transitions
        }

    def next_state(self, state: str, action: str) -> str | None:
        return self.transitions.get((state, action))

    def allows(self, obj, action: str) -> bool:
        return self.next_state(getattr(obj, self.field), action) is not None

    def actions_from(self, state: str) -> list[str]:
        """The actions the map allows from `state`, in the map's order."""
        return [action for (source, action) in self.transitions if source == state]


_machines: list[StateMachine] = []


def state_machines() -> list[StateMachine]:
    """Every machine declared so far (each app declares its own when its services load)."""
    return list(_machines)


def _refused(machine: StateMachine, obj, action: str) -> DomainError:
    if machine.refusal is not None:
        return machine.refusal(obj, action)
    state_field = obj._meta.get_field(machine.field)
    labels = dict(state_field.choices or ())
    state = getattr(obj, machine.field)
    return ConflictError(
        _("%(what)s that is %(state)s cannot be given the action “%(action)s”.")
        % {
            "what": str(obj._meta.verbose_name).capitalize(),
            "state": str(labels.get(state, state)).lower(),
            "action": action,
        },
        code="invalid_transition",
    )


def lock(machine: StateMachine, obj) -> Any:
    """The object's row, locked for the rest of the transaction (only its own row: the related
    rows read with it may sit on the nullable side of a join, which PostgreSQL cannot lock)."""
    queryset = machine.model._default_manager
    if machine.related:
        queryset = queryset.select_for_update(of=("self",)).select_related(*machine.related)
    else:
        queryset = queryset.select_for_update()
    return queryset.get(pk=obj.pk)


@transaction.atomic
def transition(
    machine: StateMachine,
    obj,
    *,
    action: str,
    actor,
    reason: str = "",
    authorize: Callable[[Any], None] | None = None,
    check: Callable[[Any, str], None] | None = None,
    changes: Mapping[str, Any] | Callable[[Any], Mapping[str, Any]] | None = None,
    audit_after: Mapping[str, Any] | Callable[[Any], Mapping[str, Any]] | None = None,
    notices: Callable[[Any], None] | None = None,
) -> Any:
    """Apply `action` to `obj` and return the locked, saved row (the fields it changed are
    copied back onto `obj` too).

    `authorize(locked)` runs before the map is consulted (a person who may not act learns
    nothing of the state); `check(locked, new_state)` after it, for the rules beyond the map.
    `changes` are the other fields the move sets (a dict, or a function of the locked row);
    they are audited with the state. `notices(locked)` runs last, inside the transaction: it
    calls `core.notices.notify`, so the inbox rows commit or roll back with the change and the
    e-mails leave only after commit."""
    locked = lock(machine, obj)
    if authorize is not None:
        authorize(locked)
    before_state = getattr(locked, machine.field)
    new_state = machine.next_state(before_state, action)
    if new_state is None:
        raise _refused(machine, locked, action)
    if check is not None:
        check(locked, new_state)
    extra = dict(changes(locked) if callable(changes) else (changes or {}))
    audited = [
        name for name in extra if machine.audited_fields is None or name in machine.audited_fields
    ]
    before = {machine.field: before_state, **{name: getattr(locked, name) for name in audited}}
    setattr(locked, machine.field, new_state)
    for name, value in extra.items():
        setattr(locked, name, value)
    if machine.clean_excluding is not None:
        locked.full_clean(exclude=list(machine.clean_excluding))
    updated = [machine.field, *extra]
    if any(f.name == "updated_at" for f in locked._meta.concrete_fields):
        updated.append("updated_at")
    locked.save(update_fields=updated)
    after = {name: getattr(locked, name) for name in (machine.field, *audited)}
    after.update(audit_after(locked) if callable(audit_after) else (audit_after or {}))
    audit_record(
        actor=actor,
        action=f"{machine.audit_prefix}.{machine.audit_verbs.get(action, action)}",
        target=locked,
        organization_id=machine.organization_of(locked),
        before=before,
        after=after,
        reason=reason,
    )
    if notices is not None:
        notices(locked)
    for name in updated:
        setattr(obj, name, getattr(locked, name))
    return locked

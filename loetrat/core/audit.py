"""Writing audit events. Services call `audit_record` inside their transaction, so an event exists
exactly when the change it describes was committed."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from . import request_context
from .models import AuditEvent


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(item) for item in value]
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    return value


def snapshot(instance: models.Model, fields: list[str]) -> dict[str, Any]:
    """The named fields of a model instance as JSON-ready values (foreign keys as their ids)."""
    data = {}
    for name in fields:
        field = instance._meta.get_field(name)
        data[name] = _jsonable(getattr(instance, field.attname))
    return data


def changed_fields(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the keys whose values differ, as (before, after)."""
    keys = [key for key in after if before.get(key) != after.get(key)]
    return {key: before.get(key) for key in keys}, {key: after[key] for key in keys}


def audit_record(
    *,
    actor,
    action: str,
    target: models.Model | None = None,
    organization_id: int | None = None,
    before: dict | None = None,
    after: dict | None = None,
    reason: str = "",
) -> AuditEvent:
    """Append one event. `action` is dotted `<app>.<object>.<verb>`: `organizations.body.merged`."""
    context = request_context.current()
    actor_obj = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=actor_obj,
        actor_label=(actor_obj.get_full_name() or actor_obj.get_username()) if actor_obj else "",
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:300] if target is not None else "",
        organization_id=organization_id,
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
        reason=reason,
        request_id=context.request_id,
        ip_address=context.ip_address,
    )


_action_labels: dict[str, str] = {}


def register_action_labels(labels: dict[str, str]) -> None:
    """Each app names its actions for people (lazy translations) in AppConfig.ready()."""
    _action_labels.update(labels)


def action_label(action: str) -> str:
    """The readable name of an action; the code itself when none is registered."""
    return str(_action_labels.get(action, action))


def action_labels() -> dict[str, str]:
    """Every registered action with its name in the active language, translated once (for
    exports that name thousands of events)."""
    return {action: str(label) for action, label in _action_labels.items()}


def _field_of(target_type: str, key: str):
    """The model field an event's key names (None for keys that are not fields)."""
    try:
        model = apps.get_model(target_type)
        return model._meta.get_field(key)
    except (LookupError, ValueError, FieldDoesNotExist):
        return None


def _shown(field, value: Any) -> Any:
    if not getattr(field, "choices", None) or not isinstance(value, str | int):
        return value
    choices = dict(field.flatchoices)
    return str(choices[value]) if value in choices else value


def change_rows(event: AuditEvent) -> list[tuple[str, Any, Any]]:
    """(field, before, after) for each field an event's before/after mention: the field by its
    label and chosen values by theirs, where the target's model names them."""
    before = event.before if isinstance(event.before, dict) else {}
    after = event.after if isinstance(event.after, dict) else {}
    rows = []
    for key in dict.fromkeys([*before, *after]):
        field = _field_of(event.target_type, key)
        label = str(getattr(field, "verbose_name", "") or key)  # a reverse relation has none
        rows.append((label, _shown(field, before.get(key, "")), _shown(field, after.get(key, ""))))
    return rows


# model label -> the labels it had before it moved between apps. Audit rows are never
# rewritten, so an object's history also reads the rows written under its former label.
_former_labels: dict[str, tuple[str, ...]] = {}


def register_former_labels(model_label: str, *former: str) -> None:
    _former_labels[model_label.lower()] = tuple(label.lower() for label in former)


def events_for(target: models.Model):
    """Every audit event about this object, whatever app its model belonged to then."""
    label = target._meta.label_lower
    return AuditEvent.objects.filter(
        target_type__in=[label, *_former_labels.get(label, ())], target_id=str(target.pk)
    )

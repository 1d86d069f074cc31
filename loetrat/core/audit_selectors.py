"""Reads of the audit log for the secretariat's page and export."""

import datetime

from django.apps import apps
from django.db.models import Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AuditEvent


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def audit_events_filtered(
    *,
    action: str = "",
    actor: str = "",
    target_type: str = "",
    organization_id: int | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    text: str = "",
) -> QuerySet[AuditEvent]:
    qs = AuditEvent.objects.all()
    if action:
        qs = qs.filter(action__startswith=action)
    if actor:
        qs = qs.filter(actor__username__iexact=actor) | qs.filter(actor_label__icontains=actor)
    if target_type:
        qs = qs.filter(target_type=target_type)
    if organization_id:
        qs = qs.filter(organization_id=organization_id)
    if date_from:
        qs = qs.filter(occurred_at__gte=_day_start(date_from))
    if date_to:
        qs = qs.filter(occurred_at__lt=_day_start(date_to + datetime.timedelta(days=1)))
    if text:
        qs = qs.filter(target_label__icontains=text) | qs.filter(reason__icontains=text)
    return qs


def organization_names(ids) -> dict[int, str]:
    """Names of the organisations that events refer to, in one query (looked up by model name
    so the core stays independent of the organisations app)."""
    ids = {i for i in ids if i}
    if not ids:
        return {}
    model = apps.get_model("organizations", "Organization")
    return {organization.pk: str(organization) for organization in model.objects.filter(pk__in=ids)}


def distinct_actions() -> list[str]:
    return list(AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct())


def recent_activity_panel(user):
    """The dashboard's latest audit events, for those who may read the audit log."""
    from .panels import Panel

    if not user.has_perm("core.view_audit_log"):
        return None
    events = AuditEvent.objects.select_related("actor")[:8]
    return Panel(
        "audit", _("Recent activity"), "core/panels/audit.html", {"events": events}, wide=True
    )


def last_event_times(action: str, model, ids) -> dict[int, datetime.datetime]:
    """When `action` last happened to each object of `model` among `ids` (one query): how long
    something has waited since it was sent, read from the record of sending it."""
    rows = (
        AuditEvent.objects.filter(
            action=action,
            target_type=model._meta.label_lower,
            target_id__in=[str(pk) for pk in ids],
        )
        .values("target_id")
        .annotate(last=Max("occurred_at"))
        .values_list("target_id", "last")
    )
    return {int(target_id): last for target_id, last in rows}

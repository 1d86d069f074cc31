"""What agenda items and approvals point at, resolved in one query per kind of object, with a
label and, where the person may open it, the address of its page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from .committees import VIEW


@dataclass(frozen=True)
class LinkRow:
    kind: str  # model label, e.g. "frameworks.frameworkversion"
    kind_label: str
    object_id: int
    label: str
    url: str = ""
    status: str = ""


# model label -> (select_related fields, describe(obj, user) -> (label, url, status))
def _version(obj, user):
    url = ""
    if user.has_perm("frameworks.view_framework"):
        url = reverse("frameworks:version", args=[obj.framework.code, obj.label])
    return f"{obj.framework.code} {obj.label}", url, obj.status


def _cycle(obj, user):
    url = reverse("awards:cycle", args=[obj.year_be]) if user.has_perm("awards.view_cycle") else ""
    return obj.name, url, obj.status


def _organization(obj, user):
    url = ""
    if user.has_perm("organizations.view_organization", obj):
        url = reverse("organizations:detail", args=[obj.code])
    return f"{obj.code} {obj.name}", url, ""


def _action(obj, user):
    url = ""
    if user.has_perm("meetings.view_action", obj):
        url = reverse("meetings:action", args=[obj.pk])
    return f"{obj.title_th} ({obj.owner.code})", url, obj.status


def _resolution(obj, user):
    url = reverse("meetings:resolution", args=[obj.pk]) if user.has_perm(VIEW) else ""
    return str(obj), url, obj.outcome


_DESCRIBE = {
    "frameworks.frameworkversion": (("framework",), _version),
    "awards.awardcycle": ((), _cycle),
    "organizations.organization": ((), _organization),
    "meetings.followupaction": (("owner",), _action),
    "meetings.resolution": (("agenda_item__meeting__committee",), _resolution),
}


def link_rows(pairs, user) -> dict[tuple[int, int], LinkRow]:
    """Resolve (content_type_id, object_id) pairs to LinkRows keyed by the same pair; one query
    per kind of object however many pairs there are. Vanished objects are left out."""
    by_type: dict[int, set[int]] = defaultdict(set)
    for content_type_id, object_id in pairs:
        by_type[content_type_id].add(object_id)
    rows: dict[tuple[int, int], LinkRow] = {}
    for content_type_id, ids in by_type.items():
        content_type = ContentType.objects.get_for_id(content_type_id)
        model = content_type.model_class()
        if model is None:
            continue
        label = model._meta.label_lower
        related, describe = _DESCRIBE.get(label, ((), None))
        queryset = model._default_manager.filter(pk__in=ids)
        if related:
            queryset = queryset.select_related(*related)
        for obj in queryset:
            if describe is None:
                text, url, status = str(obj), "", ""
            else:
                text, url, status = describe(obj, user)
            rows[(content_type_id, obj.pk)] = LinkRow(
                kind=label,
                kind_label=str(model._meta.verbose_name),
                object_id=obj.pk,
                label=text,
                url=url,
                status=status,
            )
    return rows

"""The kinds of object that other apps point at: an agenda item concerns a criteria version, an
approval makes a KPI framework take effect, an audit row names an organisation.

Each app registers its kinds in `AppConfig.ready()`: how to describe an object for a person (a
label, the address of its page where the person may open it, its status), which objects may be
chosen when a committee's agenda is written, and, for what takes effect only by resolution,
what approving does and how to tell it is in effect already. Apps that link or approve (the
meetings, the API) read this registry and know no app by name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet


@dataclass(frozen=True)
class Described:
    """An object as a person sees it in a list of what something concerns."""

    kind: str  # model label, e.g. "frameworks.frameworkversion"
    kind_label: str
    object_id: int
    label: str
    url: str = ""
    status: str = ""


@dataclass(frozen=True)
class Approvable:
    """What taking effect by resolution means for a kind. `take_effect(target, actor)` changes
    the object (freezes a version, publishes results) inside the approving transaction and may
    refuse with a DomainError; `in_effect(target)` tells an object already in effect without an
    approval row (e.g. approved before the gate)."""

    take_effect: Callable[[Any, Any], None]
    in_effect: Callable[[Any], bool] = lambda target: False


@dataclass(frozen=True)
class Kind:
    label: str
    describe: Callable[[Any, Any], tuple[str, str, str]]  # (obj, user) -> (label, url, status)
    related: tuple[str, ...] = ()
    # Offered on the agenda form and API as `field` (e.g. "framework_version"): the objects
    # that may be chosen, and how each reads in the list.
    field: str = ""
    field_label: str = ""
    field_help: str = ""
    choices: Callable[[], QuerySet] | None = None
    choice_label: Callable[[Any], str] = str
    approvable: Approvable | None = None


_kinds: dict[str, Kind] = {}


def register_kind(kind: Kind) -> None:
    _kinds[kind.label.lower()] = kind


def label_of(obj_or_model) -> str:
    return obj_or_model._meta.label_lower


def kind_of(obj_or_model) -> Kind | None:
    return _kinds.get(label_of(obj_or_model))


def kind_named(label: str) -> Kind | None:
    return _kinds.get((label or "").lower())


def agenda_kinds() -> list[Kind]:
    """The kinds a person may choose when writing an agenda item, in registration order."""
    return [kind for kind in _kinds.values() if kind.choices is not None]


def is_approvable(obj_or_model) -> bool:
    kind = kind_of(obj_or_model)
    return kind is not None and kind.approvable is not None


def describe_pairs(pairs: Iterable[tuple[int, int]], user) -> dict[tuple[int, int], Described]:
    """Resolve (content_type_id, object_id) pairs to Described rows keyed by the same pair; one
    query per kind of object however many pairs there are. Vanished objects are left out;
    unregistered kinds read as their str()."""
    by_type: dict[int, set[int]] = defaultdict(set)
    for content_type_id, object_id in pairs:
        by_type[content_type_id].add(object_id)
    rows: dict[tuple[int, int], Described] = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        kind = kind_of(model)
        queryset = model._default_manager.filter(pk__in=ids)
        if kind is not None and kind.related:
            queryset = queryset.select_related(*kind.related)
        for obj in queryset:
            text, url, status = kind.describe(obj, user) if kind else (str(obj), "", "")
            rows[(content_type_id, obj.pk)] = Described(
                kind=label_of(model),
                kind_label=str(model._meta.verbose_name),
                object_id=obj.pk,
                label=text,
                url=url,
                status=status,
            )
    return rows


def pair_of(obj: Model) -> tuple[int, int]:
    return ContentType.objects.get_for_model(obj).pk, obj.pk


def describe(obj: Model, user) -> Described:
    """One object as `describe_pairs` shows it."""
    pair = pair_of(obj)
    return describe_pairs([pair], user)[pair]

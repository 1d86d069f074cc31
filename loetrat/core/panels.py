"""Panels that apps contribute to pages they do not own, registered in `AppConfig.ready()`:

- dashboard panels: what a person sees first, each app adding the panels of its roles;
- object panels: sections shown on an object's page by another app (the meetings app shows,
  on anything that takes effect by resolution, where it stands before committees).

A builder returns a Panel, or None when it has nothing for this person (or object)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Panel:
    key: str
    title: str
    template: str
    context: dict = field(default_factory=dict)
    wide: bool = False


@dataclass(frozen=True)
class _Entry:
    key: str
    build: Callable[..., Panel | None]
    order: int


_dashboard: dict[str, _Entry] = {}
_object: dict[str, _Entry] = {}


def register_dashboard_panel(
    key: str, build: Callable[[Any], Panel | None], *, order: int = 100, if_absent: bool = False
) -> None:
    """`build(user)`; lower `order` comes first (the secretariat's panels below 50, a role's
    own panels from 50, what every person sees from 90). `if_absent` registers a stand-in that
    the app owning the key replaces."""
    if if_absent and key in _dashboard:
        return
    _dashboard[key] = _Entry(key, build, order)


def register_object_panel(
    key: str, build: Callable[[Any, Any], Panel | None], *, order: int = 100
) -> None:
    """`build(obj, user)`, for any object whose page shows `{% object_panels obj %}`."""
    _object[key] = _Entry(key, build, order)


def _built(entries: dict[str, _Entry], *args) -> list[Panel]:
    panels = []
    for entry in sorted(entries.values(), key=lambda entry: (entry.order, entry.key)):
        panel = entry.build(*args)
        if panel is not None:
            panels.append(panel)
    return panels


def dashboard_panels(user) -> list[Panel]:
    return _built(_dashboard, user)


def object_panels(obj, user) -> list[Panel]:
    return _built(_object, obj, user)

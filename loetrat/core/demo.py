"""The demo, assembled from what each app registers in its AppConfig.ready(): a loader per app,
run in order (the directory before the criteria, the criteria before the cycles, ...). Every
loader goes through the app's services and is idempotent: a second run adds only what is
missing, and returns counts of what it created."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class DemoLoader:
    key: str
    path: str  # dotted path of the loader, imported only when the demo is loaded
    order: int


_loaders: dict[str, DemoLoader] = {}


def register_demo_loader(key: str, path: str, *, order: int) -> None:
    """`path` names a function taking no arguments, such as
    "loetrat.meetings.demo.load_demo_meetings"."""
    _loaders[key] = DemoLoader(key, path, order)


@transaction.atomic
def load_demo() -> dict[str, object]:
    """Run every registered loader in order; what each returned, by its key."""
    return {
        loader.key: import_string(loader.path)()
        for loader in sorted(_loaders.values(), key=lambda loader: (loader.order, loader.key))
    }

"""Every route of the site, read from the URL conf, with a URL to try for each."""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, reverse

SAMPLES = {"int": "1", "str": "x", "slug": "x", "path": "1"}


@dataclass(frozen=True)
class Route:
    key: str  # the namespaced name, or the pattern for an unnamed route
    pattern: str

    def url(self, kwargs: dict | None) -> str:
        if kwargs is not None:
            return reverse(self.key, kwargs=kwargs)
        return "/" + sample_path(self.pattern)


def sample_path(pattern: str) -> str:
    """A path matching `pattern` (for unnamed routes and those that need no real object)."""
    path = re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES[m.group(1) or "str"], pattern)
    path = re.sub(r"\(\?P<\w+>([^)|]*)[^)]*\)", r"\1", path)  # a named group: its first choice
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return path.replace(".*", "x")


def _walk(resolver, prefix="", namespace=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace) if part)
            yield from _walk(entry, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            pattern = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield Route(key=name if entry.name else pattern, pattern=pattern)


def site_routes() -> list[Route]:
    """Every route but the API's (the API matrix reads those from the OpenAPI schema)."""
    return [route for route in _walk(get_resolver()) if not route.pattern.startswith("api/")]

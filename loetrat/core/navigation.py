"""The navigation menu, assembled from what each app registers in its AppConfig.ready().

An entry is shown when the person holds its permission (a `rules` permission name), so the menu
follows the same declarative rules that guard the pages themselves."""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class NavItem:
    key: str
    label: str
    url_name: str
    permission: str | None = None
    order: int = 100


@dataclass(frozen=True)
class NavLink:
    key: str
    label: str
    url: str
    current: bool = False


_registry: dict[str, NavItem] = {}


def register(item: NavItem) -> None:
    _registry[item.key] = item


def links_for(user, path: str = "") -> list[NavLink]:
    """The menu for this person; the entry whose address is the longest prefix of `path` is
    marked current (so /organizations/people/ highlights People, not Organisations)."""
    if not user.is_authenticated:
        return []
    visible = sorted(
        (
            item
            for item in _registry.values()
            if item.permission is None or user.has_perm(item.permission)
        ),
        key=lambda item: (item.order, item.key),
    )
    urls = {item.key: reverse(item.url_name) for item in visible}
    matching = [key for key, url in urls.items() if path.startswith(url)]
    current = max(matching, key=lambda key: len(urls[key]), default=None)
    return [NavLink(item.key, item.label, urls[item.key], item.key == current) for item in visible]

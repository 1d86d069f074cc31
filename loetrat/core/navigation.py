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

    def url(self) -> str:
        return reverse(self.url_name)


_registry: dict[str, NavItem] = {}


def register(item: NavItem) -> None:
    _registry[item.key] = item


def items_for(user) -> list[NavItem]:
    if not user.is_authenticated:
        return []
    visible = [
        item
        for item in _registry.values()
        if item.permission is None or user.has_perm(item.permission)
    ]
    return sorted(visible, key=lambda item: (item.order, item.key))

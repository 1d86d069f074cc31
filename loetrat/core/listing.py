"""Sorting and pagination for list pages: the view declares its columns once, the template
`core/components/table_head.html` renders sortable headers and `pagination.html` the pages."""

from dataclasses import dataclass, field
from functools import cached_property

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    ordering: tuple[str, ...] = ()

    @property
    def sortable(self) -> bool:
        return bool(self.ordering)


@dataclass
class ColumnState:
    key: str
    label: str
    sortable: bool
    direction: str = ""
    next_sort: str = ""


@dataclass
class Listing:
    page_obj: Page
    columns: list[ColumnState] = field(default_factory=list)
    sort: str = ""

    @property
    def rows(self):
        return self.page_obj.object_list

    @cached_property
    def labels(self) -> dict[str, str]:
        """Column labels translated once, for the phone layout's per-cell `data-label`."""
        return {column.key: str(column.label) for column in self.columns}


def _reversed(name: str) -> str:
    """The opposite order of one ordering term ("-created_at" <-> "created_at")."""
    return name.removeprefix("-") if name.startswith("-") else f"-{name}"


def build_listing(
    request,
    queryset: QuerySet,
    columns: list[Column],
    *,
    default_sort: str,
    per_page: int = 50,
) -> Listing:
    """Order `queryset` by the `sort` query parameter (a column key, `-key` for descending) and
    cut the requested page; unknown keys fall back to the default."""
    by_key = {column.key: column for column in columns if column.sortable}
    requested = request.GET.get("sort", default_sort)
    key = requested.removeprefix("-")
    if key not in by_key:
        requested, key = default_sort, default_sort.removeprefix("-")
    descending = requested.startswith("-")
    ordering = [_reversed(name) if descending else name for name in by_key[key].ordering]
    paginator = Paginator(queryset.order_by(*ordering, "pk"), per_page)
    page_obj = paginator.get_page(request.GET.get("page"))
    states = []
    for column in columns:
        direction = ""
        if column.key == key:
            direction = "descending" if descending else "ascending"
        states.append(
            ColumnState(
                key=column.key,
                label=column.label,
                sortable=column.sortable,
                direction=direction,
                next_sort=("-" if direction == "ascending" else "") + column.key,
            )
        )
    return Listing(page_obj=page_obj, columns=states, sort=requested)

"""build_listing: sorting by declared columns and pagination."""

import pytest
from django.test import RequestFactory

from loetrat.core.listing import Column, build_listing
from loetrat.organizations.models import Organization
from tests.factories import OrganizationFactory

COLUMNS = [
    Column("name", "Name", ("name_th",)),
    Column("code", "Code", ("code",)),
    Column("note", "Note"),
]


@pytest.fixture
def bodies(db):
    for code, name in [("B", "ข"), ("A", "ค"), ("C", "ก")]:
        OrganizationFactory(code=code, name_th=name)


def _listing(query="", **kwargs):
    request = RequestFactory().get("/list/" + query)
    return build_listing(request, Organization.objects.all(), COLUMNS, **kwargs)


def _codes(listing) -> list[str]:
    return [organization.code for organization in listing.rows]


def test_default_sort(bodies):
    listing = _listing(default_sort="name")
    assert _codes(listing) == ["C", "B", "A"]
    assert listing.sort == "name"


def test_descending_sort_by_another_column(bodies):
    listing = _listing("?sort=-code", default_sort="name")
    assert _codes(listing) == ["C", "B", "A"]
    code = next(column for column in listing.columns if column.key == "code")
    assert code.direction == "descending"
    assert code.next_sort == "code"


def test_ascending_column_offers_descending_next(bodies):
    listing = _listing("?sort=code", default_sort="name")
    code = next(column for column in listing.columns if column.key == "code")
    assert (code.direction, code.next_sort) == ("ascending", "-code")
    assert _codes(listing) == ["A", "B", "C"]


@pytest.mark.parametrize("sort", ["note", "unknown", "-pk", "path"])
def test_unknown_or_unsortable_key_falls_back_to_default(bodies, sort):
    listing = _listing(f"?sort={sort}", default_sort="-code")
    assert _codes(listing) == ["C", "B", "A"]
    assert listing.sort == "-code"


def test_unsortable_column_is_marked(bodies):
    listing = _listing(default_sort="name")
    note = next(column for column in listing.columns if column.key == "note")
    assert note.sortable is False


def test_pagination_and_out_of_range_page(bodies):
    listing = _listing("?page=2", default_sort="code", per_page=2)
    assert _codes(listing) == ["C"]
    assert listing.page_obj.paginator.num_pages == 2
    assert _codes(_listing("?page=99", default_sort="code", per_page=2)) == ["C"]
    assert _codes(_listing("?page=abc", default_sort="code", per_page=2)) == ["A", "B"]


def test_a_column_with_a_descending_term_sorts_both_ways(bodies):
    columns = [Column("name", "Name", ("-name_th", "code"))]
    request = RequestFactory().get("/list/?sort=-name")
    descending = build_listing(request, Organization.objects.all(), columns, default_sort="name")
    assert _codes(descending) == ["C", "B", "A"]  # -(-name_th) = name_th ascending
    ascending = _listing_with(columns, "?sort=name")
    assert _codes(ascending) == ["A", "B", "C"]


def _listing_with(columns, query):
    request = RequestFactory().get("/list/" + query)
    return build_listing(request, Organization.objects.all(), columns, default_sort="name")

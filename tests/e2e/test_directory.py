"""The secretariat finds public bodies: search in Thai, filter, sort, page through, open one."""

import re

import pytest

from .helpers import snap

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def row_codes(page) -> list[str]:
    return page.locator("main table tbody tr td code").all_inner_texts()


def test_secretariat_searches_filters_sorts_and_pages_the_directory(page, login_as):
    login_as("opdc.officer")
    page.goto("/dashboard/")
    page.locator("nav.site-nav a[href='/organizations/']").click()
    page.wait_for_url("**/organizations/")
    snap(page, "organizations-list")

    page.locator("#id_q").fill("สรรพากร")
    page.locator("main form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"q=%E0%B8%AA"))
    assert row_codes(page) == ["MOF-RD"]
    assert page.locator("main table").get_by_role("link", name="กรมสรรพากร").is_visible()
    assert page.locator("#id_q").input_value() == "สรรพากร"

    page.locator("#id_q").fill("")
    page.locator("#id_kind").select_option("department")
    page.locator("main form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"kind=department"))
    assert "130" in page.locator(".result-count").inner_text()
    kinds = set(page.locator("main table tbody td:nth-child(3)").all_inner_texts())
    assert len(kinds) == 1

    code_header = page.locator("main table thead th").nth(4)
    code_header.get_by_role("link").click()
    page.wait_for_url(re.compile(r"sort=code"))
    assert code_header.get_attribute("aria-sort") == "ascending"
    first_page = row_codes(page)
    assert len(first_page) == 50
    assert first_page == sorted(first_page)

    code_header.get_by_role("link").click()
    page.wait_for_url(re.compile(r"sort=-code"))
    assert code_header.get_attribute("aria-sort") == "descending"
    assert row_codes(page) == sorted(row_codes(page), reverse=True)
    code_header.get_by_role("link").click()
    page.wait_for_url(re.compile(r"sort=code(&|$)"))

    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url(re.compile(r"page=2"))
    second_page = row_codes(page)
    assert len(second_page) == 50
    assert second_page == sorted(second_page)
    assert second_page[0] > first_page[-1]
    assert page.locator("#id_kind").input_value() == "department"
    assert "2" in page.locator(".pagination [aria-current=page]").inner_text()

    link = page.locator("main table tbody tr").first.locator("a").first
    name = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/organizations/[^/?]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == name
    assert page.locator("nav.breadcrumbs a[href='/organizations/']").is_visible()


def test_body_page_shows_the_tree_people_and_history(page, login_as):
    login_as("opdc.admin")
    page.goto("/organizations/MOF-RD/")
    assert page.get_by_role("heading", level=1).inner_text() == "กรมสรรพากร"
    assert page.locator("nav.breadcrumbs a[href='/organizations/MOF/']").is_visible()
    snap(page, "organization-detail")
    page.goto("/organizations/MOF/")
    assert page.locator("main table").get_by_role("link", name="กรมสรรพากร").is_visible()
    snap(page, "organization-detail-ministry")

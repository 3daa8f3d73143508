"""Each page type costs a fixed number of SQL queries, however much content there is."""

import pytest

from home.factories import StandardPageFactory, build_site
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

# The budgets are generous ceilings; the real test is that counts stay flat.
HOME_PAGE_QUERY_BUDGET = 25
STANDARD_PAGE_QUERY_BUDGET = 25


def add_menu_pages(parent, count):
    for _ in range(count):
        StandardPageFactory(parent=parent)


def test_home_page_queries_do_not_grow_with_menu_pages(client):
    home, _ = build_site()
    add_menu_pages(home, 2)
    few = queries_for(client, "/en/")
    add_menu_pages(home, 30)
    many = queries_for(client, "/en/")
    assert few == many
    assert many <= HOME_PAGE_QUERY_BUDGET


def test_standard_page_queries_do_not_grow_with_siblings_or_children(client):
    home, _ = build_site()
    page = StandardPageFactory(parent=home, slug="about")
    add_menu_pages(home, 2)
    add_menu_pages(page, 2)
    few = queries_for(client, "/en/about/")
    add_menu_pages(home, 30)
    add_menu_pages(page, 30)
    many = queries_for(client, "/en/about/")
    assert few == many
    assert many <= STANDARD_PAGE_QUERY_BUDGET


def test_french_home_page_costs_the_same_as_english(client):
    home, _ = build_site()
    add_menu_pages(home, 5)
    assert queries_for(client, "/fr/") <= queries_for(client, "/en/") + 2

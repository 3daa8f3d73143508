"""The search page and the API cost the same SQL queries for 10 practices as for 200.

Counts are printed (run with -s to see them); the real test is that 10 and
200 practices cost exactly the same, for a visitor and for a coordinator.
"""

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from accounts.factories import UserFactory, add_to_role
from accounts.roles import LEARNERS
from knowledgebase.factories import PracticePageFactory
from tests.query_counts import (
    assert_cold_counts_pinned,
    cold_queries_for,
    on_embedded_default,
    queries_for,
    session_read_queries,
)
from tests.search.page_fixtures import *  # noqa: F403 - fixtures
from tests.search.page_fixtures import index_practices
from tests.search.site_search_setup import create_page_index

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 40
THEMES = ("staff rotation", "e-payment", "cctv", "code of conduct", "asset declaration")


def add_practices(practice_index, count, start=0):
    for number in range(start, start + count):
        PracticePageFactory(
            parent=practice_index,
            title=f"Practice {number} on {THEMES[number % len(THEMES)]}",
            key_factors=[number % 10 + 1, (number + 3) % 10 + 1],
            tags=[THEMES[number % len(THEMES)]],
            year=2015 + number % 8,
            visibility="coordinators" if number % 7 == 0 else "public",
        )
    index_practices()


def measure(client, urls):
    return {name: queries_for(client, url) for name, url in urls.items()}


# On a busy machine Elasticsearch can miss the short search timeout, and a fallback to the database
# engine costs other queries; the full client timeout keeps every measurement on the configured engine.
@override_settings(PRACTICE_SEARCH_TIMEOUT=5)
def test_search_page_and_api_queries_do_not_grow_with_practices(client, practice_index, coordinator):
    urls = {
        "page": practice_index.url,
        "page searched": f"{practice_index.url}?q=rotation",
        "page filtered": f"{practice_index.url}?q=practice&key_factor=4&key_factor=5&tag=cctv&year=2019&sort=date",
        "page 2": f"{practice_index.url}?q=practice&page=2",
        "API": "/api/practices/search",
        "API searched": "/api/practices/search?q=rotation&region=EUR&language=en",
        "API page 2": "/api/practices/search?q=practice&page=2",
        "autocomplete": "/api/practices/autocomplete?q=pract",
    }
    add_practices(practice_index, 30)
    few = {"visitor": measure(client, urls)}
    client.force_login(coordinator)
    few["coordinator"] = measure(client, urls)
    client.logout()

    add_practices(practice_index, 170, start=30)
    many = {"visitor": measure(client, urls)}
    client.force_login(coordinator)
    many["coordinator"] = measure(client, urls)

    print("\nSQL queries (30 practices / 200 practices)")
    for person in few:
        for name in urls:
            print(f"  {person:11} {name:14} {few[person][name]:3} / {many[person][name]:3}")
    assert few == many
    assert max(many["coordinator"].values()) <= QUERY_BUDGET


# Pinned cold (every cache emptied first, as benchmarks/page_cost.py's cold mode), for a visitor and a
# learner. The learner's counts hold their session (`session_read_queries`), user and groups. Before the
# concept lexicon was built only for searches with words, from its rows without analysing them again,
# and the index's generation was read once a search, the listing cost two queries more cold. The shell's
# fixed statements (home.sql_rows) read the footer text with the settings (a site without settings paid a
# second query) and, on the site search, the view restrictions with their groups in one query. Hits are
# read as rows with their url_path (URLs from the sites' roots in one statement, not Wagtail's table of
# site roots: two queries), the empty search counts its total and facets in one statement (it was two)
# and site search hits take their URLs from the shell's rows. The site search reads the content types of
# the page models in one statement (Django's manager read them in two) and its hits of every type in one.
# A search reads the concepts only when the index's generation token changed since its process last did
# (search.vocabulary), and passes on the document count it read with the token: two queries fewer.
COLD_QUERIES = {
    "visitor": {"page": 18, "page searched": 21, "API searched": 9, "site search": 9},
    "learner": {"page": 23, "page searched": 26, "API searched": 12, "site search": 12},
}


@override_settings(PRACTICE_SEARCH_TIMEOUT=5)
def test_search_pages_cost_pinned_queries_cold_whatever_the_number_of_practices(client, practice_index):
    urls = {
        "page": practice_index.url,
        "page searched": f"{practice_index.url}?q=rotation",
        "API searched": "/api/practices/search?q=rotation",
        "site search": "/en/search/?q=rotation",
    }
    learner = add_to_role(UserFactory(email="lena@customs.example"), LEARNERS)
    if settings.ELASTICSEARCH_URL:
        # A test before this one may have dropped the site index or left it without its mapping; site search
        # then reads other rows, and the counts would change with the index's state, not with the practices.
        create_page_index(get_search_backend())

    def cold_counts():
        counts = {"visitor": {name: cold_queries_for(client, url) for name, url in urls.items()}}
        client.force_login(learner)
        counts["learner"] = {name: cold_queries_for(client, url) for name, url in urls.items()}
        client.logout()
        return counts

    add_practices(practice_index, 10)
    few = cold_counts()
    add_practices(practice_index, 40, start=10)
    many = cold_counts()

    print(f"\nSQL queries cold (10 practices / 50 practices): {few} / {many}")
    assert few == many
    session = session_read_queries()
    pinned = {
        "visitor": dict(COLD_QUERIES["visitor"]),
        "learner": {name: count + session for name, count in COLD_QUERIES["learner"].items()},
    }
    if not on_embedded_default():
        # Site search on Elasticsearch reads more rows while the site index lacks its mapping (a test
        # before this one may have dropped it, and it answers from the database then): flat, not pinned.
        for counts in (*many.values(), *pinned.values()):
            counts.pop("site search")
    assert_cold_counts_pinned(many["visitor"], pinned["visitor"])
    assert_cold_counts_pinned(many["learner"], pinned["learner"])

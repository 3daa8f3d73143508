"""The site search page under odd input, its markup, and what it costs in SQL queries."""

import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from knowledgebase.factories import PracticePageFactory
from tests.query_counts import queries_for

from .site_search_setup import build_searchable_site, database_search_backend_fixture  # noqa: F401 - fixture


@pytest.fixture
def site(database_search_backend):
    return build_searchable_site()


@pytest.mark.parametrize(
    "params",
    [
        {"q": 'acacia "unclosed'},
        {"q": "acacia AND (OR NOT) * ~ ^ : - + !"},
        {"q": "ac*cia' OR 1=1 --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "%00 \\ /**/ {} [] ||"},
        {"q": "émoji 🙂 ß ø"},
        {"q": "acacia", "page": "abc"},
        {"q": "acacia", "page": "-3"},
        {"q": "acacia", "page": "99999999999999999999"},
        {"q": "acacia", "type": ""},
    ],
)
def test_odd_input_gets_a_page_not_an_error(client, site, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "acacia " * 100}, "Ensure this value has at most 200 characters"),
        ({"q": "acacia\x00"}, "invisible control character (U+0000) at position 7"),
        ({"q": "acacia", "type": "secret"}, "That type of result does not exist"),
    ],
)
def test_bad_input_gets_a_clear_message_and_a_400(client, site, params, message):
    response = client.get("/en/search/", params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_query_error_stays_inside_the_search_paragraph(client, site):
    """A list inside the form's <p> would close it early: every browser then moves the label and box apart."""
    html = client.get("/en/search/", {"q": "acacia " * 100}).content.decode()

    error = re.search(r'<span class="errorlist" id="search-errors">([^<]*)</span>', html)
    assert error and "Ensure this value has at most 200 characters" in error.group(1)
    assert '<ul class="errorlist"' not in html


def test_search_page_without_a_query_offers_the_form(client, site):
    response = client.get("/en/search/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_q">Search the site</label>' in html
    assert 'role="search"' in html
    assert "results for" not in html


def test_search_is_get_only(client, site):
    assert client.post("/en/search/", {"q": "acacia"}).status_code == 405


def test_every_page_has_a_search_box_in_the_header(client, site):
    html = client.get("/fr/").content.decode()
    header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    assert 'role="search"' in header
    assert 'action="/fr/search/"' in header
    assert 'aria-label="Search the site"' in header or "aria-label=" in header


def test_result_page_lists_hits_in_an_ordered_list_and_announces_the_count(client, site):
    html = client.get("/en/search/", {"q": "acacia"}).content.decode()
    assert '<h2 id="results-heading">1 result for “acacia”</h2>' in html
    assert '<ol class="search-results" start="1">' in html


# Pinned: the hits and the type counts come from one ranked query, and the log is not written in the request.
VISITOR_SEARCH_QUERIES = 4  # 21 before: a facet query and seven for the log; 13 before the shell and locale were shared
# The same search again, from the shared result cache (search/site_search/result_cache.py): the log's count.
VISITOR_CACHED_SEARCH_QUERIES = 1


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def new_search_queries(client, text):
    """Queries of a search no one asked since the last change, on a site whose shell is warm.

    The warming search finds a page, so Wagtail's site root paths (which the
    hits' URLs need, and which stay cached across requests) are warm too.
    """
    assert client.get("/en/search/?q=patrol").status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(f"/en/search/?q={text}").status_code == 200
    return len(captured.captured_queries)


def test_query_count_does_not_grow_with_the_number_of_results(client, site):
    PracticePageFactory(parent=site.practice_index, title="Hydrofoil patrol", summary="Hydrofoil.")
    with_one = new_search_queries(client, "hydrofoil")
    print(f"\nsite search: {with_one} queries for a visitor")
    assert with_one == VISITOR_SEARCH_QUERIES
    assert queries_for(client, "/en/search/?q=hydrofoil") == VISITOR_CACHED_SEARCH_QUERIES
    for number in range(12):
        PracticePageFactory(parent=site.practice_index, title=f"Hydrofoil patrol {number}", summary="Hydrofoil.")
    PracticePageFactory(parent=site.practice_index, title="Hydrofoil inquiry", coordinators_only=True)
    assert new_search_queries(client, "hydrofoil") == with_one

    client.force_login(site.coordinator)
    as_coordinator = new_search_queries(client, "hydrofoil")
    for number in range(12):
        PracticePageFactory(parent=site.practice_index, title=f"Hydrofoil inquiry {number}", coordinators_only=True)
    assert new_search_queries(client, "hydrofoil") == as_coordinator


def test_an_unreachable_search_backend_gets_a_clear_503(client, site, settings):
    # Port 9 (discard) answers nothing on this machine: connections are refused at once.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.site_search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 2,
        }
    }
    response = client.get("/en/search/", {"q": "acacia"})
    assert response.status_code == 503
    assert "Search is unavailable for a moment" in response.content.decode()

"""The SQLite backend's ranked rows are Wagtail's ranked queryset, read in one statement that matches once."""

import pytest
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.query import MatchAll

from search.site_search.backends.languages import InLanguage
from search.site_search.content_types import SEARCHABLE_TYPES
from search.site_search.engine import MAX_RANKED, engine_terms

from .site_search_setup import build_searchable_site, search_backend_fixture  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="the ranked rows are the SQLite backend's")

QUERIES = ["integrity", "gifts", "gift", "rotation of staff", '"code of conduct"', "declaration", "zzzz"]
FINDING = {"integrity", "gifts", "gift"}


@pytest.fixture
def candidates(search_backend):
    if search_backend.name != "database":
        pytest.skip("the ranked rows are the database backend's")
    build_searchable_site()
    search_backend.refresh()
    return Page.objects.live().filter(locale=Locale.objects.get(language_code="en")).type(*SEARCHABLE_TYPES.models)


def both_rankings(candidates, query):
    results = candidates.only("pk", "content_type_id").search(query)[:MAX_RANKED]
    compiler = results.query_compiler
    ours = compiler.ranked_rows(compiler.get_config(results.backend), MAX_RANKED, ("pk", "content_type_id"))
    wagtails = list(results.get_queryset().values_list("pk", "content_type_id"))
    return ours, wagtails


@pytest.mark.parametrize("text", QUERIES)
def test_ranked_rows_are_wagtails_ranking(candidates, text):
    ours, wagtails = both_rankings(candidates, InLanguage(engine_terms(text), "en"))
    assert ours == wagtails
    if text in FINDING:
        assert ours, f"{text!r} should find something on the searchable site"


def test_a_query_without_ranking_is_left_to_wagtail(candidates):
    results = candidates.search(MatchAll())
    compiler = results.query_compiler
    assert compiler.ranked_rows(compiler.get_config(results.backend), MAX_RANKED, ("pk", "content_type_id")) is None

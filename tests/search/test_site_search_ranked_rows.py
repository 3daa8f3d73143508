"""Site search's ranked matches are Wagtail's ranking, read on SQLite in one statement that matches once.

On SQLite the backend's compiler reads the matches with one FTS5 MATCH
(`backends/sqlite.ranked_rows`); on PostgreSQL, Wagtail's ranked queryset
is read as rows. Both must give exactly Wagtail's order.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.query import MatchAll

from search.site_search.backends.languages import InLanguage
from search.site_search.content_types import SEARCHABLE_TYPES
from search.site_search.engine import MAX_RANKED, Match, engine_terms, ranked_matches

from .site_search_setup import DATABASE_BACKEND, build_searchable_site

QUERIES = ["integrity", "gifts", "gift", "rotation of staff", '"code of conduct"', "declaration", "zzzz"]
FINDING = {"integrity", "gifts", "gift"}


@pytest.fixture
def candidates(settings, db):
    cache.clear()  # Wagtail caches site root paths; a previous test's pages must not leak in
    settings.WAGTAILSEARCH_BACKENDS = {"default": DATABASE_BACKEND}
    build_searchable_site()
    return Page.objects.live().filter(locale=Locale.objects.get(language_code="en")).type(*SEARCHABLE_TYPES.models)


def wagtails_ranking(candidates, query):
    results = candidates.only("pk", "content_type_id").search(query)[:MAX_RANKED]
    return [Match(*row) for row in dict(results.get_queryset().values_list("pk", "content_type_id")).items()]


@pytest.mark.parametrize("text", QUERIES)
def test_ranked_matches_are_wagtails_ranking(candidates, text):
    query = InLanguage(engine_terms(text), "en")
    ours = ranked_matches(candidates, query)
    assert ours == wagtails_ranking(candidates, query)
    if text in FINDING:
        assert ours, f"{text!r} should find something on the searchable site"


def test_only_the_sqlite_backend_reads_its_own_ranked_rows(candidates):
    compiler = candidates.search("integrity").query_compiler
    assert hasattr(compiler, "ranked_rows") == (connection.vendor == "sqlite")


def test_a_query_without_ranking_is_left_to_wagtail(candidates):
    results = candidates.search(MatchAll())
    assert ranked_matches(candidates, MatchAll()) == [
        Match(*row) for row in dict(results.get_queryset().values_list("pk", "content_type_id")).items()
    ]
    compiler = results.query_compiler
    if hasattr(compiler, "ranked_rows"):
        assert compiler.ranked_rows(compiler.get_config(results.backend), MAX_RANKED, ("pk", "content_type_id")) is None

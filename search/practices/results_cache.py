"""Whole practice search results, kept while neither the index nor anything readers see has changed.

A search asked again (the listing's common words, a shared link, the
next reader of the same audience) need not match, rank, count and
highlight again: its results depend only on the query, on which documents
the reader may find (`visibility_key`: their audiences and the active
language, never the person) and on the documents. So they are kept in
the shared cache under `fragment_cache_key` with the engine's name and its
index token in the key, besides the content generation the key always
holds (home.content_cache: a page moved, restricted or retitled):

- the database engine's token (`database.generation`) is renewed in the
  transaction that changes any document, also when a background task
  reindexes after the publish; a cached search costs the one query that
  reads it;
- Elasticsearch's (`elastic.index_token`) is renewed in the shared cache
  after every write to its index, so a search that read the token before
  a write files what it found under a token nobody reads any more.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from home.content_cache import fragment_cache_key

from .database.visibility import visibility_key


def cached_results(engine_name, token, query, audiences, compute):
    """`compute()` (picklable `PracticeResults`), or what it returned for the same query, readers and index.

    Either way with its `cache_key` set to the key it is (or would be) kept under.
    """
    key = fragment_cache_key(
        f"practice-search-{engine_name}",
        language=translation.get_language() or "",
        audience=visibility_key(audiences),
        extra=(token, repr(query)),
    )
    across_requests = settings.CONTENT_CACHE_ACROSS_REQUESTS
    results = cache.get(key) if across_requests else None
    if results is None:
        results = compute()
        results.cache_key = key
        if across_requests:
            cache.set(key, results, timeout=settings.CONTENT_CACHE_SECONDS)
    return results

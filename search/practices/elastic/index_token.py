"""A token for "the Elasticsearch practice index as it is now", renewed after every write to it.

Searches cache their results under it (`search.practices.results_cache`).
It lives in the shared cache, like the content generation
(home.content_cache), and for the same reasons it is random, never a
counter: a token lost from the cache (eviction, restart) is replaced by a
new one, never an old one, and a cache that is down hands out a new token
per search, i.e. nothing is reused. It is read before a search asks
Elasticsearch and renewed after a write has been refreshed into the index,
so results filed under a token never predate a write made before it.
"""

import uuid

from django.conf import settings
from django.core.cache import cache

CACHE_KEY = "practice-search:elasticsearch-index-token"


def current():
    """The token, created if the cache has none."""
    token = cache.get(CACHE_KEY)
    if token is not None:
        return token
    token = uuid.uuid4().hex
    if cache.add(CACHE_KEY, token, timeout=None):
        return token
    return cache.get(CACHE_KEY) or token


def renew():
    """Call after any write to the index (also a failed one: part of it may have been written)."""
    if settings.CONTENT_CACHE_ACROSS_REQUESTS:
        cache.set(CACHE_KEY, uuid.uuid4().hex, timeout=None)

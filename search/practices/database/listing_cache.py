"""The total and facet counts of the empty search, cached until the indexed documents change.

The empty search (the practice listing everyone lands on) counts every
visible practice: the most common search, and the largest. Its counts
depend only on which documents a reader may see (their audiences and the
active language) and on the documents themselves, so they are cached under
the reader's visibility key and the index's generation token (`generation`),
which every change to the documents renews in the same transaction: a change
is seen by the next search, on every process. Labels are not cached (they
follow the active language).
"""

from django.core.cache import cache

CACHE_SECONDS = 24 * 3600
KEY_PREFIX = "practice-search:listing"


def cached_listing(token, visibility_key, compute):
    """`compute()` (picklable), or what it returned for the same visibility and generation `token`."""
    return cached_under_index_token(KEY_PREFIX, token, visibility_key, compute)


def cached_under_index_token(prefix, token, name, compute):
    """`compute()` (picklable), kept under `prefix`, the index's generation `token` and `name`.

    For what depends on nothing but the indexed documents (and `name`): a
    change to them renews the token, so the next search files a new value.
    """
    key = f"{prefix}:{token}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value

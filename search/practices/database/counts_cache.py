"""The total and facet counts of a search, cached until the indexed documents change.

At 100 000 practices a broad search spends most of its time counting: the
total and six facets over tens of thousands of matches. The same searches
come back (a shared link, the next page, the sort switched, the browser's
back button), and their counts depend only on which documents the reader
may see (their visibility key), on what the index is asked (the text's
phrases and the filters) and on the documents themselves. So they are
cached under those and the index's generation token (`generation`), which
every change to the documents renews in the transaction that makes it: a
change is counted by the next search, on every process. The page, its size
and the sort do not change the counts, and are not part of the key.
"""

import hashlib

from django.core.cache import cache

CACHE_SECONDS = 3600
KEY_PREFIX = "practice-search:counts"


def counts_key(token, visibility_key, phrases, filters):
    """The cache key of a search's counts: short and fixed in length, whatever the query."""
    asked = repr(
        (
            visibility_key,
            sorted(phrases or ()),
            sorted((facet, sorted(str(value) for value in values)) for facet, values in filters.items()),
        )
    )
    return f"{KEY_PREFIX}:{token}:{hashlib.sha256(asked.encode()).hexdigest()}"


def known_counts(key):
    """(total, [(facet, value, count)]) cached under `key`, or None."""
    return cache.get(key)


def keep_counts(key, total, facet_rows):
    cache.set(key, (total, list(facet_rows)), CACHE_SECONDS)

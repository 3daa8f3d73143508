"""The total and facet counts of the empty search, cached until the indexed documents change.

The empty search (the practice listing everyone lands on) counts every
visible practice: the most common search, and the largest. Its counts
depend only on which documents a reader may see (their audiences and the
active language) and on the documents themselves, so they are cached under
the reader's visibility key and the index's generation token
(`PracticeSearchGeneration`), which every change to the documents renews in
the same transaction: a change is seen by the next search, on every
process. Labels are not cached (they follow the active language).
"""

from uuid import uuid4

from django.core.cache import cache

from ...models import PracticeSearchGeneration

CACHE_SECONDS = 24 * 3600
KEY_PREFIX = "practice-search:listing"


def cached_listing(visibility_key, compute):
    """`compute()` (picklable), or what it returned for the same visibility and generation."""
    token = PracticeSearchGeneration.objects.values_list("token", flat=True).first() or "none"
    key = f"{KEY_PREFIX}:{token}:{visibility_key}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value


def documents_changed():
    """Renew the generation token: call in the transaction that writes or deletes documents."""
    updated = PracticeSearchGeneration.objects.update(token=uuid4().hex)
    if not updated:
        PracticeSearchGeneration.objects.create(token=uuid4().hex)

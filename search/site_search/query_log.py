"""Records each site search: in Wagtail's query log (for promotions) and in our per-language log.

Off the read path. A search used to write both logs inside the request,
which under SQLite serialises every search behind the database's single
write lock, and on any database adds two round trips to a read. Now a
search only appends an event to a buffer in Django's cache (one `incr` for
a sequence number, one `set` for the event) and every `FLUSH_EVERY`-th
search enqueues `flush_search_log_task`, which sums the buffered events per
query, language and day and writes them in one transaction. The editors'
report flushes before it reads, and `manage.py flush_search_log` can be run
from cron, so the numbers editors see are never behind.

Why a buffer rather than a task per search: with django-tasks' immediate
backend (development, tests) a task runs inside the request anyway, and
with the database backend (production) enqueuing is itself a write per
search. A buffer turns N searches into one short write.

Nothing is dropped silently: a flush that fails leaves the events in the
buffer for the next one, and an event that has vanished from the cache
(evicted, or the cache restarted) while later ones are still there is
reported with a warning. When the cache cannot number a search at all
(Redis down: `ResilientRedisCache` then answers as if empty), that search
is written to the database at once, as before. The buffer lives as long as the cache does: with a
per-process cache (Django's default local-memory one) each process flushes
its own searches, so production should use a shared cache (Redis).
"""

import logging
from collections import defaultdict
from datetime import date

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .models import SearchQueryLog

logger = logging.getLogger(__name__)

FLUSH_EVERY = 50
SEQUENCE_KEY = "site-search-log:sequence"
FLUSHED_KEY = "site-search-log:flushed"
FLUSH_LOCK_KEY = "site-search-log:flushing"
FLUSH_LOCK_SECONDS = 60
# One flush writes at most this many events, so its work is bounded; the next flush takes the rest.
MAX_EVENTS_PER_FLUSH = 10 * FLUSH_EVERY
# Long enough to outlive any gap between flushes; the report and cron flush far sooner.
EVENT_SECONDS = 7 * 24 * 3600


def event_key(number):
    return f"site-search-log:event:{number}"


def record_search(text, language, result_count):
    """Buffer one search for `text` in `language` that found `result_count` results; empty text is not logged."""
    query = normalise_query_string(text)
    if not query:
        return
    event = (query, language, timezone.localdate().isoformat(), result_count)
    number = next_event_number()
    if number is None:  # the cache is down: write this search at once rather than lose it
        write_searches([event])
        return
    cache.set(event_key(number), event, EVENT_SECONDS)
    if number % FLUSH_EVERY == 0:
        flush_search_log_task.enqueue()


def next_event_number():
    """A number no other search gets (the cache's atomic increment), or None when the cache cannot give one."""
    for _attempt in range(2):
        if cache.add(SEQUENCE_KEY, 0, timeout=None):
            cache.set(FLUSHED_KEY, 0, timeout=None)  # a new sequence: nothing of it is flushed yet
        try:
            return cache.incr(SEQUENCE_KEY)
        except ValueError:  # the sequence is missing: lost between the two calls, or the cache is down
            continue
    return None


@task()
def flush_search_log_task():
    flush_search_log()


def flush_search_log():
    """Write buffered searches (up to MAX_EVENTS_PER_FLUSH) to both logs; returns how many were written.

    One flush at a time (a cache lock), so no event is counted twice. An
    event missing after the last present one may be a search still being
    buffered: it is left for the next flush. One missing before a present
    one is gone, and a warning says how many.
    """
    if not cache.add(FLUSH_LOCK_KEY, True, FLUSH_LOCK_SECONDS):
        return 0
    try:
        last = cache.get(SEQUENCE_KEY, 0)
        flushed = cache.get(FLUSHED_KEY)
        if flushed is None or flushed > last:
            if last:
                logger.warning("The site search log lost its place in the buffer; flushing what is left of it")
            flushed = max(last - MAX_EVENTS_PER_FLUSH, 0)
        upto = min(last, flushed + MAX_EVENTS_PER_FLUSH)
        keys = {event_key(number): number for number in range(flushed + 1, upto + 1)}
        found = cache.get_many(keys)
        if not found:
            return 0
        numbers = sorted(keys[key] for key in found)
        lost = numbers[-1] - flushed - len(numbers)
        if lost:
            logger.warning("%d buffered site searches vanished from the cache before they were logged", lost)
        write_searches([found[event_key(number)] for number in numbers])
        cache.set(FLUSHED_KEY, numbers[-1], timeout=None)
        cache.delete_many(list(found))
        return len(numbers)
    finally:
        cache.delete(FLUSH_LOCK_KEY)


def write_searches(events):
    """Add (query, language, ISO date, result count) events, oldest first, to both logs in one transaction."""
    per_log_row = defaultdict(lambda: {"searches": 0, "zero_result_searches": 0, "last_result_count": 0})
    hits_per_day = defaultdict(int)
    for query, language, day, result_count in events:
        row = per_log_row[(query, language, date.fromisoformat(day))]
        row["searches"] += 1
        row["zero_result_searches"] += 1 if result_count == 0 else 0
        row["last_result_count"] = result_count
        hits_per_day[(query, date.fromisoformat(day))] += 1
    with transaction.atomic():
        for (query, language, day), row in per_log_row.items():
            entry, _created = SearchQueryLog.objects.get_or_create(query=query, language=language, date=day)
            SearchQueryLog.objects.filter(pk=entry.pk).update(
                searches=F("searches") + row["searches"],
                zero_result_searches=F("zero_result_searches") + row["zero_result_searches"],
                last_result_count=row["last_result_count"],
            )
        for (query, day), hits in hits_per_day.items():
            daily, _created = QueryDailyHits.objects.get_or_create(query=Query.get(query), date=day)
            QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)

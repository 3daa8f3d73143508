"""Practice search as the page and the API call it: Elasticsearch when configured, else the database.

Resilience: when Elasticsearch is configured but refuses the connection,
does not answer within `PRACTICE_SEARCH_TIMEOUT` (capped by
`ELASTICSEARCH_TIMEOUT`) or answers with an error, the same query is
answered by the database engine and the results are marked `degraded`, so
the page can say so.

A circuit breaker then spares later searches the wait, but only once
Elasticsearch has failed `PRACTICE_SEARCH_FAILURES_TO_OPEN` searches in a
row: under load on a busy machine one search can miss its deadline while
Elasticsearch is well, and a breaker opened by it sent every search of the
next seconds to the database (the load benchmark saw all of them fall
back). Any answer from Elasticsearch resets the count. Once open, searches
go straight to the database for `PRACTICE_SEARCH_CIRCUIT_SECONDS`; then one
search at a time probes Elasticsearch (half-open): an answer closes the
breaker, a failure opens it again at once, since the count of failures in
a row still stands. The state lives in Django's cache, keyed by the
Elasticsearch URL, so every process sharing a cache shares it.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from elasticsearch import ApiError, TransportError

from . import database

logger = logging.getLogger(__name__)

DEFAULT_CIRCUIT_SECONDS = 10
DEFAULT_FAILURES_TO_OPEN = 3
ELASTICSEARCH_FAILURES = (TransportError, ApiError)
# How long a count of failures in a row is kept without a new failure, in circuit periods: long
# enough to reopen the breaker on a failed probe, short enough to forget an old, isolated failure.
FAILURE_MEMORY_PERIODS = 6


def search_practices(query, user):
    """`PracticeResults` for `query` as `user` may see them."""
    results, degraded = _answer(lambda engine: engine.search(query, user))
    results.degraded = degraded
    return results


def complete_practices(prefix, user, limit=8):
    """Autocomplete entries (titles and tags) for `prefix` that `user` may see."""
    completions, _degraded = _answer(lambda engine: engine.complete(prefix, user, limit))
    return completions


def _answer(ask):
    """(answer, degraded): from Elasticsearch when configured and well, else from the database."""
    if not settings.ELASTICSEARCH_URL:
        return ask(database), False
    breaker = CircuitBreaker(settings.ELASTICSEARCH_URL)
    if not breaker.allows_request():
        return ask(database), True
    # Imported here: the Elasticsearch client is only loaded where it is configured.
    from . import elastic

    try:
        answer = ask(elastic)
    except ELASTICSEARCH_FAILURES as error:
        logger.warning("Practice search fell back to the database: Elasticsearch failed (%s).", error)
        breaker.record_failure()
        return ask(database), True
    breaker.record_success()
    return answer, False


class CircuitBreaker:
    """Closed, open for a period after failures in a row, then half-open: one probe decides."""

    def __init__(self, url):
        self.failures_key = f"practice-search:elasticsearch-failures:{url}"
        self.open_key = f"practice-search:elasticsearch-down:{url}"
        self.probe_key = f"practice-search:elasticsearch-probe:{url}"
        self.seconds = getattr(settings, "PRACTICE_SEARCH_CIRCUIT_SECONDS", DEFAULT_CIRCUIT_SECONDS)
        self.failures_to_open = max(1, getattr(settings, "PRACTICE_SEARCH_FAILURES_TO_OPEN", DEFAULT_FAILURES_TO_OPEN))
        self._failures = None

    def failures(self):
        if self._failures is None:
            self._failures = cache.get(self.failures_key, 0)
        return self._failures

    def allows_request(self):
        """Whether this search may ask Elasticsearch: closed, or half-open and this search is the probe."""
        if self.seconds <= 0 or self.failures() < self.failures_to_open:
            return True
        if cache.get(self.open_key):
            return False
        # Half-open: the first search to claim the probe asks; the others keep to the database meanwhile.
        return cache.add(self.probe_key, True, timeout=self.seconds)

    def record_failure(self):
        failures = self.failures() + 1
        cache.set(self.failures_key, failures, timeout=max(self.seconds, 1) * FAILURE_MEMORY_PERIODS)
        if self.seconds > 0 and failures >= self.failures_to_open:
            cache.set(self.open_key, True, timeout=self.seconds)
        cache.delete(self.probe_key)

    def record_success(self):
        if self.failures():
            cache.delete_many([self.failures_key, self.open_key, self.probe_key])

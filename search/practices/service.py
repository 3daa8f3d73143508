"""Practice search as the page and the API call it: Elasticsearch when configured, else the database.

Resilience: when Elasticsearch is configured but refuses the connection,
does not answer within `PRACTICE_SEARCH_TIMEOUT` (capped by
`ELASTICSEARCH_TIMEOUT`) or answers with an error, the same query is
answered by the database engine and the results are marked `degraded`, so
the page can say so. A short circuit breaker then sends searches straight
to the database for `PRACTICE_SEARCH_CIRCUIT_SECONDS`, so that during an
outage only one request per period pays the timeout. The breaker lives in
Django's cache, keyed by the Elasticsearch URL, so every process sharing a
cache shares it.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from elasticsearch import ApiError, TransportError

from . import database

logger = logging.getLogger(__name__)

DEFAULT_CIRCUIT_SECONDS = 10
ELASTICSEARCH_FAILURES = (TransportError, ApiError)


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
    if _circuit_open():
        return ask(database), True
    # Imported here: the Elasticsearch client is only loaded where it is configured.
    from . import elastic

    try:
        return ask(elastic), False
    except ELASTICSEARCH_FAILURES as error:
        logger.warning("Practice search fell back to the database: Elasticsearch failed (%s).", error)
        _open_circuit()
        return ask(database), True


def _circuit_key():
    return f"practice-search:elasticsearch-down:{settings.ELASTICSEARCH_URL}"


def _circuit_open():
    return bool(cache.get(_circuit_key()))


def _open_circuit():
    seconds = getattr(settings, "PRACTICE_SEARCH_CIRCUIT_SECONDS", DEFAULT_CIRCUIT_SECONDS)
    if seconds > 0:
        cache.set(_circuit_key(), True, timeout=seconds)

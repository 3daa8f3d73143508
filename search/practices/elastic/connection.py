"""The Elasticsearch client and the practice index's name, from settings.

Searches use a short timeout (`PRACTICE_SEARCH_TIMEOUT`, capped by
`ELASTICSEARCH_TIMEOUT`) and never retry: a slow cluster must hand over to
the database engine quickly, not make the reader wait twice. Writes use the
full `ELASTICSEARCH_TIMEOUT`.
"""

from functools import lru_cache

from django.conf import settings
from elasticsearch import Elasticsearch

DEFAULT_SEARCH_TIMEOUT = 1.5


def alias_name():
    """The name readers and writers use; the real index behind it changes at each rebuild."""
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}practices".lower()


def search_timeout():
    return min(float(getattr(settings, "PRACTICE_SEARCH_TIMEOUT", DEFAULT_SEARCH_TIMEOUT)), write_timeout())


def write_timeout():
    return float(settings.ELASTICSEARCH_TIMEOUT)


def client():
    """A client for the configured URL (one per URL and timeout, reused across requests)."""
    return _client(settings.ELASTICSEARCH_URL, write_timeout())


def search_client():
    return client().options(request_timeout=search_timeout(), max_retries=0, retry_on_timeout=False)


@lru_cache(maxsize=8)
def _client(url, timeout):
    return Elasticsearch(url, request_timeout=timeout, max_retries=1, retry_on_timeout=False)

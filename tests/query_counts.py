"""Count the SQL queries a page costs, so tests can pin that it stays flat."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def queries_for(client, url):
    """Fetch `url` twice (the first warms per-process caches) and count the second.

    Without the anonymous page cache, which would answer the second fetch
    whole: this counts what rendering the page costs.
    """
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def session_read_queries():
    """What reading a signed-in visitor's session costs in SQL: nothing when it comes from Redis.

    With REDIS_URL set the settings read sessions from the shared cache
    (integrityhub/cached_sessions.py) and the database only on a miss; the
    embedded default reads the session row on every request. Pins for
    signed-in pages add this, so the same test holds on both profiles.
    """
    return 0 if settings.SESSION_ENGINE == "integrityhub.cached_sessions" else 1


def empty_caches():
    """Clear every cache alias and forget Django's content-type memo, as benchmarks/page_cost.py's cold mode does."""
    for alias in settings.CACHES:
        caches[alias].clear()
    ContentType.objects.clear_cache()


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def cold_queries_for(client, url):
    """Fetch `url` once, empty every cache, and count the queries of the next fetch, which finds nothing cached."""
    assert client.get(url).status_code == 200
    empty_caches()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)

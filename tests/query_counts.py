"""Count the SQL queries a page costs, so tests can pin that it stays flat."""

from django.apps import apps
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
    refill_content_type_memo()
    return len(captured.captured_queries)


def refill_content_type_memo():
    """Read every model's content type back into Django's memo, which `empty_caches` emptied.

    Later tests in the same process rely on a full memo: restoring the demo
    snapshot into an emptied database (tests/demo_snapshot.py) builds pages,
    and a page built while its content type is not in the memo creates that
    row, which the snapshot then inserts again (a duplicate key).
    """
    ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)


def on_embedded_default():
    """Whether the tests run on the embedded default profile: SQLite and the database search engine."""
    return connection.vendor == "sqlite" and not settings.ELASTICSEARCH_URL


# A cold pin holds exactly on the embedded default. Elsewhere the same page reads a few things
# differently (PostgreSQL's search statements, Elasticsearch answering what the database engine
# reads in SQL), so it is held to flatness and to at most this many queries over the pin.
OTHER_PROFILE_SLACK = 3


def assert_cold_counts_pinned(measured, pinned):
    """`measured` equals `pinned` on the embedded default; on another profile each count is at most pin + slack."""
    if on_embedded_default():
        assert measured == pinned
        return
    limit = {name: count + OTHER_PROFILE_SLACK for name, count in pinned.items()}
    over = {name: (count, pinned[name]) for name, count in measured.items() if count > limit[name]}
    assert not over, f"cold queries over the pin + {OTHER_PROFILE_SLACK} (measured, pinned): {over}"

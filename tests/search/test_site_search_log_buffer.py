"""The site search log is written off the request, from a buffer in the cache, and loses nothing silently."""

import io
import logging

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.site_search import query_log
from search.site_search.models import SearchQueryLog
from search.site_search.query_log import FLUSH_EVERY, event_key, flush_search_log, next_event_number, record_search

from .site_search_setup import build_searchable_site, database_search_backend_fixture  # noqa: F401 - fixture

WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture
def site(database_search_backend):
    return build_searchable_site()


def searches_logged(query, language="en"):
    entry = SearchQueryLog.objects.filter(query=query, language=language, date=timezone.localdate()).first()
    return entry.searches if entry else 0


def test_a_search_request_writes_nothing_to_the_database(client, site):
    client.get("/en/search/")  # the site's settings row is created on the first request
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/en/search/", {"q": "acacia"})
    assert response.status_code == 200
    writes = [query["sql"] for query in captured.captured_queries if query["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == []
    assert searches_logged("acacia") == 0
    assert flush_search_log() == 1
    assert searches_logged("acacia") == 1


def test_every_nth_search_writes_the_buffer_through_the_task(client, site):
    for _number in range(FLUSH_EVERY - 1):
        client.get("/en/search/", {"q": "acacia"})
    assert searches_logged("acacia") == 0
    client.get("/fr/search/", {"q": "acacia"})  # the immediate task backend runs the flush right here
    assert searches_logged("acacia") == FLUSH_EVERY - 1
    assert searches_logged("acacia", "fr") == 1
    assert Query.objects.get(query_string="acacia").hits == FLUSH_EVERY


def test_the_report_shows_searches_made_just_before_it_opens(client, site):
    client.get("/en/search/", {"q": "mangrove"})
    client.force_login(site.editor)
    response = client.get("/admin/reports/site-search-terms/", {"export": "csv"})
    assert "mangrove" in b"".join(response.streaming_content).decode()


def test_flushing_twice_counts_each_search_once(site):
    record_search("baobab", "en", 1)
    record_search("Baobab ", "en", 0)
    assert flush_search_log() == 2
    assert flush_search_log() == 0
    entry = SearchQueryLog.objects.get(query="baobab")
    assert (entry.searches, entry.zero_result_searches, entry.last_result_count) == (2, 1, 0)


def test_a_search_still_being_buffered_is_written_by_the_next_flush(site):
    record_search("tamarind", "en", 1)
    in_flight = next_event_number()  # numbered, its event not yet in the cache
    assert flush_search_log() == 1
    cache.set(event_key(in_flight), ("tamarind", "en", timezone.localdate().isoformat(), 1))
    assert flush_search_log() == 1
    assert searches_logged("tamarind") == 2


def test_a_search_that_vanished_from_the_cache_is_reported_not_ignored(site, caplog):
    record_search("acacia", "en", 1)
    vanished = next_event_number()
    record_search("acacia", "en", 1)
    cache.delete(event_key(vanished))
    with caplog.at_level(logging.WARNING, logger=query_log.__name__):
        assert flush_search_log() == 2
    assert "1 buffered site searches vanished" in caplog.text
    assert searches_logged("acacia") == 2


def test_the_command_writes_the_whole_buffer(site, monkeypatch):
    monkeypatch.setattr(query_log, "MAX_EVENTS_PER_FLUSH", 2)
    for _number in range(5):
        record_search("mangrove", "en", 1)
    output = io.StringIO()
    call_command("flush_search_log", stdout=output)
    assert "Logged 5 buffered searches." in output.getvalue()
    assert searches_logged("mangrove") == 5


def test_with_the_cache_down_a_search_is_written_at_once(client, site, settings):
    client.get("/en/search/")
    # Port 9 (discard) refuses connections here: the resilient Redis cache answers as if empty.
    settings.CACHES = {
        "default": {
            "BACKEND": "integrityhub.cache_backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
        }
    }
    response = client.get("/en/search/", {"q": "acacia"})
    assert response.status_code == 200
    assert searches_logged("acacia") == 1

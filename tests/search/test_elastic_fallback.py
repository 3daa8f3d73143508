"""When Elasticsearch is configured but gone or silent, search answers from the database, in time.

Two real failures, no mocks: a port nothing listens on (what a stopped
Elasticsearch looks like to a client: the connection is refused) and a
server that accepts connections and never answers. Neither needs a running
Elasticsearch, so these run in both CI passes.
"""

import logging
import socket
import threading
import time

import pytest

from search.practices import database, elastic
from search.practices.contract import PracticeQuery
from search.practices.service import DEFAULT_FAILURES_TO_OPEN, complete_practices, search_practices

TIMEOUT = 1  # ELASTICSEARCH_TIMEOUT for these tests, in seconds
ALLOWED = TIMEOUT + 0.5


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentServer:
    """Accepts TCP connections and never answers, like a hung node."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        self.listener.settimeout(0.1)
        while not self.stopped.is_set():
            try:
                connection, _address = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(connection)

    def close(self):
        self.stopped.set()
        self.thread.join()
        for connection in self.accepted:
            connection.close()
        self.listener.close()


@pytest.fixture
def silent_server():
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture
def unreachable(settings):
    """Point the settings at an address; returns a function doing so."""

    def configure(url):
        settings.ELASTICSEARCH_URL = url
        settings.ELASTICSEARCH_TIMEOUT = TIMEOUT

    return configure


def page_ids(results):
    return [hit.page_id for hit in results.hits]


@pytest.mark.parametrize("kind", ["stopped", "silent"])
def test_search_falls_back_to_the_database_within_the_timeout(exchange, anonymous, unreachable, silent_server, kind):
    query = PracticeQuery(text="rotation")
    expected = database.search(query, anonymous)
    unreachable(f"http://127.0.0.1:{closed_port() if kind == 'stopped' else silent_server.port}")

    started = time.monotonic()
    results = search_practices(query, anonymous)
    elapsed = time.monotonic() - started

    assert elapsed <= ALLOWED, f"answered after {elapsed:.2f} s"
    assert results.degraded is True
    assert results.engine == "database"
    assert page_ids(results) == page_ids(expected) and page_ids(results)
    assert results.facets == expected.facets
    if kind == "silent":
        assert silent_server.accepted, "the request never reached the silent server"


def test_breaker_spares_later_searches_the_wait(exchange, anonymous, unreachable, silent_server):
    unreachable(f"http://127.0.0.1:{silent_server.port}")
    for _ in range(DEFAULT_FAILURES_TO_OPEN):  # failures in a row open the breaker (test_elastic_circuit_breaker)
        search_practices(PracticeQuery(text="rotation"), anonymous)
    connections = len(silent_server.accepted)

    started = time.monotonic()
    results = search_practices(PracticeQuery(text="hotline"), anonymous)

    assert time.monotonic() - started < TIMEOUT / 2
    assert results.degraded is True and results.hits
    assert len(silent_server.accepted) == connections


def test_autocomplete_falls_back_to_the_database(exchange, anonymous, unreachable, silent_server):
    unreachable(f"http://127.0.0.1:{silent_server.port}")
    started = time.monotonic()
    completions = complete_practices("rot", anonymous)
    assert time.monotonic() - started <= ALLOWED
    assert completions == database.complete("rot", anonymous)
    assert completions


def test_without_elasticsearch_the_database_answers_undegraded(exchange, anonymous, settings):
    settings.ELASTICSEARCH_URL = ""
    results = search_practices(PracticeQuery(text="rotation"), anonymous)
    assert (results.engine, results.degraded) == ("database", False)
    assert results.hits


def test_refresh_logs_and_never_raises_when_elasticsearch_is_down(exchange, unreachable, caplog):
    unreachable(f"http://127.0.0.1:{closed_port()}")
    with caplog.at_level(logging.WARNING, logger="search.practices.elastic.indexing"):
        elastic.refresh_practice(exchange["rotation"].pk)
    assert "check_practice_index will report it" in caplog.text

"""When Elasticsearch is configured but gone or silent, search answers from the database, without waiting long.

Two real failures, no mocks: a port nothing listens on (what a stopped
Elasticsearch looks like to a client: the connection is refused) and a
server that accepts connections and never answers. Neither needs a running
Elasticsearch, so these run in both CI passes.

No clock is read: that the search did not wait is shown by what the silent
server saw. Searches get a short deadline (`PRACTICE_SEARCH_TIMEOUT`),
writes a long one (`ELASTICSEARCH_TIMEOUT`, longer than the server's
patience, `HANG_BOUND`): a request the client abandoned before the server
gave up was sent with the search deadline, not the write timeout nor none.
"""

import logging
import socket
import threading

import pytest

from search.practices import database, elastic
from search.practices.contract import PracticeQuery
from search.practices.service import DEFAULT_FAILURES_TO_OPEN, complete_practices, search_practices

SEARCH_DEADLINE = 1  # PRACTICE_SEARCH_TIMEOUT for these tests, in seconds: nothing has to answer within it
WRITE_TIMEOUT = 120  # ELASTICSEARCH_TIMEOUT: a search waiting this long would outlast the silent server
HANG_BOUND = 60  # how long the silent server waits for a client to give up; only bounds a hang
FELL_BACK = "Practice search fell back to the database"
ABANDONED, OUTLASTED = "abandoned by the client", "outlasted the server's patience"


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentServer:
    """Accepts TCP connections and never answers, like a hung node; notes how each request ended.

    A request ends ABANDONED when the client closes the connection (it gave
    up waiting) and OUTLASTED when HANG_BOUND passes first.
    """

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.received = 0
        self.endings = []
        self.changed = threading.Condition()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        self.listener.settimeout(0.1)  # to notice `stopped`; not a limit on anything the tests measure
        while not self.stopped.is_set():
            try:
                connection, _address = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self.changed:
                self.received += 1
            threading.Thread(target=self.wait_for_the_client, args=(connection,), daemon=True).start()

    def wait_for_the_client(self, connection):
        connection.settimeout(HANG_BOUND)
        try:
            while connection.recv(65536):
                pass
            ending = ABANDONED
        except TimeoutError:
            ending = OUTLASTED
        except OSError:
            ending = ABANDONED
        finally:
            connection.close()
        with self.changed:
            self.endings.append(ending)
            self.changed.notify_all()

    def requests_ended(self):
        """How the requests received so far ended, once they all have (within HANG_BOUND and a margin)."""
        with self.changed:
            self.changed.wait_for(lambda: self.received and len(self.endings) == self.received, timeout=HANG_BOUND + 30)
            return list(self.endings)

    def close(self):
        self.stopped.set()
        self.thread.join()
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
        settings.ELASTICSEARCH_TIMEOUT = WRITE_TIMEOUT
        settings.PRACTICE_SEARCH_TIMEOUT = SEARCH_DEADLINE

    return configure


def page_ids(results):
    return [hit.page_id for hit in results.hits]


@pytest.mark.parametrize("kind", ["stopped", "silent"])
def test_search_falls_back_to_the_database_and_abandons_elasticsearch(
    exchange, anonymous, unreachable, silent_server, kind
):
    query = PracticeQuery(text="rotation")
    expected = database.search(query, anonymous)
    unreachable(f"http://127.0.0.1:{closed_port() if kind == 'stopped' else silent_server.port}")

    results = search_practices(query, anonymous)

    assert results.degraded is True
    assert results.engine == "database"
    assert page_ids(results) == page_ids(expected) and page_ids(results)
    assert results.facets == expected.facets
    if kind == "silent":
        endings = silent_server.requests_ended()
        assert endings, "the request never reached the silent server"
        assert set(endings) == {ABANDONED}, endings


def test_breaker_spares_later_searches_the_wait(exchange, anonymous, unreachable, silent_server, caplog):
    unreachable(f"http://127.0.0.1:{silent_server.port}")
    with caplog.at_level(logging.WARNING, logger="search.practices.service"):
        for _ in range(DEFAULT_FAILURES_TO_OPEN):  # failures in a row open the breaker (test_elastic_circuit_breaker)
            search_practices(PracticeQuery(text="rotation"), anonymous)
        silent_server.requests_ended()
        received = silent_server.received

        results = search_practices(PracticeQuery(text="hotline"), anonymous)

    assert results.degraded is True and results.hits
    fallbacks = [record.getMessage() for record in caplog.records if record.name == "search.practices.service"]
    assert len(fallbacks) == DEFAULT_FAILURES_TO_OPEN, "the search after the breaker opened asked Elasticsearch again"
    assert all(message.startswith(FELL_BACK) for message in fallbacks)
    assert silent_server.received == received


def test_autocomplete_falls_back_to_the_database_and_abandons_elasticsearch(
    exchange, anonymous, unreachable, silent_server
):
    unreachable(f"http://127.0.0.1:{silent_server.port}")
    completions = complete_practices("rot", anonymous)
    assert completions == database.complete("rot", anonymous)
    assert completions
    assert silent_server.requests_ended() == [ABANDONED]


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

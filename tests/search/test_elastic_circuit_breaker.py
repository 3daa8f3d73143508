"""The breaker in front of Elasticsearch opens on failures in a row, not on one slow answer.

A real proxy in front of the real Elasticsearch forwards every request, or,
while told to stall, holds every request unanswered (a node too busy to
answer in time). The breaker's period is set short and waited out where a
test needs it to pass; nothing asserts how long anything took.
"""

import threading
import time

import pytest

from search.practices import elastic
from search.practices.contract import PracticeQuery
from search.practices.service import search_practices

from .elastic_proxy import ProxyHandler, ProxyServer

TIMEOUT = 1  # PRACTICE_SEARCH_TIMEOUT and ELASTICSEARCH_TIMEOUT for these tests, in seconds
FAILURES_TO_OPEN = 3
CIRCUIT_SECONDS = 1

pytestmark = pytest.mark.elasticsearch


class SwitchableHandler(ProxyHandler):
    def forward(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests += 1
        if self.server.stalling.is_set():
            self.server.released.wait(timeout=30)
            self.close_connection = True
            return
        self.relay(body)

    do_GET = do_POST = do_HEAD = do_PUT = forward


class SwitchableProxy(ProxyServer):
    """Forwards requests to `upstream`; while `stalling` is set, holds each one unanswered instead."""

    def __init__(self, upstream):
        super().__init__(upstream, SwitchableHandler)
        self.stalling = threading.Event()
        self.released = threading.Event()
        self.requests = 0


@pytest.fixture
def proxy(settings, exchange):
    """Elasticsearch, holding the exchange, behind a switchable proxy the settings point at."""
    elastic.rebuild()
    server = SwitchableProxy(settings.ELASTICSEARCH_URL)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.ELASTICSEARCH_URL = server.url
    settings.ELASTICSEARCH_TIMEOUT = settings.PRACTICE_SEARCH_TIMEOUT = TIMEOUT
    settings.PRACTICE_SEARCH_FAILURES_TO_OPEN = FAILURES_TO_OPEN
    settings.PRACTICE_SEARCH_CIRCUIT_SECONDS = CIRCUIT_SECONDS
    # Every search here must reach Elasticsearch (or be kept from it by the breaker); a search asked
    # again is otherwise answered from the shared cache (search/practices/results_cache.py).
    settings.CONTENT_CACHE_ACROSS_REQUESTS = False
    yield server
    server.released.set()
    server.shutdown()
    server.server_close()


def answered_by(results):
    return "database" if results.degraded else results.engine


def search(anonymous):
    return answered_by(search_practices(PracticeQuery(text="rotation"), anonymous))


def stalled_searches(proxy, anonymous, count):
    proxy.stalling.set()
    engines = [search(anonymous) for _ in range(count)]
    proxy.stalling.clear()
    return engines


def test_one_slow_answer_leaves_the_next_searches_to_elasticsearch(proxy, anonymous):
    assert stalled_searches(proxy, anonymous, 1) == ["database"]

    assert [search(anonymous) for _ in range(FAILURES_TO_OPEN)] == ["elasticsearch"] * FAILURES_TO_OPEN


def test_an_answer_between_failures_starts_the_count_again(proxy, anonymous):
    stalled_searches(proxy, anonymous, FAILURES_TO_OPEN - 1)
    assert search(anonymous) == "elasticsearch"
    stalled_searches(proxy, anonymous, FAILURES_TO_OPEN - 1)

    assert search(anonymous) == "elasticsearch"


def test_failures_in_a_row_send_searches_to_the_database_without_asking(proxy, anonymous):
    assert stalled_searches(proxy, anonymous, FAILURES_TO_OPEN) == ["database"] * FAILURES_TO_OPEN
    requests = proxy.requests

    assert search(anonymous) == "database"
    assert proxy.requests == requests, "the open breaker still sent a request to Elasticsearch"


def test_a_probe_after_the_period_closes_the_breaker(proxy, anonymous):
    stalled_searches(proxy, anonymous, FAILURES_TO_OPEN)
    time.sleep(CIRCUIT_SECONDS + 0.2)  # the period runs out: the next search probes

    assert search(anonymous) == "elasticsearch"
    proxy.stalling.set()
    assert search(anonymous) == "database"
    proxy.stalling.clear()
    assert search(anonymous) == "elasticsearch", "one failure after the probe reopened the breaker"


def test_a_failed_probe_opens_the_breaker_again_at_once(proxy, anonymous):
    stalled_searches(proxy, anonymous, FAILURES_TO_OPEN)
    time.sleep(CIRCUIT_SECONDS + 0.2)

    assert stalled_searches(proxy, anonymous, 1) == ["database"]
    requests = proxy.requests
    assert search(anonymous) == "database"
    assert proxy.requests == requests

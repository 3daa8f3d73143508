"""A search whose second request stalls still answers from the database, without waiting long.

Elasticsearch answers the first requests of a search (facets, the best
matches) and then stops answering: the feedback request hangs. A real
proxy in front of the real Elasticsearch forwards every request but holds
back the one carrying the feedback clause, and notes whether the client
gave up on it before the proxy's patience (`PROXY_PATIENCE`) ran out.

The search's clock is a stand-in (`SpentClock`): by the time the feedback
request goes out, it says all but LEFT_FOR_FEEDBACK of the search's
deadline is spent, however fast the machine. So the client must give up
on the stalled request after LEFT_FOR_FEEDBACK; the proxy waits
PROXY_PATIENCE, far longer, and far shorter than the whole deadline: a
client that waited for the whole deadline (or the write timeout, or for
ever) outlasts it. Nothing is timed: the proxy only notes who gave up.
"""

import threading

import pytest

from search.practices import database, elastic
from search.practices.contract import PracticeQuery
from search.practices.elastic import querying
from search.practices.service import search_practices

from .elastic_proxy import ProxyHandler, ProxyServer

# PRACTICE_SEARCH_TIMEOUT, in seconds: generous, since the requests the proxy forwards must be answered within it.
SEARCH_DEADLINE = 60
LEFT_FOR_FEEDBACK = 0.5  # what the stand-in clock leaves of the deadline for the feedback request
PROXY_PATIENCE = 20  # how long the proxy holds a stalled request before it stops waiting for the client to give up
WRITE_TIMEOUT = 120  # ELASTICSEARCH_TIMEOUT
STALLED_WHEN_BODY_HOLDS = b"more_like_this"


class StallingProxy(ProxyServer):
    """Forwards requests to `upstream`, but never answers one whose body holds STALLED_WHEN_BODY_HOLDS.

    `stalled` lists the paths of the requests held back, `abandoned` those
    whose client closed the connection before PROXY_PATIENCE passed.
    """

    def __init__(self, upstream):
        super().__init__(upstream, StallingHandler)
        self.stalled = []
        self.abandoned = []
        self.ended = threading.Event()


class StallingHandler(ProxyHandler):
    def forward(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if STALLED_WHEN_BODY_HOLDS in body:
            self.server.stalled.append(self.path)
            self.wait_for_the_client()
            return
        self.relay(body)

    def wait_for_the_client(self):
        """Until the client hangs up (it abandoned the request) or PROXY_PATIENCE passes; it sends nothing more."""
        self.connection.settimeout(PROXY_PATIENCE)
        try:
            hung_up = not self.rfile.read(1)
        except TimeoutError:
            hung_up = False
        except OSError:  # reset by the client
            hung_up = True
        if hung_up:
            self.server.abandoned.append(self.path)
        self.server.ended.set()

    do_GET = do_POST = do_HEAD = do_PUT = forward


class SpentClock:
    """Stands in for `time` in the querying module: every reading after the first is `spent` seconds later."""

    def __init__(self, spent):
        self.spent = spent
        self.readings = 0

    def monotonic(self):
        self.readings += 1
        return 0.0 if self.readings == 1 else self.spent


@pytest.fixture
def stalling_proxy(settings):
    proxy = StallingProxy(settings.ELASTICSEARCH_URL)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    yield proxy
    proxy.shutdown()
    proxy.server_close()


@pytest.mark.elasticsearch
def test_a_stalled_feedback_request_gets_what_is_left_of_the_deadline_then_the_database_answers(
    exchange, anonymous, settings, stalling_proxy, monkeypatch
):
    elastic.rebuild()
    query = PracticeQuery(text="rotation")
    expected = database.search(query, anonymous)
    settings.ELASTICSEARCH_URL = stalling_proxy.url
    settings.ELASTICSEARCH_TIMEOUT = WRITE_TIMEOUT
    settings.PRACTICE_SEARCH_TIMEOUT = SEARCH_DEADLINE
    monkeypatch.setattr(querying, "time", SpentClock(SEARCH_DEADLINE - LEFT_FOR_FEEDBACK))

    results = search_practices(query, anonymous)

    assert stalling_proxy.stalled, "the feedback request never reached the proxy"
    assert stalling_proxy.ended.wait(timeout=PROXY_PATIENCE + 30)
    assert stalling_proxy.abandoned == stalling_proxy.stalled, "the client waited for the stalled request"
    assert (results.engine, results.degraded) == ("database", True)
    assert [hit.page_id for hit in results.hits] == [hit.page_id for hit in expected.hits]

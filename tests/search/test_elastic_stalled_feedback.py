"""A search whose second request stalls still answers from the database, within the timeout.

Elasticsearch answers the first requests of a search (facets, the best
matches) and then stops answering: the feedback request hangs. A real
proxy in front of the real Elasticsearch forwards every request but holds
back the one carrying the feedback clause.
"""

import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from search.practices import database, elastic
from search.practices.contract import PracticeQuery
from search.practices.service import search_practices

TIMEOUT = 1  # PRACTICE_SEARCH_TIMEOUT and ELASTICSEARCH_TIMEOUT for this test, in seconds
ALLOWED = TIMEOUT + 0.5
STALLED_WHEN_BODY_HOLDS = b"more_like_this"


class StallingProxy(ThreadingHTTPServer):
    """Forwards requests to `upstream`, but never answers one whose body holds STALLED_WHEN_BODY_HOLDS."""

    daemon_threads = True

    def __init__(self, upstream):
        super().__init__(("127.0.0.1", 0), ForwardingHandler)
        self.upstream = urlsplit(upstream)
        self.stalled = []
        self.released = threading.Event()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class ForwardingHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        """Quiet: what the proxy did, the test asserts."""

    def forward(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if STALLED_WHEN_BODY_HOLDS in body:
            self.server.stalled.append(self.path)
            self.server.released.wait(timeout=30)
            return
        upstream = http.client.HTTPConnection(self.server.upstream.hostname, self.server.upstream.port, timeout=10)
        headers = {name: value for name, value in self.headers.items() if name.lower() != "host"}
        upstream.request(self.command, self.path, body=body or None, headers=headers)
        response = upstream.getresponse()
        payload = response.read()
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        upstream.close()

    do_GET = do_POST = do_HEAD = do_PUT = forward


@pytest.fixture
def stalling_proxy(settings):
    proxy = StallingProxy(settings.ELASTICSEARCH_URL)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    yield proxy
    proxy.released.set()
    proxy.shutdown()
    proxy.server_close()


@pytest.mark.elasticsearch
def test_a_stalled_feedback_request_falls_back_to_the_database_in_time(exchange, anonymous, settings, stalling_proxy):
    elastic.rebuild()
    query = PracticeQuery(text="rotation")
    expected = database.search(query, anonymous)
    settings.ELASTICSEARCH_URL = stalling_proxy.url
    settings.ELASTICSEARCH_TIMEOUT = settings.PRACTICE_SEARCH_TIMEOUT = TIMEOUT

    started = time.monotonic()
    results = search_practices(query, anonymous)
    elapsed = time.monotonic() - started

    assert stalling_proxy.stalled, "the feedback request never reached the proxy"
    assert elapsed <= ALLOWED, f"answered after {elapsed:.2f} s"
    assert (results.engine, results.degraded) == ("database", True)
    assert [hit.page_id for hit in results.hits] == [hit.page_id for hit in expected.hits]

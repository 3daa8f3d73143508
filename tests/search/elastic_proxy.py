"""A real HTTP proxy in front of the real Elasticsearch, for tests of what the client does when it stalls.

Each test's server subclasses `ProxyServer` with its own state and each
handler subclasses `ProxyHandler`, deciding per request whether to
`relay` it upstream or hold it back.
"""

import http.client
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

# Headers the proxy writes itself: it sends the whole payload read upstream, with its own length.
HOP_HEADERS = ("content-length", "transfer-encoding", "connection")


class ProxyServer(ThreadingHTTPServer):
    """Listens on a free local port, forwarding to `upstream` (an Elasticsearch URL) through `handler`."""

    daemon_threads = True

    def __init__(self, upstream, handler):
        super().__init__(("127.0.0.1", 0), handler)
        self.upstream = urlsplit(upstream)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        """Quiet: what the proxy did, the tests assert."""

    def relay(self, body):
        """Send the request (its `body` already read) upstream and its answer back, whole."""
        upstream = http.client.HTTPConnection(self.server.upstream.hostname, self.server.upstream.port, timeout=10)
        headers = {name: value for name, value in self.headers.items() if name.lower() != "host"}
        upstream.request(self.command, self.path, body=body or None, headers=headers)
        response = upstream.getresponse()
        payload = response.read()
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in HOP_HEADERS:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        upstream.close()

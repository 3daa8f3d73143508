"""A small copy, in each process, of shared-cache entries that never change once written.

A signed-in page asks the shared cache (Redis) for its fragments one at a
time as it renders: the header, menu, footer, locale ids, view
restrictions, the course outline, the lesson body... seven to ten round
trips, each a network exchange, a wait for Redis on the same cores and an
unpickling of the value, which the stock Wagtail page does not pay. Those
keys carry the content generation or an index token (home.content_cache,
search.practices.elastic.index_token): what is filed under one is never
replaced by something else, a change files under a new key instead. So a
process may keep what it read or wrote under such a key and answer the next
request from memory; a change still reaches every process at once, because
each request reads the generation itself from Redis.

Values are kept pickled and unpickled on every read, as Redis hands them
out: each request gets its own copy, so a caller that changes what it was
given (adds a key to a row, say) changes nothing for the next one.

Bounds: at most `entries` values (least recently used dropped first), and
each for at most `seconds` (or less, when it was written with a shorter
timeout), so time-dependent text lives at most that much longer than its
shared copy and memory stays small. Keys are chosen by prefix, in the
cache's OPTIONS (settings/cache.py): only prefixes whose entries are never
rewritten under the same key may be named there.
"""

import pickle
import threading
import time
from collections import OrderedDict


class NearCache:
    def __init__(self, prefixes, entries, seconds):
        self.prefixes = tuple(prefixes)
        self.entries = entries
        self.seconds = seconds
        self._values = OrderedDict()
        self._lock = threading.Lock()

    def holds(self, key):
        """Whether `key` is one this copy may keep (an entry never rewritten under the same key)."""
        return bool(self.prefixes) and self.entries > 0 and isinstance(key, str) and key.startswith(self.prefixes)

    def get(self, key):
        """(True, value) while a copy is kept, else (False, None)."""
        with self._lock:
            kept = self._values.get(key)
            if kept is None:
                return False, None
            pickled, expires_at = kept
            if expires_at <= time.monotonic():
                del self._values[key]
                return False, None
            self._values.move_to_end(key)
        return True, pickle.loads(pickled)  # noqa: S301 - written by this process, from our own values  # nosec B301

    def keep(self, key, value, timeout=None):
        """Keep `value` for at most `seconds`, or `timeout` seconds when shorter (None: no shorter limit)."""
        seconds = self.seconds if timeout is None else min(timeout, self.seconds)
        if seconds <= 0:
            self.forget(key)
            return
        pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._values[key] = (pickled, time.monotonic() + seconds)
            self._values.move_to_end(key)
            while len(self._values) > self.entries:
                self._values.popitem(last=False)

    def forget(self, key):
        with self._lock:
            self._values.pop(key, None)

    def forget_all(self):
        with self._lock:
            self._values.clear()

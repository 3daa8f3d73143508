"""A Redis cache that an outage turns into misses, never into errors.

The cache only makes pages cheaper; nothing the site shows depends on it.
So when Redis is down, slow or refusing writes, every operation of
Django's `RedisCache` answers as if the key were absent (`get` gives the
default, `add` and `touch` False, `set` and `delete` do nothing, `incr`
raises the ValueError Django's contract gives for a missing key) and the
page is computed as if nothing were cached. No caller needs a try/except.

Two things keep an outage cheap:

- a rate-limited warning: the first failure is logged at once, then at most
  one line every `WARNING_INTERVAL_SECONDS` with how many were skipped, so a
  busy site does not write a line per cache call;
- a short circuit: after a failure, Redis is not asked again for
  `RETRY_AFTER_SECONDS` (an OPTIONS key, default 5). An unreachable host
  costs a connect timeout per call; a page makes several calls.

With the OPTIONS `NEAR_CACHE_PREFIXES` (and `NEAR_CACHE_ENTRIES`,
`NEAR_CACHE_SECONDS`), entries under those key prefixes, which are never
rewritten under the same key, are also kept in the process
(integrityhub.near_cache): `get` answers from there without a round trip.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from .near_cache import NearCache

logger = logging.getLogger(__name__)

WARNING_INTERVAL_SECONDS = 60
DEFAULT_RETRY_AFTER_SECONDS = 5
DEFAULT_NEAR_CACHE_ENTRIES = 500
DEFAULT_NEAR_CACHE_SECONDS = 60
_MISSING = object()


class CacheUnavailable(Exception):
    """Redis failed or is being left alone for a while after failing."""


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_after_seconds = float(options.pop("RETRY_AFTER_SECONDS", DEFAULT_RETRY_AFTER_SECONDS))
        self.near = NearCache(
            options.pop("NEAR_CACHE_PREFIXES", ()),
            int(options.pop("NEAR_CACHE_ENTRIES", DEFAULT_NEAR_CACHE_ENTRIES)),
            float(options.pop("NEAR_CACHE_SECONDS", DEFAULT_NEAR_CACHE_SECONDS)),
        )
        super().__init__(server, {**params, "OPTIONS": options})
        self._down_until = 0.0
        self._last_warning_at = None
        self._unlogged_failures = 0
        self._warning_lock = threading.Lock()

    def _call(self, operation, *args, **kwargs):
        if time.monotonic() < self._down_until:
            raise CacheUnavailable
        try:
            return operation(*args, **kwargs)
        except RedisError as error:
            self._down_until = time.monotonic() + self.retry_after_seconds
            self._warn(operation.__name__, error)
            raise CacheUnavailable from error

    def _warn(self, operation, error):
        with self._warning_lock:
            now = time.monotonic()
            if self._last_warning_at is not None and now - self._last_warning_at < WARNING_INTERVAL_SECONDS:
                self._unlogged_failures += 1
                return
            skipped, self._unlogged_failures, self._last_warning_at = self._unlogged_failures, 0, now
        logger.warning(
            "Cache unavailable (%s failed: %s); serving without it for %ss. %s earlier failure(s) not logged.",
            operation,
            error,
            self.retry_after_seconds,
            skipped,
        )

    def get(self, key, default=None, version=None):
        near = self.near.holds(key)
        if near:
            found, value = self.near.get(self.make_key(key, version))
            if found:
                return value
        try:
            value = self._call(super().get, key, _MISSING, version)
        except CacheUnavailable:
            return default
        if value is _MISSING:
            return default
        if near:
            self.near.keep(self.make_key(key, version), value)
        return value

    def get_many(self, keys, version=None):
        try:
            return self._call(super().get_many, keys, version)
        except CacheUnavailable:
            return {}

    def has_key(self, key, version=None):
        try:
            return self._call(super().has_key, key, version)
        except CacheUnavailable:
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            self._call(super().set, key, value, timeout, version)
        except CacheUnavailable:
            return
        if self.near.holds(key):
            self.near.keep(self.make_key(key, version), value, self.get_backend_timeout(timeout))

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self._call(super().set_many, data, timeout, version)
        except CacheUnavailable:
            return list(data)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self._call(super().add, key, value, timeout, version)
        except CacheUnavailable:
            return False

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self._call(super().touch, key, timeout, version)
        except CacheUnavailable:
            return False

    def delete(self, key, version=None):
        self.near.forget(self.make_key(key, version))
        try:
            return self._call(super().delete, key, version)
        except CacheUnavailable:
            return False

    def delete_many(self, keys, version=None):
        for key in keys:
            self.near.forget(self.make_key(key, version))
        try:
            self._call(super().delete_many, keys, version)
        except CacheUnavailable:
            return

    def incr(self, key, delta=1, version=None):
        try:
            return self._call(super().incr, key, delta, version)
        except CacheUnavailable:
            raise ValueError(f"Key '{key}' not found: the cache is unavailable.") from None

    def clear(self):
        """Delete this site's keys (those under its KEY_PREFIX), not the whole Redis database.

        Several sites, or several test processes, may share one Redis; Django's
        own `clear` flushes the database under all of them.
        """
        self.near.forget_all()
        if not self.key_prefix:
            try:
                return self._call(super().clear)
            except CacheUnavailable:
                return False
        try:
            self._call(self._delete_prefixed_keys)
        except CacheUnavailable:
            return False
        return True

    def _delete_prefixed_keys(self):
        client = self._cache.get_client(None, write=True)
        pattern = client.connection_pool.get_encoder().encode(f"{self.key_prefix}:*")
        batch = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) == 1000:
                client.delete(*batch)
                batch = []
        if batch:
            client.delete(*batch)

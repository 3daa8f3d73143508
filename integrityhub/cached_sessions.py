"""Sessions read from the shared cache and written through to the database.

Every signed-in request loads its session. With Django's database sessions
that is a query on every request; with Django's `cached_db` engine the
session is read from Redis and the database is read only on a miss, while
every change is still written to the database first, so losing Redis (a
restart, an eviction, an outage) loses no session and signs nobody out.

One difference from `cached_db` as Django ships it: a copy in the cache
lives at most `SESSION_CACHE_SECONDS`, not the session's whole lifetime.
The shared cache treats an outage as a miss (integrityhub.cache_backends),
so a logout while Redis is unreachable deletes the database row but not
the cached copy; if the same Redis comes back with its data, that copy
could be read again. The cap bounds how long that can last.

Only for a cache every process shares (Redis): with a per-process cache, a
session ended in one process (logout) would stay readable in the others,
so the settings use the database engine when REDIS_URL is unset.
"""

from django.conf import settings
from django.contrib.sessions.backends import cached_db


class _CappedTimeouts:
    """The session cache, with every entry's lifetime cut to at most `seconds`."""

    def __init__(self, cache, seconds):
        self._cache = cache
        self._seconds = seconds

    def _capped(self, timeout):
        return self._seconds if timeout is None else min(timeout, self._seconds)

    def get(self, key, default=None):
        return self._cache.get(key, default)

    def set(self, key, value, timeout):
        return self._cache.set(key, value, self._capped(timeout))

    def delete(self, key):
        return self._cache.delete(key)

    def __contains__(self, key):
        return key in self._cache

    async def aget(self, key, default=None):
        return await self._cache.aget(key, default)

    async def aset(self, key, value, timeout):
        return await self._cache.aset(key, value, self._capped(timeout))

    async def adelete(self, key):
        return await self._cache.adelete(key)


class SessionStore(cached_db.SessionStore):
    def __init__(self, session_key=None):
        super().__init__(session_key)
        self._cache = _CappedTimeouts(self._cache, settings.SESSION_CACHE_SECONDS)

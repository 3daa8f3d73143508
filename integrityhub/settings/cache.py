"""The shared cache: Redis when REDIS_URL is set, otherwise one per process.

Everything the site caches across requests (the content generation, page
fragments, whole anonymous pages; see home/content_cache.py) is only right
if every process sees the same cache: an edit bumps the generation in the
cache, and a process with a cache of its own would never hear of it. So:

- with REDIS_URL, every profile uses Redis through `ResilientRedisCache`,
  which treats an unreachable Redis as a miss instead of an error;
- without it, a per-process LocMemCache, which is shared by everything only
  when there is one process: the embedded default (`make run`, runserver)
  and the tests. Production without Redis therefore keeps nothing across
  requests (`CONTENT_CACHE_ACROSS_REQUESTS = False`).
"""

REDIS_BACKEND = "integrityhub.cache_backends.ResilientRedisCache"
LOCAL_BACKEND = "django.core.cache.backends.locmem.LocMemCache"

# How long Redis may take to connect or answer before the cache counts as down.
REDIS_SOCKET_TIMEOUT_SECONDS = 0.5

# Keys whose entries are never rewritten under the same key (they carry the content
# generation or an index token: home.content_cache): each process also keeps the
# ones it read or wrote last (integrityhub.near_cache), so a page's fragments cost
# no round trip to Redis. At most this many per process, each at most this long.
NEAR_CACHE_PREFIXES = ("fragment:",)
NEAR_CACHE_ENTRIES = 500
NEAR_CACHE_SECONDS = 60


def cache_config(redis_url, key_prefix="integrityhub"):
    """The CACHES setting for `redis_url` (empty: a per-process cache)."""
    if not redis_url:
        return {"default": {"BACKEND": LOCAL_BACKEND, "LOCATION": "integrityhub", "KEY_PREFIX": key_prefix}}
    return {
        "default": {
            "BACKEND": REDIS_BACKEND,
            "LOCATION": redis_url,
            "KEY_PREFIX": key_prefix,
            "OPTIONS": {
                "socket_connect_timeout": REDIS_SOCKET_TIMEOUT_SECONDS,
                "socket_timeout": REDIS_SOCKET_TIMEOUT_SECONDS,
                "NEAR_CACHE_PREFIXES": NEAR_CACHE_PREFIXES,
                "NEAR_CACHE_ENTRIES": NEAR_CACHE_ENTRIES,
                "NEAR_CACHE_SECONDS": NEAR_CACHE_SECONDS,
            },
        }
    }

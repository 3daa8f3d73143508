"""Caching what readers see across requests, without ever showing it stale.

One token, the *content generation*, stands for "everything readers can see
as it is now". It lives in the shared cache; every cache key for content
(fragments, whole anonymous pages) contains it, and every change of
something a reader can see replaces it with a new random token
(`bump_content_generation`, wired to Wagtail's and Django's signals in
`home.content_invalidation`). Entries under an old token are never read
again and expire on their own: nothing is deleted key by key, so no
invalidation can forget a key.

The generation is read once per request, at its start, before any database
read (`ContentGenerationMiddleware`): whatever the request then computes is
at least as new as the token it is filed under. A change bumps twice: at
once, so the change's own request and tests see it, and again after its
transaction commits, because a reader that took the first token while the
transaction was still open may have filed old content under it. Until the
commit, the changing request itself files under a token of its own that
no one reads: what it sees may yet be rolled back. A token
lost from the cache (eviction, a Redis restart) is replaced by a new random
one, never by an old one, and a cache that is down hands out a new token
per request, i.e. nothing is reused.

What may be cached under a shared key (`fragment_cache_key`):
- content computed only from the language, the reader's audience
  (`audience_of`: anonymous, or signed in with these groups and flags) and
  what `extra` names (the page id, the page number, ...);
- computed from published content only: live pages, snippets, settings.

What never goes under a shared key:
- anything about one person: their name, email, progress, enrolments,
  bookmarks, certificates, drafts, their administration's data;
- anything holding a CSRF token, a form bound to input, or messages;
- previews and anything read from the admin;
- anything computed from data whose changes do not bump the generation
  (add the model to `home.content_invalidation` first).
"""

import contextvars
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction

GENERATION_KEY = "content-generation"
ANONYMOUS_AUDIENCE = "anon"

_request_generation = contextvars.ContextVar("content_generation", default=None)


def new_generation():
    return uuid.uuid4().hex


def read_generation():
    """The generation in the shared cache, created if the cache has none."""
    if not settings.CONTENT_CACHE_ACROSS_REQUESTS:
        return new_generation()
    generation = cache.get(GENERATION_KEY)
    if generation is not None:
        return generation
    generation = new_generation()
    if cache.add(GENERATION_KEY, generation, timeout=None):
        return generation
    # Another process created one first (or the cache is down: then a fresh token, i.e. a miss).
    return cache.get(GENERATION_KEY) or generation


def current_generation():
    """The generation this request started with; read from the cache outside requests."""
    return _request_generation.get() or read_generation()


def bump_content_generation():
    """Make every cached fragment and page out of date: call on any change readers can see."""
    _store_new_generation()
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.in_atomic_block:
        # Until the commit, this request sees data nobody else does (and that may be rolled back):
        # whatever it caches goes under a token of its own, which no one reads.
        _remember_for_this_request(new_generation())
        if not _bump_after_commit_registered(connection):
            transaction.on_commit(_store_new_generation)


def _store_new_generation():
    generation = new_generation()
    cache.set(GENERATION_KEY, generation, timeout=None)
    _remember_for_this_request(generation)


def _remember_for_this_request(generation):
    if _request_generation.get() is not None:
        _request_generation.set(generation)


def _bump_after_commit_registered(connection):
    """One bump after commit is enough however many changes the transaction makes."""
    return any(callback is _store_new_generation for _savepoints, callback, _robust in connection.run_on_commit)


class ContentGenerationMiddleware:
    """Reads the generation once, as the request starts; place it before anything reads the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set(read_generation())
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def audience_of(request):
    """What the reader may see, as a short token shared by everyone who may see the same.

    `anon` for a visitor; for a signed-in reader `user`, then `-staff` and
    `-super` when they apply, then their group ids, e.g. `user:2.3`. The
    groups decide every page view restriction (knowledgebase.visibility),
    the flags the staff-only links. No user id, ever: readers with the same
    groups share fragments.
    """
    audience = getattr(request, "_content_audience", None)
    if audience is None:
        audience = _audience_of_user(getattr(request, "user", None))
        request._content_audience = audience
    return audience


def _audience_of_user(user):
    if user is None or not user.is_authenticated:
        return ANONYMOUS_AUDIENCE
    # Imported here: home.readers remembers per request through home.request_memo, which imports this module.
    from .readers import group_ids_of

    flags = "user" + ("-staff" if user.is_staff else "") + ("-super" if user.is_superuser else "")
    group_ids = sorted(group_ids_of(user))
    return flags + ":" + ".".join(str(group_id) for group_id in group_ids)


def fragment_cache_key(name, *, language, audience, extra=()):
    """The shared cache key of fragment `name` for readers of `language` and `audience`.

    `extra` holds whatever else the fragment depends on (a page id, a page
    number); it is hashed, so it may contain any text. The key contains
    the current generation, so any change readers can see retires it.
    """
    digest = hashlib.sha256("\x1f".join(str(part) for part in extra).encode()).hexdigest()[:16]
    return f"fragment:{name}:{language}:{audience}:{current_generation()}:{digest}"

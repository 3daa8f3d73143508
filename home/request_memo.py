"""Work done once per request: what the shell, the page and the lists all ask for.

A page's header, menu, footer, home sections and lists each want the
active locale, the reader's groups and the view restrictions they fail.
Computed where it is needed, each was computed several times a request.
`remember(key, compute)` keeps the first answer until the request ends;
`remember_shared` also keeps what is the same for many readers in the
shared cache, across requests.

The memo lives in a context variable that exists only between Django's
`request_started` and `request_finished` signals, so code run outside a
request (tasks, commands, a test calling a function directly) computes
afresh every time. Keys carry the content generation (home.content_cache),
so a change made during the request (a restriction added, a page
published) bumps the generation and is seen by what the request computes
after it.
"""

import contextvars

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from .content_cache import current_generation, fragment_cache_key

_memo = contextvars.ContextVar("request_memo", default=None)


def remember(key, compute):
    """`compute()`, or what it returned earlier in this request for `key` and the current generation."""
    memo = _memo.get()
    if memo is None:
        return compute()
    full_key = (current_generation(), *key) if isinstance(key, tuple) else (current_generation(), key)
    if full_key not in memo:
        memo[full_key] = compute()
    return memo[full_key]


def remember_shared(name, compute, *, language, audience, extra=()):
    """`compute()` kept for this request and, when the site allows it, across requests in the shared cache.

    Only for what is the same for every reader of `language` and
    `audience` and depends on nothing but them and `extra` (see the rules
    in home.content_cache).
    """

    def from_shared_cache():
        if not settings.CONTENT_CACHE_ACROSS_REQUESTS:
            return compute()
        key = fragment_cache_key(name, language=language, audience=audience, extra=extra)
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, timeout=settings.CONTENT_CACHE_SECONDS)
        return value

    return remember((name, language, audience, *extra), from_shared_cache)


def start_request_memo(**_kwargs):
    _memo.set({})


def end_request_memo(**_kwargs):
    _memo.set(None)


def connect_request_memo():
    request_started.connect(start_request_memo, dispatch_uid="request_memo_start")
    request_finished.connect(end_request_memo, dispatch_uid="request_memo_end")

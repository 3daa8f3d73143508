"""Whole public pages cached for anonymous visitors, purged by any change readers can see.

A visitor without an account is most of the traffic and every one of them
sees the same page, so their pages are kept whole in the shared cache,
keyed by scheme, host, full path with query, language and the content
generation (home.content_cache): a publish, a restriction, a snippet edit
bumps the generation and every cached page is out of date at once.

wagtail-cache was the first candidate; its 3.0 supports Wagtail 6.4 and 7.0
only, clears its whole cache on publish but not on snippet, restriction or
setting changes, and deliberately caches requests that carry a session or
a CSRF cookie. Those are exactly the requests this site must never serve
from a shared cache, hence this middleware.

A request is looked up only when it could be any visitor's: GET or HEAD,
no cookie but the CSRF and language ones (a session cookie means someone
signed in, or holding a page password, or with messages waiting), and not
under the admin, documents, API, accounts or profile. A response is stored
only when all of these hold:

- it is the 200 of a Wagtail page that has no view restriction on it or
  above it (`mark_public_page`, a `before_serve_page` hook; the login
  redirect and password form of restricted pages are never stored, and
  neither is anything that is not a Wagtail page);
- it sets no cookie and used no CSRF token (a form: its token is personal);
- its Cache-Control does not say private, no-cache or no-store.

`X-Page-Cache: hit` or `miss` on every looked-up request tells benchmarks
and tests what happened.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from home.content_cache import current_generation
from home.restriction_rows import may_be_restricted

HEADER = "X-Page-Cache"
NEVER_CACHED_PATHS = re.compile(r"^/(admin|documents|api|health)/|^/[a-z]{2}(-[a-z0-9]+)?/(accounts|profile)/")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
LOOKED_UP_METHODS = ("GET", "HEAD")
PUBLIC_PAGE_FLAG = "page_cache_public_page"


def cookies_anyone_may_have():
    return {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def may_look_up(request):
    return (
        settings.ANONYMOUS_PAGE_CACHE
        and settings.CONTENT_CACHE_ACROSS_REQUESTS
        and request.method in LOOKED_UP_METHODS
        and not set(request.COOKIES) - cookies_anyone_may_have()
        and not NEVER_CACHED_PATHS.match(request.path_info)
    )


def may_store(request, response):
    cache_control = {
        directive.split("=", 1)[0].strip().lower() for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and getattr(request, PUBLIC_PAGE_FLAG, False)
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not cache_control & UNCACHEABLE_DIRECTIVES
    )


def page_cache_key(request):
    location = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(location.encode()).hexdigest()
    return f"page:{current_generation()}:{request.LANGUAGE_CODE}:{digest}"


def frozen(response):
    headers = [(name, value) for name, value in response.items() if name != HEADER]
    return {"content": response.content, "headers": headers}


def thawed(stored):
    response = HttpResponse(stored["content"])
    for name, value in stored["headers"]:
        response[name] = value
    return response


def mark_public_page(page, request, serve_args, serve_kwargs):
    """`before_serve_page` hook: remember whether the page being served may be cached."""
    if getattr(request, "page_cache_looked_up", False):
        # The shared restriction rows answer without a query; the same rule as the check before serving.
        setattr(request, PUBLIC_PAGE_FLAG, not may_be_restricted(page))


class PageCacheMiddleware:
    """Place it after LocaleMiddleware (the key needs the language) and before CSRF and auth."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_look_up(request):
            return self.get_response(request)
        key = page_cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            response = thawed(stored)
            response[HEADER] = "hit"
            return response
        request.page_cache_looked_up = True
        response = self.get_response(request)
        if may_store(request, response):
            cache.set(key, frozen(response), settings.CONTENT_CACHE_SECONDS)
        response[HEADER] = "miss"
        return response

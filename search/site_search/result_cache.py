"""Site search results kept across requests for everyone who may see the same pages.

A search costs the full-text engine, the fetch of each hit's page and its
excerpt: most of the search page's time. Its results depend only on the
words, the type filter, the page number, the reader's language and what
the reader may see, i.e. their audience (home.content_cache.audience_of:
the groups and flags every view restriction is decided by; never the
person). So they are kept in the shared cache under `fragment_cache_key`
with those, as plain data (titles, URLs, excerpts, counts; no model
instance), and the key holds the content generation: a publish, an
unpublish or a new restriction retires every cached search at once.

Elasticsearch makes a page searchable up to a second after the publish
that bumped the generation, so a search in that second could keep the old
results; they are therefore kept for `RESULT_SECONDS` only, not for the
content cache's hour.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from home.content_cache import audience_of, fragment_cache_key
from home.shell import active_locale

from .engine import search_site

RESULT_SECONDS = 60


def search_site_for(request, text, type_key, page_number):
    """`search_site` for the reader of `request`, from the shared cache when someone like them asked it."""
    if not settings.CONTENT_CACHE_ACROSS_REQUESTS:
        return search_site(text, request.user, active_locale(), type_key, page_number, request=request)
    key = fragment_cache_key(
        "site-search",
        language=get_language(),
        audience=audience_of(request),
        extra=(request.get_host(), text, type_key or "", page_number),
    )
    results = cache.get(key)
    if results is None:
        results = search_site(text, request.user, active_locale(), type_key, page_number, request=request)
        cache.set(key, results, timeout=min(RESULT_SECONDS, settings.CONTENT_CACHE_SECONDS))
    return results

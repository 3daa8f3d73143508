"""One value computed from a live page, shared between readers across requests; afresh for anything else.

What a page's readers of one language and audience all see (its rendered
body, its related links, the home page's sections) is computed once and kept
in the shared cache under `fragment_cache_key` with the reader's language,
audience, the page and the host (URLs are relative to the site they are read
on); the content generation in the key retires it at the next change readers
can see (home.content_cache). Anything that is not the live page as
published (an admin preview, a draft shown to its author, a page with
unpublished changes) is computed afresh and never stored: a draft must not
reach readers.
"""

from django.core.cache import cache
from django.utils import translation

from .content_cache import audience_of, fragment_cache_key

# The entry is only read under the content generation it was made in; a day bounds its life.
PAGE_VALUE_SECONDS = 24 * 3600


def shared_page_value(name, request, page, compute, extra=()):
    """`compute()` (picklable, nothing personal) for the live `page`, kept across requests; afresh for drafts.

    `extra`: whatever else the value depends on (a query string, a flag), part of the key.
    """
    if not is_published_page(request, page):
        return compute()
    key = fragment_cache_key(
        name,
        language=translation.get_language(),
        audience=audience_of(request),
        extra=(page.pk, request.get_host(), *extra),
    )
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, PAGE_VALUE_SECONDS)
    return value


def is_published_page(request, page):
    """Whether `page` is shown as published: its stored rows are what the reader sees (not a preview or a draft)."""
    return not getattr(request, "is_preview", False) and page.live and not page.has_unpublished_changes

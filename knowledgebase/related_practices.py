"""Related-practice lists (a guide section's, a practice's), computed once and shared between readers.

Ranking practices by the key factors they share is an aggregate over every
practice's key factors: worth running once per content generation, not on
every page view. The lists hold only published practices filtered by what
the reader may see, so they are cached per language (the ranking prefers
the reader's language), audience, page and host (a page's URL is relative
to the site it is read on), as plain link rows (see `home.content_cache`).
Previews compute their list afresh and never store it: a draft's choices
must not reach readers.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils import translation

from home.content_cache import audience_of, fragment_cache_key

# The entry is only read under the content generation it was made in; a day bounds its life.
RELATED_CACHE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class PracticeLink:
    title: str
    url: str
    language: str
    administration: str


def practice_links(practices, request):
    return [
        PracticeLink(
            title=practice.title,
            url=practice.get_url(request),
            language=practice.language,
            administration=practice.administration.name if practice.administration else "",
        )
        for practice in practices
    ]


def shared_practice_links(name, request, page, find_practices):
    """Links to `find_practices()` as computed for `page`, from the shared cache when it has them."""
    if getattr(request, "is_preview", False):
        return practice_links(find_practices(), request)
    key = fragment_cache_key(
        name,
        language=translation.get_language(),
        audience=audience_of(request),
        extra=(page.pk, request.get_host()),
    )
    links = cache.get(key)
    if links is None:
        links = practice_links(find_practices(), request)
        cache.set(key, links, RELATED_CACHE_SECONDS)
    return links

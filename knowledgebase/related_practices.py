"""Related-practice lists (a guide section's, a practice's), computed once and shared between readers.

Ranking practices by the key factors they share is an aggregate over every
practice's key factors: worth running once per content generation, not on
every page view. The lists hold only published practices filtered by what
the reader may see, so they are cached per language (the ranking prefers
the reader's language), audience, page and host (a page's URL is relative
to the site it is read on), as plain link rows (see `home.content_cache`).
Previews, drafts and pages with unpublished changes compute their list
afresh and never store it (`home.page_values.shared_page_value`): a draft's
key factors must not choose what readers see.
"""

from dataclasses import dataclass

from home.page_values import shared_page_value
from home.shell import page_url


@dataclass(frozen=True)
class PracticeLink:
    title: str
    url: str
    language: str
    administration: str
    # A default, so a list stored before the field existed still reads as public.
    restricted: bool = False


def practice_links(practices, request):
    return [
        PracticeLink(
            title=practice.title,
            url=page_url(request, practice),
            language=practice.language,
            administration=practice.administration.name if practice.administration else "",
            restricted=practice.is_restricted,
        )
        for practice in practices
    ]


def shared_practice_links(name, request, page, find_practices):
    """Links to `find_practices()` as computed for `page`: shared while the page is live, afresh for drafts."""
    return shared_page_value(name, request, page, lambda: practice_links(find_practices(), request))

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

from wagtail.models import Page

from home.page_values import shared_page_value
from home.shell import page_url, url_under_site_homes


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


def practice_link_rows(rows, request):
    """Links from rows of `related_practice_rows.FIELDS`: no page built.

    The URL comes from the shell's rows of the request's site, as `page_url`
    gives it; only a practice outside the site's homes asks Wagtail.
    """
    # Imported here: the models module imports this one (guide sections' related practices).
    from .models.practices import Visibility

    return [
        PracticeLink(
            title=row["title"],
            url=url_under_site_homes(request, row["url_path"]) or Page.objects.get(pk=row["pk"]).get_url(request) or "",
            language=row["language"],
            administration=row["administration__name"] or "",
            restricted=row["visibility"] == Visibility.COORDINATORS,
        )
        for row in rows
    ]


def shared_practice_links(name, request, page, find_practices, *, as_links=practice_links):
    """Links to `find_practices()` as computed for `page`: shared while the page is live, afresh for drafts.

    `as_links(found, request)`: `practice_links` for pages, `practice_link_rows` for rows.
    """
    return shared_page_value(name, request, page, lambda: as_links(find_practices(), request))

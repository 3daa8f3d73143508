"""Page URLs for hits and completions, from the pages' `url_path`s and the sites' roots read as rows.

The engine has no request, so it cannot use the shell's rows of the
request's site. Wagtail's `get_url()` without a request needs a Page
instance per hit and its table of site root paths, which, when the cache
is cold, it reads in two queries and a Page instance per site (about a
tenth of a cold listing's calls). Here the roots are one statement of
rows, and each URL is worked out from `url_path` the way `Page.get_url()`
does without a request: the first root (most specific, default site
first) whose path starts the page's, relative to the site when there is
one site, else with the site's root URL in front.
"""

from typing import NamedTuple

from django.conf import settings
from django.db import connection
from wagtail.models import Page, Site

from home.page_rows import home_relative_url

# Every translation of each site's root page, in the order of `Site.get_site_root_paths()`.
SITE_ROOTS = """
SELECT s.id, s.hostname, s.port, t.url_path, l.language_code
FROM wagtailcore_site s
JOIN wagtailcore_page r ON r.id = s.root_page_id
JOIN wagtailcore_page t ON t.translation_key = r.translation_key {same_page}
JOIN wagtailcore_locale l ON l.id = t.locale_id
ORDER BY r.url_path DESC, s.is_default_site DESC, s.hostname, t.path
"""


class SiteRoot(NamedTuple):
    site_id: int
    root_url: str
    url_path: str  # as `home_relative_url` reads a home row
    language: str


def site_roots():
    """[SiteRoot], most specific first, as Wagtail's `Site.get_site_root_paths()` lists them: one query."""
    # Without wagtail's i18n, a site has its root page only, not the root's translations.
    same_page = "" if getattr(settings, "WAGTAIL_I18N_ENABLED", False) else "AND t.id = r.id"
    with connection.cursor() as cursor:
        cursor.execute(SITE_ROOTS.format(same_page=same_page))
        rows = cursor.fetchall()
    return [
        SiteRoot(site_id, Site(hostname=hostname, port=port).root_url, url_path, language)
        for site_id, hostname, port, url_path, language in rows
    ]


def urls_of_paths(url_paths):
    """{page id: URL} for {page id: url_path}, as `Page.get_url()` without a request gives it ("" if none)."""
    if not url_paths:
        return {}
    roots = site_roots()
    one_site = len({root.site_id for root in roots}) == 1
    urls = {}
    for page_id, url_path in url_paths.items():
        root = next((root for root in roots if url_path.startswith(root.url_path)), None)
        page_path = home_relative_url(url_path, root) if root else None
        if page_path is None:
            urls[page_id] = ""
        else:
            urls[page_id] = page_path if one_site else root.root_url + page_path
    return urls


def page_urls(page_ids):
    """{page id: URL relative to the site}: two queries however many pages."""
    if not page_ids:
        return {}
    return urls_of_paths(dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "url_path")))

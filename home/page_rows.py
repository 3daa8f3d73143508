"""The pages at the top of a site (its home in each language and their children) as plain rows, with URLs.

The shell (menu, brand link, language links, footer links) shows pages at
the top of the tree. Built from Page objects, it cost a query for the
localized home, one for its children, one per footer link translation and
three for Wagtail's table of site root paths that `get_url()` consults
(kept in the cache, so paid again whenever the cache is cold). Here one
query reads the live homes and their children as rows, with whether a view
restriction covers each (the menu lists none that is), and a page's URL
is worked out from its `url_path` and the home of its language, the way
`Page.get_url_parts` does for a page of the request's own site.
"""

import re
from functools import cache
from typing import NamedTuple

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from .request_memo import remember
from .sql_rows import as_uuid, fetch_rows, prefix_pattern


class PageRow(NamedTuple):
    pk: int
    path: str
    depth: int
    url_path: str
    title: str
    language: str
    translation_key: str
    show_in_menus: bool
    restricted: bool  # a view restriction on the page or on one of its ancestors


class SiteTop(NamedTuple):
    """The live homes of a site (one per language) and the live pages directly under them."""

    root_pk: int
    homes: dict  # {language code: PageRow}
    children: list  # [PageRow], in tree order

    def home_for(self, language):
        """The home in `language`, else the site's root page (like `Page.localized`); None if neither is live."""
        return self.homes.get(language) or next((home for home in self.homes.values() if home.pk == self.root_pk), None)

    def all_rows(self):
        return [*self.homes.values(), *self.children]

    def children_of(self, home):
        return [row for row in self.children if row.path[: -Page.steplen] == home.path]

    def url(self, url_path):
        """The URL of the page at `url_path` (one of these or a page under them), relative to the site, else None."""
        home = next((home for home in self.homes.values() if url_path.startswith(home.url_path)), None)
        return home_relative_url(url_path, home) if home else None


# Wagtail's serve pattern (with WAGTAIL_APPEND_SLASH), in the ASCII characters that reversing never quotes.
PLAIN_SLUGS = re.compile(r"(?:[\w\-]+/)*", re.ASCII)

SITE_TOP_STATEMENT = """
SELECT p.id, p.path, p.depth, p.url_path, p.title, l.language_code, p.translation_key, p.show_in_menus,
    EXISTS (
        SELECT 1 FROM wagtailcore_pageviewrestriction r
        INNER JOIN wagtailcore_page restricted ON restricted.id = r.page_id
        WHERE restricted.path IN ({paths_on_the_way})
    )
FROM wagtailcore_page p
INNER JOIN wagtailcore_locale l ON l.id = p.locale_id
WHERE p.live AND p.depth IN (%s, %s) AND p.path LIKE %s
ORDER BY p.path
"""


@cache
def site_top_statement(depth):
    """The rows' SQL for homes `depth` deep: a restriction on the page or an ancestor is matched by path.

    Matched by the paths those pages have (the page's own path cut at each
    level), so the database looks them up by the path index rather than
    comparing every restriction, of which there may be thousands.
    """
    cuts = ", ".join(f"SUBSTR(p.path, 1, {level * Page.steplen})" for level in range(1, depth + 2))
    return SITE_TOP_STATEMENT.format(paths_on_the_way=cuts)


def read_site_top(root_page):
    """`SiteTop` of the site whose root page is `root_page`: one query."""
    depth = root_page.depth
    rows = [
        PageRow(pk, path, row_depth, url_path, title, language, as_uuid(key), bool(in_menus), bool(restricted))
        for pk, path, row_depth, url_path, title, language, key, in_menus, restricted in fetch_rows(
            site_top_statement(depth), [depth, depth + 1, prefix_pattern(root_page.path[: -Page.steplen])]
        )
    ]
    key = root_page.translation_key
    homes = {row.language: row for row in rows if row.depth == depth and row.translation_key == key}
    home_paths = {home.path for home in homes.values()}
    children = [row for row in rows if row.depth == depth + 1 and row.path[: -Page.steplen] in home_paths]
    return SiteTop(root_pk=root_page.pk, homes=homes, children=children)


def home_relative_url(url_path, home):
    """What `Page.get_url_parts` answers for a page at `url_path` under `home`, a root of the request's site."""
    language = home.language
    try:
        # As Wagtail does: a variant of the page's language that is active (e.g. en-gb for en) is kept.
        if get_supported_content_language_variant(translation.get_language()) == language:
            language = translation.get_language()
    except LookupError:
        pass
    below_home = url_path[len(home.url_path) :]
    if getattr(settings, "WAGTAIL_APPEND_SLASH", True) and below_home.isascii() and PLAIN_SLUGS.fullmatch(below_home):
        # Reversing adds the same prefix to every path of plain slugs, and quotes none of their characters.
        prefix = remember(("wagtail-serve-prefix", language), lambda: serve_path(language, ""))
        return None if prefix is None else prefix + below_home
    page_path = serve_path(language, below_home)
    if page_path and not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and page_path != "/":
        page_path = page_path.rstrip("/")
    return page_path


def serve_path(language, below_home):
    """`reverse("wagtail_serve")` of the path `below_home` in `language`, or None when it has no URL."""
    try:
        with translation.override(language):
            return reverse("wagtail_serve", args=(below_home,))
    except NoReverseMatch:
        return None

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

from typing import NamedTuple

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Substr
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction

ROW_FIELDS = (
    "pk",
    "path",
    "depth",
    "url_path",
    "title",
    "locale__language_code",
    "translation_key",
    "show_in_menus",
    "restricted",
)


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


def read_site_top(root_page):
    """`SiteTop` of the site whose root page is `root_page`: one query."""
    rows = [
        PageRow(*values)
        for values in Page.objects.live()
        .filter(depth__in=(root_page.depth, root_page.depth + 1), path__startswith=root_page.path[: -Page.steplen])
        .annotate(restricted=restricted_at_or_above(root_page.depth + 1))
        .order_by("path")
        .values_list(*ROW_FIELDS)
    ]
    homes = {
        row.language: row
        for row in rows
        if row.depth == root_page.depth and row.translation_key == root_page.translation_key
    }
    home_paths = {home.path for home in homes.values()}
    children = [row for row in rows if row.depth == root_page.depth + 1 and row.path[: -Page.steplen] in home_paths]
    return SiteTop(root_pk=root_page.pk, homes=homes, children=children)


def restricted_at_or_above(depth):
    """Whether a view restriction sits on the outer query's page (at most `depth` deep) or one of its ancestors.

    Matched by the paths those pages have (the page's own path cut at each
    level), so the database looks them up by the path index rather than
    comparing every restriction, of which there may be thousands.
    """
    on_the_way = Q()
    for level in range(1, depth + 1):
        on_the_way |= Q(page__path=Substr(OuterRef("path"), 1, level * Page.steplen))
    return Exists(PageViewRestriction.objects.filter(on_the_way))


def home_relative_url(url_path, home):
    """What `Page.get_url_parts` answers for a page at `url_path` under `home`, a root of the request's site."""
    language = home.language
    try:
        # As Wagtail does: a variant of the page's language that is active (e.g. en-gb for en) is kept.
        if get_supported_content_language_variant(translation.get_language()) == language:
            language = translation.get_language()
    except LookupError:
        pass
    try:
        with translation.override(language):
            page_path = reverse("wagtail_serve", args=(url_path[len(home.url_path) :],))
    except NoReverseMatch:
        return None
    if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and page_path != "/":
        page_path = page_path.rstrip("/")
    return page_path

"""A cold request (every cache emptied) costs a fixed, small number of SQL queries for the shell.

benchmarks/page_cost.py's cold mode clears every cache alias and the
content-type memo before each request; `tests.query_counts.cold_queries_for`
does the same. The shell (menu with its restrictions, language links,
settings with the footer text, footer links, the page URLs the guide shows)
then reads the site's top rows once and costs two queries besides them;
before issue 12's cold work it cost seven, and the guide's pages two more
for Wagtail's table of site root paths. Those queries, the home's sections
and the guide's are fixed statements (home.sql_rows). The counts must not
grow with the number of menu pages, guide sections or practices.
"""

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from home.factories import FooterTextFactory, StandardPageFactory, build_site, translate_page
from home.models import SiteSettings
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from tests.query_counts import cold_queries_for, queries_for

# Over a bare Wagtail page: its specific row (+1), the top rows, the language links, the settings with the footer text.
STANDARD_PAGE_COLD_OVER_BARE = 4
# The guide adds the restriction rows with their groups (1) and its outline (1). A section costs 3 more: its
# chosen key factors, lessons and practices (1), the key factors' names (1) and the suggested practices (1);
# routing reads the content types of the guide, the chapter and the section together, in one query, as many
# as it reads for the guide's own.
GUIDE_COLD_QUERIES = {"guide": 14, "guide section": 17}
HOME_COLD_QUERIES = 16


@pytest.fixture
def site(db, without_page_cache):
    cache.clear()
    english_home, french_home = build_site()
    about = StandardPageFactory(parent=english_home, slug="about", show_in_menus=True)
    privacy = StandardPageFactory(parent=english_home, slug="privacy")
    translate_page(about, "fr", slug="a-propos")
    SiteSettings.objects.create(
        site=english_home.get_site(), contact_email="hub@customs.example", about_page=about, privacy_page=privacy
    )
    FooterTextFactory()
    bare = english_home.add_child(instance=Page(title="Bare page", slug="bare"))
    bare.save_revision().publish()
    guide = GuidePageFactory(parent=english_home, slug="guide", show_in_menus=True)
    chapter = GuideChapterPageFactory(parent=guide, slug="chapter")
    GuideSectionPageFactory(parent=chapter, slug="section", key_factors=[1, 4])
    practices = PracticeIndexPageFactory(parent=english_home, slug="practices", show_in_menus=True)
    PracticePageFactory(parent=practices, key_factors=[1])
    restrict(StandardPageFactory(parent=english_home, slug="members", show_in_menus=True))
    yield english_home
    cache.clear()


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")


def grow(home, count):
    """`count` more menu pages (one of them restricted), guide sections and practices."""
    guide = Page.objects.get(slug="guide")
    chapter = guide.get_children().first()
    practices = Page.objects.get(slug="practices")
    for number in range(count):
        StandardPageFactory(parent=home, show_in_menus=True)
        GuideSectionPageFactory(parent=chapter, key_factors=[1 + number % 10])
        PracticePageFactory(parent=practices, key_factors=[1 + number % 10])
    restrict(StandardPageFactory(parent=home, show_in_menus=True))


def cold(client):
    return {
        "bare": cold_queries_for(client, "/en/bare/"),
        "standard page": cold_queries_for(client, "/en/about/"),
        "home": cold_queries_for(client, "/en/"),
        "guide": cold_queries_for(client, "/en/guide/"),
        "guide section": cold_queries_for(client, "/en/guide/chapter/section/"),
    }


def test_cold_pages_cost_a_fixed_number_of_queries(client, site):
    few = cold(client)
    grow(site, 8)
    many = cold(client)

    assert few == many
    assert many["standard page"] == many["bare"] + STANDARD_PAGE_COLD_OVER_BARE
    assert many["home"] == HOME_COLD_QUERIES
    assert {name: many[name] for name in GUIDE_COLD_QUERIES} == GUIDE_COLD_QUERIES


def test_a_warm_standard_page_still_costs_one_query_more_than_a_bare_page(client, site):
    grow(site, 3)
    assert queries_for(client, "/en/about/") == queries_for(client, "/en/bare/") + 1


def test_the_cold_shell_shows_the_footer_links_and_text_and_no_restricted_menu_page(client, site):
    grow(site, 2)
    cache.clear()
    page = client.get("/en/guide/chapter/section/").content.decode()

    assert 'href="/en/about/"' in page and 'href="/en/privacy/"' in page
    assert "Integrity Hub footer." in page and "mailto:hub@customs.example" in page
    assert 'href="/en/practices/"' in page
    for restricted in Page.objects.filter(view_restrictions__isnull=False):
        assert restricted.url not in page

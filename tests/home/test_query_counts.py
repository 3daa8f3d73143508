"""Each page type costs a fixed number of SQL queries, however much content there is.

The counts are pinned: before issue 12 the shell alone (header, menu,
language links, footer, editing bar) cost about 17 queries on every page;
now, once warm, it costs none, so a standard page costs what a bare
Wagtail page costs plus the one query Wagtail's routing makes for its
specific row.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from accounts.factories import UserFactory
from home.factories import StandardPageFactory, build_site, translate_page
from home.models import SiteSettings
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from tests.query_counts import queries_for, session_read_queries

HOME_PAGE_QUERIES = 5
STANDARD_PAGE_QUERIES = 7


@pytest.fixture
def home(db, without_page_cache):
    cache.clear()
    english_home, _ = build_site()
    SiteSettings.objects.create(site=english_home.get_site(), contact_email="hub@customs.example")
    yield english_home
    cache.clear()


def add_menu_pages(parent, count):
    for _ in range(count):
        StandardPageFactory(parent=parent)


def add_knowledge(home, count):
    """Guide sections tagged with key factors, and practices, `count` of each."""
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=home, show_in_menus=True))
    practices = PracticeIndexPageFactory(parent=home, show_in_menus=True)
    for number in range(count):
        GuideSectionPageFactory(parent=chapter, key_factors=[1 + number % 10, 1 + (number + 3) % 10])
        PracticePageFactory(parent=practices)


def test_home_page_queries_do_not_grow_with_menu_pages_or_knowledge(client, home):
    add_menu_pages(home, 2)
    add_knowledge(home, 2)
    few = queries_for(client, "/en/")
    add_menu_pages(home, 30)
    add_knowledge(home, 30)
    many = queries_for(client, "/en/")
    assert few == many == HOME_PAGE_QUERIES


def test_standard_page_queries_do_not_grow_with_siblings_or_children(client, home):
    page = StandardPageFactory(parent=home, slug="about")
    add_menu_pages(home, 2)
    add_menu_pages(page, 2)
    few = queries_for(client, "/en/about/")
    add_menu_pages(home, 30)
    add_menu_pages(page, 30)
    add_knowledge(home, 10)
    many = queries_for(client, "/en/about/")
    assert few == many == STANDARD_PAGE_QUERIES


def test_the_warm_shell_costs_nothing_next_to_a_bare_wagtail_page(client, home):
    add_menu_pages(home, 5)
    StandardPageFactory(parent=home, slug="about")
    bare = home.add_child(instance=Page(title="Bare page", slug="bare"))
    bare.save_revision().publish()
    # Wagtail's routing reads a StandardPage's own row, which a bare Page does not have.
    assert queries_for(client, "/en/about/") == queries_for(client, "/en/bare/") + 1


def test_french_home_page_costs_the_same_as_english(client, home):
    for page in StandardPageFactory.create_batch(5, parent=home):
        translate_page(page, "fr")
    # Wagtail's routing finds the French home from the English root page: one query more.
    assert queries_for(client, "/fr/") == queries_for(client, "/en/") + 1


def test_a_signed_in_learner_pays_only_for_their_session_and_groups(client, home):
    StandardPageFactory(parent=home, slug="about")
    visitor = queries_for(client, "/en/about/")
    client.force_login(UserFactory())
    client.get("/en/about/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/about/").status_code == 200
    tables = " ".join(query["sql"] for query in captured.captured_queries)
    assert "auth_permission" not in tables
    # The session (unless Redis holds it), the user, and their groups
    # (asked once, for restrictions and the editing bar alike).
    assert len(captured.captured_queries) == visitor + session_read_queries() + 2

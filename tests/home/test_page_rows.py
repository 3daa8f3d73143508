"""The shell's URLs, worked out from rows (home.page_rows), are the URLs Wagtail gives the same pages."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from home.factories import StandardPageFactory, build_site, translate_page
from home.page_rows import read_site_top


@pytest.fixture
def site_pages(db):
    english_home, french_home = build_site()
    about = StandardPageFactory(parent=english_home, title="About", slug="about", show_in_menus=True)
    translate_page(about, "fr", title="À propos", slug="a-propos")
    StandardPageFactory(parent=english_home, title="Partner news", slug="news")
    return Site.objects.get(is_default_site=True)


@pytest.mark.parametrize("active_language", ["en", "fr", "es"])
def test_every_top_page_gets_the_url_wagtail_gives_it(site_pages, active_language):
    request = RequestFactory(SERVER_NAME="localhost").get("/")
    top = read_site_top(site_pages.root_page)
    rows = [*top.homes.values(), *top.children]

    with translation.override(active_language):
        for row in rows:
            assert top.url(row.url_path) == Page.objects.get(pk=row.pk).get_url(request), row.url_path


def test_the_rows_are_the_live_homes_and_their_children(site_pages):
    top = read_site_top(site_pages.root_page)

    assert set(top.homes) == {"en", "fr"}
    assert [row.title for row in top.children_of(top.home_for("fr"))] == ["À propos"]
    assert [row.title for row in top.children_of(top.home_for("en"))] == ["About", "Partner news"]
    assert top.home_for("es").pk == site_pages.root_page_id


def test_a_page_whose_slug_is_not_ascii_gets_wagtails_quoted_url(site_pages):
    request = RequestFactory(SERVER_NAME="localhost").get("/")
    english_home = site_pages.root_page
    StandardPageFactory(parent=english_home, title="Événements", slug="événements")
    top = read_site_top(site_pages.root_page)
    row = next(row for row in top.children if row.title == "Événements")

    with translation.override("en"):
        assert top.url(row.url_path) == Page.objects.get(pk=row.pk).get_url(request) == "/en/%C3%A9v%C3%A9nements/"

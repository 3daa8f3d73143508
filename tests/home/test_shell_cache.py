"""The shell (menu, language links, footer) is computed once and shared, never in the wrong language,
never stale after a publish, and never carrying one reader's personal parts to another."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from wagtail.models import Locale, PageViewRestriction

from accounts.factories import UserFactory
from home.factories import FooterTextFactory, StandardPageFactory, build_site, translate_page
from home.models import SiteSettings
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from knowledgebase.models import Visibility
from knowledgebase.practice_privacy import apply_practice_visibility
from tests.search.page_fixtures import index_practices


@pytest.fixture
def site(db, without_page_cache):
    cache.clear()
    english_home, french_home = build_site()
    SiteSettings.objects.create(site=english_home.get_site(), contact_email="hub@customs.example")
    courses = StandardPageFactory(parent=english_home, title="Learning courses", slug="courses")
    translate_page(courses, "fr", title="Formations en ligne", slug="formations")
    FooterTextFactory(body="<p>Words at the foot of the page.</p>")
    FooterTextFactory(locale=Locale.objects.get(language_code="fr"), body="<p>Mots du pied de page.</p>")
    yield english_home
    cache.clear()


def part(html, opening, closing):
    return html.split(opening, 1)[1].split(closing, 1)[0]


def menu(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return part(response.content.decode(), '<nav class="site-nav"', "</nav>")


def footer(client, url):
    return part(client.get(url).content.decode(), '<footer class="site-footer">', "</footer>")


def test_each_language_gets_its_own_menu_and_footer_whichever_was_cached_first(client, site):
    french_menu, french_footer = menu(client, "/fr/"), footer(client, "/fr/")
    english_menu, english_footer = menu(client, "/en/"), footer(client, "/en/")

    assert "Formations en ligne" in french_menu and "Learning courses" not in french_menu
    assert "Learning courses" in english_menu and "Formations en ligne" not in english_menu
    assert "Mots du pied de page." in french_footer and "Words at the foot" not in french_footer
    assert "Words at the foot of the page." in english_footer and "Mots du pied" not in english_footer
    assert menu(client, "/fr/") == french_menu


def test_language_links_belong_to_the_page_they_are_on(client, site):
    about = StandardPageFactory(parent=site, title="About", slug="about")
    translate_page(about, "fr", title="À propos", slug="a-propos")
    client.get("/en/courses/")

    switcher = part(client.get("/en/about/").content.decode(), '<nav class="language-switcher"', "</nav>")

    assert 'href="/fr/a-propos/"' in switcher
    assert "formations" not in switcher


def test_a_page_published_into_the_menu_shows_at_once(client, site):
    assert "Partner news" not in menu(client, "/en/")

    news = StandardPageFactory(parent=site, title="Partner news", slug="news", show_in_menus=True)
    assert "Partner news" in menu(client, "/en/")

    news.unpublish()
    assert "Partner news" not in menu(client, "/en/")


def test_a_new_guide_section_shows_on_the_home_page_at_once(client, site):
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=site, show_in_menus=True))
    GuideSectionPageFactory(parent=chapter, title="Declaring assets")
    assert "Declaring assets" in client.get("/en/").content.decode()

    section = GuideSectionPageFactory(parent=chapter, title="Rotating officers")
    section.save_revision().publish()

    assert "Rotating officers" in client.get("/en/").content.decode()


def account_links(html):
    return part(html, '<nav class="account-links"', "</nav>")


def test_a_learners_account_links_are_not_shown_to_the_next_visitor(client, site):
    learner = UserFactory()
    client.force_login(learner)
    signed_in = client.get("/en/").content.decode()
    client.logout()
    visitor = client.get("/en/").content.decode()

    assert "Log out" in account_links(signed_in)
    assert "Log out" not in account_links(visitor) and "Log in" in account_links(visitor)
    assert part(signed_in, '<nav class="site-nav"', "</nav>") == part(visitor, '<nav class="site-nav"', "</nav>")


def editor():
    editors = Group.objects.create(name="Page editors")
    editors.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user = UserFactory()
    user.groups.add(editors)
    return user


USERBAR = re.compile(r"<wagtail-userbar|w-userbar")


def test_the_editing_bar_is_for_editors_only(client, site):
    client.force_login(editor())
    assert USERBAR.search(client.get("/en/").content.decode())

    client.force_login(UserFactory())
    assert not USERBAR.search(client.get("/en/").content.decode())

    client.logout()
    assert not USERBAR.search(client.get("/en/").content.decode())


def home_sections(client, url):
    """The home page's sections: everything after its body, up to the footer."""
    return part(client.get(url).content.decode(), '<section class="home-section"', '<footer class="site-footer">')


def test_home_sections_cached_for_a_group_member_never_reach_a_visitor(client, site):
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=site))
    GuideSectionPageFactory(parent=chapter, title="Declaring assets")
    secret = GuideSectionPageFactory(parent=chapter, title="Investigators' handbook")
    investigators = Group.objects.create(name="Investigators")
    restriction = PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(investigators)
    member = UserFactory()
    member.groups.add(investigators)

    client.force_login(member)
    assert "Investigators&#x27; handbook" in home_sections(client, "/en/")
    client.logout()
    visitor_sections = home_sections(client, "/en/")

    assert "Declaring assets" in visitor_sections
    assert "handbook" not in visitor_sections


def test_a_new_view_restriction_removes_a_cached_home_section_at_once(client, site):
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=site))
    section = GuideSectionPageFactory(parent=chapter, title="Rotating officers")
    assert "Rotating officers" in home_sections(client, "/en/")

    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)

    assert "Rotating officers" not in home_sections(client, "/en/")


def test_home_sections_are_never_served_in_another_language(client, site):
    english_chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=site))
    GuideSectionPageFactory(parent=english_chapter, title="Declaring assets")
    french_home = site.get_translation(Locale.objects.get(language_code="fr"))
    french_chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=french_home))
    GuideSectionPageFactory(parent=french_chapter, title="Déclarer son patrimoine")

    english = home_sections(client, "/en/")
    french = home_sections(client, "/fr/")

    assert "Declaring assets" in english and "Déclarer" not in english
    assert "Déclarer son patrimoine" in french and "Declaring assets" not in french


def listing_results(client, url):
    return part(client.get(url).content.decode(), '<div class="listing-layout">', "</form>")


def test_a_practice_published_into_a_cached_listing_shows_at_once(client, site):
    index = PracticeIndexPageFactory(parent=site)
    PracticePageFactory(parent=index, title="Rotation of border officers")
    index_practices()
    assert "Rotation of border officers" in listing_results(client, index.url)

    PracticePageFactory(parent=index, title="Asset declarations for inspectors")
    index_practices()

    assert "Asset declarations for inspectors" in listing_results(client, index.url)


def test_a_practice_made_coordinators_only_leaves_a_cached_listing_at_once(client, site):
    index = PracticeIndexPageFactory(parent=site)
    practice = PracticePageFactory(parent=index, title="Rotation of border officers")
    index_practices()
    assert "Rotation of border officers" in listing_results(client, index.url)

    practice.visibility = Visibility.COORDINATORS
    practice.save()
    apply_practice_visibility(practice)
    index_practices()

    assert "Rotation of border officers" not in listing_results(client, index.url)


def test_each_search_of_a_listing_gets_its_own_results(client, site):
    index = PracticeIndexPageFactory(parent=site)
    PracticePageFactory(parent=index, title="Rotation of border officers")
    PracticePageFactory(parent=index, title="Asset declarations for quayside inspectors")
    index_practices()
    everything = listing_results(client, index.url)

    searched = listing_results(client, index.url + "?q=quayside")

    assert "Rotation of border officers" in everything and "quayside inspectors" in everything
    assert "quayside" in searched and "Rotation of border officers" not in searched

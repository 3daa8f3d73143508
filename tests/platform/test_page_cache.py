"""Anonymous pages cached whole (integrityhub.page_cache): fast, and never wrong.

Each test reads `X-Page-Cache` to know whether the page came from the
cache, then checks that what a reader gets is what the database says now.
"""

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import PageViewRestriction, Site

from accounts.factories import UserFactory
from home.factories import StandardPageFactory, build_site
from home.models import SiteSettings
from integrityhub.page_cache import mark_public_page
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from knowledgebase.models import Visibility
from knowledgebase.practice_privacy import apply_practice_visibility

HEADER = "X-Page-Cache"


@pytest.fixture
def site(db):
    cache.clear()
    english_home, french_home = build_site()
    # Made here, not by the first request: creating them is a change (it bumps the generation).
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    yield english_home, french_home
    cache.clear()


@pytest.fixture
def home(site):
    return site[0]


def test_a_second_anonymous_visit_is_served_from_the_cache(client, home):
    page = StandardPageFactory(parent=home, title="About the programme")

    first, second = client.get(page.url), client.get(page.url)

    assert (first.status_code, first[HEADER]) == (200, "miss")
    assert (second.status_code, second[HEADER]) == (200, "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_head_request_is_answered_from_the_cache(client, home):
    page = StandardPageFactory(parent=home)
    client.get(page.url)
    assert client.head(page.url)[HEADER] == "hit"


def test_the_query_string_is_part_of_the_key(client, home):
    page = StandardPageFactory(parent=home)
    client.get(page.url)
    assert client.get(page.url, {"page": "2"})[HEADER] == "miss"


def test_a_newly_published_guide_section_appears_at_once(client, home):
    guide = GuidePageFactory(parent=home)
    chapter = GuideChapterPageFactory(parent=guide, title="Leadership")
    GuideSectionPageFactory(parent=chapter, title="Setting the tone")
    client.get(chapter.url)
    assert client.get(chapter.url)[HEADER] == "hit"

    section = GuideSectionPageFactory(parent=chapter, title="Leading by example", live=False)
    section.save_revision().publish()
    response = client.get(chapter.url)

    assert response[HEADER] == "miss"
    assert "Leading by example" in response.content.decode()


def test_an_unpublished_page_disappears_at_once(client, home):
    page = StandardPageFactory(parent=home, title="Old announcement")
    client.get(page.url)

    page.unpublish()

    assert client.get(page.url).status_code == 404


def test_a_new_view_restriction_never_lets_the_cached_page_through(client, home):
    index = PracticeIndexPageFactory(parent=home)
    practice = PracticePageFactory(parent=index, title="Rotation of border officers")
    client.get(practice.url)
    assert client.get(practice.url)[HEADER] == "hit"

    practice.visibility = Visibility.COORDINATORS
    practice.save()
    apply_practice_visibility(practice)
    response = client.get(practice.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_a_restricted_page_is_never_stored(client, home):
    page = StandardPageFactory(parent=home, title="Members corner")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    member = UserFactory()
    client.force_login(member)
    assert client.get(page.url).status_code == 200
    client.logout()

    response = client.get(page.url)

    assert response.status_code == 302
    assert response[HEADER] == "miss"


def test_a_page_below_a_restricted_page_is_never_stored(client, home):
    """A password restriction answers the visitor with its form, a 200: still not stored."""
    section = StandardPageFactory(parent=home, title="Workshop")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="workshop-2026"
    )
    child = StandardPageFactory(parent=section, title="Workshop notes")

    client.get(child.url)
    second = client.get(child.url)

    assert second.status_code == 200
    assert second[HEADER] == "miss"
    assert "Workshop notes" not in second.content.decode()


def test_each_language_gets_its_own_page(client, site):
    english_home, french_home = site
    client.get("/en/")
    client.get("/fr/")

    english, french = client.get("/en/"), client.get("/fr/")

    assert (english[HEADER], french[HEADER]) == ("hit", "hit")
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="fr">' in french.content.decode()
    assert french_home.title in french.content.decode()


def test_a_signed_in_reader_never_gets_a_cached_page(client, home):
    page = StandardPageFactory(parent=home, title="About the programme")
    client.get(page.url)
    assert client.get(page.url)[HEADER] == "hit"

    client.force_login(UserFactory())
    response = client.get(page.url)

    assert response.status_code == 200
    assert HEADER not in response
    assert "/accounts/logout/" in response.content.decode()


def test_a_page_seen_by_a_signed_in_reader_is_not_stored_for_visitors(client, home):
    page = StandardPageFactory(parent=home)
    client.force_login(UserFactory())
    client.get(page.url)
    client.logout()
    client.cookies.pop(settings.SESSION_COOKIE_NAME, None)

    assert client.get(page.url)[HEADER] == "miss"


def test_a_visitor_with_any_other_cookie_is_served_fresh(client, home):
    page = StandardPageFactory(parent=home)
    client.get(page.url)
    client.cookies["messages"] = "pending"

    assert HEADER not in client.get(page.url)


def test_the_admin_and_account_pages_are_never_looked_up(client, home):
    assert HEADER not in client.get("/en/accounts/login/")
    assert HEADER not in client.get("/admin/login/")


def test_a_view_that_is_not_a_wagtail_page_is_never_stored(client, home):
    """Site search is a Django view: only Wagtail pages vouch that they are public."""
    client.get("/en/search/", {"query": "integrity"})
    response = client.get("/en/search/", {"query": "integrity"})
    assert response[HEADER] == "miss"


def test_only_a_page_without_restrictions_above_it_is_marked_public(home, rf):
    """The `before_serve_page` hook that every stored page must pass."""
    section = StandardPageFactory(parent=home, title="Workshop")
    child = StandardPageFactory(parent=section, title="Workshop notes")
    open_page = StandardPageFactory(parent=home, title="Open")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)

    flags = {}
    for page in (child, open_page):
        request = rf.get(page.url)
        request.page_cache_looked_up = True
        mark_public_page(page, request, (), {})
        flags[page.title] = request.page_cache_public_page

    assert flags == {"Workshop notes": False, "Open": True}

"""Smoke test in a real browser: the home page, the language switcher, the skip link."""

import re
from urllib.parse import urlparse

import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ENGLISH_TITLE = "Integrity Hub"
FRENCH_TITLE = "Plateforme d'intégrité"


@pytest.fixture
def bilingual_site(transactional_db, live_server):
    """A HomePage at the site root in English, with a published French translation.

    Wagtail's migrations leave a tree root and a "Welcome to Wagtail" page that
    the default Site points at; the home page replaces it. live_server tests
    run in transactions that end with the tables emptied, so nothing is
    assumed: what is missing is created.
    """
    english = Locale.objects.get_or_create(language_code="en")[0]
    french = Locale.objects.get_or_create(language_code="fr")[0]
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    for placeholder in root.get_children():
        placeholder.delete()  # its Site goes with it (Site.root_page cascades)

    home = root.add_child(
        instance=HomePage(
            title=ENGLISH_TITLE,
            slug="home",
            locale=english,
            introduction="Learn, publish and share customs integrity practice.",
        )
    )
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "site_name": "Integrity Hub", "root_page": home},
    )

    home_fr = home.copy_for_translation(french)
    home_fr.title = FRENCH_TITLE
    home_fr.introduction = "Apprendre, publier et partager les pratiques d'intégrité douanière."
    home_fr.save_revision().publish()
    return home.specific, home_fr.specific


def test_home_page_switches_to_french(page, live_server, bilingual_site):
    page.goto(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == ENGLISH_TITLE

    page.locator("nav.language-switcher").get_by_role("link", name="Français", exact=True).click()
    page.wait_for_url(re.compile(r"/fr/"))

    assert urlparse(page.url).path.startswith("/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == FRENCH_TITLE


def test_skip_link_is_the_first_thing_keyboard_users_reach(page, live_server, bilingual_site):
    page.goto(f"{live_server.url}/en/")

    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({text: document.activeElement.textContent.trim(), href: document.activeElement.getAttribute('href')})"
    )
    assert focused == {"text": "Skip to main content", "href": "#main"}

    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


@pytest.mark.parametrize("path", ["/en/", "/fr/", "/en/accounts/login/", "/fr/accounts/signup/"])
def test_pages_fit_a_320_pixel_screen_without_sideways_scrolling(page, live_server, bilingual_site, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}{path}")
    page_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert page_width <= 320, f"{path} is {page_width}px wide at a 320px viewport"
    # On a phone the language switcher sits in the header's menu, one tap away.
    page.locator("summary.site-menu__toggle").click()
    assert page.locator("nav.language-switcher").is_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320

"""The site search in a real browser: axe finds no serious violation, the header box works from the keyboard."""

import json

import pytest
from playwright.sync_api import expect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.e2e.axe import record_result, serious_violations
from tests.search.site_search_setup import DATABASE_BACKEND, build_searchable_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def searchable_site(transactional_db, live_server, settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": DATABASE_BACKEND}
    site = build_searchable_site()
    SearchPromotion.objects.create(query=Query.get("integrity"), page=site.guide_section, sort_order=0)
    return site


def test_site_search_pages_have_no_serious_violations(page, live_server, searchable_site):
    pages = {
        "search form": "/en/search/",
        "results with promotion and type filters": "/en/search/?q=integrity",
        "results filtered by type": "/en/search/?q=integrity&type=practice",
        "no results": "/fr/search/?q=zeppelin",
        "refused input": "/en/search/?q=acacia&type=secret",
    }
    failures = {}
    for name, path in pages.items():
        page.goto(live_server.url + path)
        violations = serious_violations(page)
        record_result(f"site search: {name}", violations)
        if violations:
            failures[path] = violations
    assert not failures, json.dumps(failures, indent=2)


def tab_to(page, selector, presses=40):
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize("width", [320, 1280])
def test_header_search_box_searches_from_the_keyboard(page, live_server, searchable_site, width):
    page.set_viewport_size({"width": width, "height": 640})
    page.goto(live_server.url + "/en/")
    toggle = page.locator("summary.site-menu__toggle")
    if width == 320:
        # On a phone the search box is inside the header's closed menu: the keyboard opens it first.
        assert not page.locator(".site-header [role=search]").is_visible()
        tab_to(page, "summary.site-menu__toggle")
        page.keyboard.press("Enter")
        expect(toggle).to_have_attribute("aria-expanded", "true")  # site-menu.js reports it on the toggle event
    else:
        assert not toggle.is_visible()  # on a wide screen the menu is always shown, with no toggle
    tab_to(page, ".site-header [role=search] input[type=search]")
    page.keyboard.type("acacia")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=acacia")
    assert page.locator("#results-heading").inner_text() == "1 result for “acacia”"
    assert page.get_by_role("link", name="Gift register at the port").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width

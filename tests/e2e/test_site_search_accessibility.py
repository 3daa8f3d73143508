"""The site search in a real browser: axe finds no serious violation, the header box works from the keyboard."""

import json

import pytest
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


def test_header_search_box_searches_from_the_keyboard(page, live_server, searchable_site):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + "/en/")
    search_box = page.locator(".site-header [role=search] input[type=search]")
    search_box.fill("acacia")
    search_box.press("Enter")
    page.wait_for_url("**/en/search/?q=acacia")
    assert page.locator("#results-heading").inner_text() == "1 result for “acacia”"
    assert page.get_by_role("link", name="Gift register at the port").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

"""The practice search page and the API docs in a real browser, under the site's Content-Security-Policy.

The `page` fixture fails a test on any CSP violation, so these also prove
that the autocomplete script and Swagger UI run without inline script.
"""

import json

import pytest
from django.core.cache import cache

from home.factories import build_site
from knowledgebase.factories import PracticeIndexPageFactory
from tests.e2e.axe import record_result, serious_violations
from tests.search.page_fixtures import add_sample_practices, index_practices

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def practice_index(transactional_db, live_server):
    cache.clear()
    english_home, _french_home = build_site()
    index = PracticeIndexPageFactory(parent=english_home, slug="practices")
    add_sample_practices(index)
    index_practices()
    yield index
    cache.clear()


def test_the_search_page_has_no_serious_accessibility_violations(page, live_server, practice_index):
    failures = {}
    for path in ("/en/practices/", "/en/practices/?q=rotaton&region=EUR", "/en/practices/?q=zeppelin&year=abc"):
        page.goto(live_server.url + path)
        violations = serious_violations(page)
        record_result(f"practice search: {path}", violations)
        if violations:
            failures[path] = violations
    assert not failures, json.dumps(failures, indent=2)


def test_with_script_a_facet_applies_at_once_keeping_focus_and_announcing_the_count(page, live_server, practice_index):
    page.goto(f"{live_server.url}/en/practices/")
    assert page.locator("#practice-filters").get_attribute("open") is not None  # a wide screen shows the filters
    assert not page.get_by_role("button", name="Apply filters").is_visible()
    everything = page.locator("#results-heading").inner_text()

    page.get_by_role("group", name="Region").get_by_label("West and Central Africa").check()
    page.wait_for_url("**/en/practices/?*region=WCA*")
    page.get_by_role("status").filter(has_text="3 practices").wait_for()
    assert page.locator("#results-heading").inner_text() == "3 practices"
    assert page.locator("#practice-filters .filter-panel__count").inner_text() == "1 active"
    assert page.evaluate("document.activeElement.name + '=' + document.activeElement.value") == "region=WCA"
    assert page.get_by_role("link", name="Remove filter Region: West and Central Africa").is_visible()

    page.go_back()
    page.locator("#results-heading", has_text=everything).wait_for()

    page.get_by_label("Search practices").press_sequentially("Electronic pa", delay=30)
    options = page.locator("#practice-search-completions option")
    options.first.wait_for(state="attached")
    assert "Electronic payment of duties" in [options.nth(i).get_attribute("value") for i in range(options.count())]


def test_without_script_a_phone_shows_results_first_and_one_apply_button(browser, live_server, practice_index):
    context = browser.new_context(viewport={"width": 375, "height": 812}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/practices/")
    assert page.locator("#practice-filters").get_attribute("open") is None
    assert page.locator(".listing-results article").first.bounding_box()["y"] < 1.5 * 812

    page.get_by_text("Filters and sorting").click()
    page.get_by_role("group", name="Region").get_by_label("West and Central Africa").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/en/practices/?*region=WCA*")
    assert page.locator("#results-heading").inner_text() == "3 practices"
    assert page.locator(".filter-panel__count").inner_text() == "1 active"
    context.close()


def test_the_api_docs_render_from_our_own_origin(page, live_server, practice_index):
    page.goto(f"{live_server.url}/api/docs")
    page.get_by_text("/api/practices/search").first.wait_for()
    assert page.get_by_text("Integrity Hub API").first.is_visible()

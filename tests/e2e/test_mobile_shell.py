"""The header and home page on phones and desktops, in English, French and Spanish, in a real browser.

- The closed header takes at most a quarter of a phone screen (320 and 375
  px wide), no page is wider than its viewport, and the header's links and
  buttons are at least 24 px tall.
- The menu (a <details>) opens without JavaScript, and with JavaScript
  reports aria-expanded and closes on Escape; on a desktop it is open.
- The home hero offers each role its own primary action.
- axe finds no serious or critical violation on the home page and the
  staff pattern page in any language.
"""

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.e2e.axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ("en", "fr", "es")
PHONES = ((320, 640), (375, 812))
WIDTHS = ((320, 640), (375, 812), (768, 1024), (1280, 900))
DEMO_EMAIL = "{role}@integrityhub.example"
HERO_TARGETS = {"learner": "/learn/", "coordinator": "/knowledge-base/practices/new/", "editor": "/admin/"}
MIN_TAP = 24


@pytest.fixture
def demo_site(demo_rows, transactional_db, live_server):
    """The demo site, fresh for each test (restored by serialized_rollback from the module's demo_rows)."""
    return live_server.url


def sign_in(context, base_url, role):
    """Give the browser the session of the demo account for `role` (logging in through the form is tested elsewhere)."""
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(email=DEMO_EMAIL.format(role=role)))
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base_url}])


def header_facts(page):
    return page.evaluate(
        """(minTap) => {
            const header = document.querySelector('.site-header');
            const targets = [...header.querySelectorAll('a, button, summary, input')]
                .filter(element => element.offsetParent !== null)
                .map(element => ({
                    text: element.textContent.trim() || element.name,
                    height: element.getBoundingClientRect().height,
                }));
            return {
                height: header.getBoundingClientRect().height,
                pageWidth: document.documentElement.scrollWidth,
                small: targets.filter(target => target.height < minTap),
            };
        }""",
        MIN_TAP,
    )


def test_the_header_fits_every_width_in_every_language(browser, demo_site):
    for width, height in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        for language in LANGUAGES:
            page.goto(f"{demo_site}/{language}/")
            facts = header_facts(page)
            where = f"{language} at {width} px"
            assert facts["pageWidth"] <= width, f"{where}: the page is {facts['pageWidth']} px wide"
            assert not facts["small"], f"{where}: tap targets under {MIN_TAP} px: {facts['small']}"
            if (width, height) in PHONES:
                assert facts["height"] <= height / 4, f"{where}: the header takes {facts['height']} px"
                page.locator(".site-menu__toggle").click()
                assert page.locator(".site-menu__panel .site-nav").is_visible()
                assert header_facts(page)["pageWidth"] <= width, f"{where}: the open menu overflows"
            else:
                assert page.locator(".language-switcher").is_visible() if width >= 1024 else True
        context.close()


def test_the_menu_opens_without_javascript_and_reports_its_state_with_it(browser, demo_site):
    for javascript in (False, True):
        context = browser.new_context(viewport={"width": 375, "height": 812}, java_script_enabled=javascript)
        page = context.new_page()
        page.goto(f"{demo_site}/fr/")
        toggle = page.locator(".site-menu__toggle")
        search = page.get_by_label("Rechercher sur le site")
        assert not search.is_visible()
        toggle.click()
        assert search.is_visible(), f"menu did not open (JavaScript {'on' if javascript else 'off'})"
        if javascript:
            # site-menu.js reports the state on the toggle event, after the menu has changed: wait for it.
            expect(toggle).to_have_attribute("aria-expanded", "true")
            page.keyboard.press("Escape")
            expect(search).to_be_hidden()
            expect(toggle).to_have_attribute("aria-expanded", "false")
        context.close()


def test_the_home_hero_offers_each_role_its_primary_action(browser, demo_site):
    for role, target in HERO_TARGETS.items():
        context = browser.new_context(viewport={"width": 375, "height": 812})
        sign_in(context, demo_site, role)
        page = context.new_page()
        page.goto(f"{demo_site}/en/")
        action = page.locator("[data-primary-action]")
        assert action.count() == 1
        assert action.get_attribute("href").endswith(target), role
        box = action.bounding_box()
        assert box["y"] + box["height"] <= 812, f"{role}: the primary action is below the fold"
        context.close()


def test_home_and_pattern_page_have_no_serious_accessibility_violation(browser, demo_site):
    failures = {}
    for width, height in ((375, 812), (1280, 900)):
        context = browser.new_context(viewport={"width": width, "height": height})
        sign_in(context, demo_site, "editor")
        page = context.new_page()
        for language in LANGUAGES:
            for name, path in (("home", f"/{language}/"), ("patterns", f"/{language}/patterns/")):
                assert page.goto(demo_site + path).status == 200
                violations = serious_violations(page)
                if violations:
                    failures[f"{name} {language} {width}"] = violations
        context.close()
    assert not failures, failures

"""In a real browser: a coordinator formats a practice with the toolbar, by mouse and by keyboard, and saves it."""

import re

import pytest

from accounts.factories import KNOWN_PASSWORD
from home.factories import build_site
from knowledgebase.factories import PracticeIndexPageFactory, make_coordinator
from knowledgebase.models import PracticePage
from tests.e2e.axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def coordinator(transactional_db, live_server):
    home, _french_home = build_site()
    PracticeIndexPageFactory(parent=home, slug="practices", title="Best practices")
    return make_coordinator(email="ingrid@customs.example", first_name="Ingrid")


def log_in(page, live_server, email):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(KNOWN_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_a_coordinator_formats_text_with_the_toolbar_and_saves(page, live_server, coordinator):
    log_in(page, live_server, coordinator.email)
    page.goto(f"{live_server.url}/en/knowledge-base/practices/new/")
    page.get_by_label("Title").fill("Random assignment of inspectors")
    page.get_by_label("Main key factor").select_option("4")

    problem = page.get_by_role("textbox", name="The problem", exact=True)
    assert page.locator("textarea[name=problem]").is_hidden()
    toolbar = page.get_by_role("toolbar", name="Formatting: The problem")
    problem.click()
    toolbar.get_by_role("button", name="Bold").click()
    assert toolbar.get_by_role("button", name="Bold").get_attribute("aria-pressed") == "true"
    page.keyboard.type("Inspectors")
    toolbar.get_by_role("button", name="Bold").click()
    page.keyboard.type(" chose their consignments.")

    # By keyboard only: Tab from the text to the next toolbar, arrows along it, Enter to press.
    actions = page.get_by_role("textbox", name="What was done", exact=True)
    actions_toolbar = page.get_by_role("toolbar", name="Formatting: What was done")
    page.keyboard.press("Tab")
    assert actions_toolbar.get_by_role("button", name="Bold").evaluate("button => button === document.activeElement")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Bulleted list"
    page.keyboard.press("Enter")
    assert actions.evaluate("area => area === document.activeElement")
    page.keyboard.type("Assignment moved into the system")
    page.keyboard.press("Enter")
    page.keyboard.type("Inspectors were told why")

    assert serious_violations(page) == []
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r"/my-practices/"))

    practice = PracticePage.objects.get()
    assert "<b>Inspectors</b> chose their consignments." in practice.problem
    assert "<ul><li>Assignment moved into the system</li><li>Inspectors were told why</li></ul>" in practice.actions

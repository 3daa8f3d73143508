"""axe-core finds no serious or critical violation on the guide and practice exchange pages."""

import json

import pytest
from django.core.management import call_command

from home.management.commands.load_demo_content import DEFAULT_DEMO_PASSWORD
from knowledgebase.models import GuidePage, GuideSectionPage, PracticePage
from tests.e2e.axe import record_result, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

COORDINATOR_PAGES = {
    "practice form": "/en/knowledge-base/practices/new/",
    "my practices": "/en/knowledge-base/my-practices/",
    "my bookmarks": "/en/knowledge-base/my-bookmarks/",
}


@pytest.fixture
def demo_site(transactional_db, live_server, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("load_demo_content", verbosity=0)


def public_pages():
    guide = GuidePage.objects.get(locale__language_code="en")
    french_guide = GuidePage.objects.get(locale__language_code="fr")
    worksheet_section = GuideSectionPage.objects.get(locale__language_code="en", slug="leadership-and-commitment")
    practice = PracticePage.objects.get(external_id="bp-0005")
    return {
        "guide": guide.url,
        "guide [fr]": french_guide.url,
        "guide chapter": guide.get_children().first().url,
        "guide section with worksheet": worksheet_section.url,
        "printable guide": f"{guide.url}print/",
        "practice listing": "/en/practices/",
        "practice listing [fr]": "/fr/bonnes-pratiques/",
        "practice": practice.url,
    }


def assert_accessible(page, url, name):
    response = page.goto(url)
    assert response.status == 200, url
    violations = serious_violations(page)
    record_result(name, violations)
    assert not violations, f"{name} ({url}):\n{json.dumps(violations, indent=2)}"


def test_guide_and_practice_pages_have_no_serious_violations(page, live_server, demo_site):
    for name, path in public_pages().items():
        assert_accessible(page, live_server.url + path, name)


def test_coordinator_pages_have_no_serious_violations(page, live_server, demo_site):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.fill("input[name=login]", "coordinator@integrityhub.example")
    page.fill("input[name=password]", DEFAULT_DEMO_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    pages = {**COORDINATOR_PAGES, "practice with comments": PracticePage.objects.get(external_id="bp-0005").url}
    for name, path in pages.items():
        assert_accessible(page, live_server.url + path, name)

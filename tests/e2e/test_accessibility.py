"""axe-core finds no serious or critical accessibility violations on any page type, in English and French."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from accounts.models import User
from accounts.roles import EDITORS
from tests.e2e.axe import record_result, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PUBLIC_PAGES = {
    "home": "/{language}/",
    "standard page": {"en": "/en/about/", "fr": "/fr/a-propos/"},
    "login": "/{language}/accounts/login/",
    "sign-up": "/{language}/accounts/signup/",
    "password reset": "/{language}/accounts/password/reset/",
}
SIGNED_IN_PAGES = {
    "profile": "/{language}/profile/",
    "account deletion": "/{language}/profile/delete/",
    "two-factor setup": "/{language}/profile/two-factor/",
}
PASSWORD = "a-long-password-for-axe"


@pytest.fixture
def demo_site(transactional_db, live_server):
    call_command("load_demo_content", verbosity=0)


def path_for(template, language):
    return template[language] if isinstance(template, dict) else template.format(language=language)


def check_pages(page, live_server, pages, language):
    """axe every page type in one test: the demo site is built once, not once per page."""
    failures = {}
    for page_type, template in pages.items():
        url = live_server.url + path_for(template, language)
        response = page.goto(url)
        assert response.status == 200, url
        violations = serious_violations(page)
        record_result(f"{page_type} [{language}]", violations)
        if violations:
            failures[url] = violations
    assert not failures, json.dumps(failures, indent=2)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_public_pages_have_no_serious_violations(page, live_server, demo_site, language):
    check_pages(page, live_server, PUBLIC_PAGES, language)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_signed_in_pages_have_no_serious_violations(page, live_server, demo_site, language):
    editor = User.objects.create_user(email="axe-editor@example.org", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("input[name=login]", editor.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    check_pages(page, live_server, SIGNED_IN_PAGES, language)

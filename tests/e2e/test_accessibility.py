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


def assert_accessible(page, url, name):
    response = page.goto(url)
    assert response.status == 200, url
    violations = serious_violations(page)
    record_result(name, violations)
    assert not violations, f"{name} ({url}):\n{json.dumps(violations, indent=2)}"


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("page_type", PUBLIC_PAGES)
def test_public_pages_have_no_serious_violations(page, live_server, demo_site, page_type, language):
    url = live_server.url + path_for(PUBLIC_PAGES[page_type], language)
    assert_accessible(page, url, f"{page_type} [{language}]")


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("page_type", SIGNED_IN_PAGES)
def test_signed_in_pages_have_no_serious_violations(page, live_server, demo_site, page_type, language):
    editor = User.objects.create_user(email="axe-editor@example.org", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("input[name=login]", editor.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    url = live_server.url + path_for(SIGNED_IN_PAGES[page_type], language)
    assert_accessible(page, url, f"{page_type} [{language}]")

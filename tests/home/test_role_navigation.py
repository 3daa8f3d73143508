"""The header offers each signed-in role its own places, and nobody a link for a role they lack;
the home page offers one primary action per role; signing in lands on the role's page."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.factories import KNOWN_PASSWORD, PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import COORDINATORS, EDITORS, LEARNERS, MODERATORS
from home.factories import StandardPageFactory, build_site
from home.models import SiteSettings
from knowledgebase.factories import PracticeIndexPageFactory

EVERY_LINK = {"learning", "share", "my-practices", "bookmarks", "reports", "moderation", "admin", "profile"}
LINKS_BY_ROLE = {
    "learner": {"learning", "profile"},
    "coordinator": {"learning", "share", "my-practices", "bookmarks", "reports", "profile"},
    "moderator": {"learning", "bookmarks", "reports", "moderation", "profile"},
    "editor": {"learning", "bookmarks", "reports", "admin", "profile"},
}


@pytest.fixture
def site(db, without_page_cache):
    cache.clear()
    english_home, _ = build_site()
    SiteSettings.objects.create(site=english_home.get_site(), contact_email="hub@customs.example")
    StandardPageFactory(parent=english_home, slug="about")
    yield english_home
    cache.clear()


def person(role):
    if role == "learner":
        return add_to_role(UserFactory(), LEARNERS)
    if role == "coordinator":
        return add_to_role(UserFactory(administration=PartnerAdministrationFactory()), COORDINATORS)
    if role == "moderator":
        return add_to_role(UserFactory(is_staff=True), MODERATORS)
    return add_to_role(UserFactory(is_staff=True), EDITORS)


def account_links(html):
    nav = html.split('<nav class="account-links"', 1)[1].split("</nav>", 1)[0]
    return set(re.findall(r'data-link="([a-z-]+)"', nav))


@pytest.mark.parametrize("role", LINKS_BY_ROLE)
def test_each_role_sees_its_links_and_no_other_roles(client, site, role):
    client.force_login(person(role))
    links = account_links(client.get("/en/about/").content.decode())
    assert links == LINKS_BY_ROLE[role]
    assert not (EVERY_LINK - LINKS_BY_ROLE[role]) & links


def test_a_coordinator_without_an_administration_has_no_reports_link(client, site):
    client.force_login(add_to_role(UserFactory(), COORDINATORS))
    assert "reports" not in account_links(client.get("/en/about/").content.decode())


def test_a_visitor_sees_log_in_and_sign_up_only(client, site):
    html = client.get("/en/about/").content.decode()
    nav = html.split('<nav class="account-links"', 1)[1].split("</nav>", 1)[0]
    assert account_links(html) == set()
    assert "Log in" in nav and "Sign up" in nav and "Log out" not in nav


def test_one_role_never_receives_another_roles_links_from_a_shared_fragment(client, site):
    client.force_login(person("editor"))
    assert "admin" in account_links(client.get("/en/about/").content.decode())
    client.force_login(person("learner"))
    assert account_links(client.get("/en/about/").content.decode()) == LINKS_BY_ROLE["learner"]


@pytest.mark.parametrize("role", LINKS_BY_ROLE)
def test_role_links_read_the_groups_once_with_the_restrictions(client, site, role):
    """The links come from the one groups read the page makes anyway, not a query of their own."""
    client.force_login(person(role))
    client.get("/en/about/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/about/").status_code == 200
    # The editing bar's permission checks join groups too; those are Wagtail's, not a read of the roles.
    group_reads = [
        query["sql"]
        for query in captured.captured_queries
        if '"auth_group"' in query["sql"] and "permission" not in query["sql"]
    ]
    assert len(group_reads) == 1, group_reads


PRIMARY_ACTION = re.compile(r'<a class="button button--large" href="([^"]+)" data-primary-action>')


@pytest.mark.parametrize(
    ("role", "target"),
    [
        (None, "/en/accounts/signup/"),
        ("learner", "/en/learn/"),
        ("coordinator", "/en/knowledge-base/practices/new/"),
        ("moderator", "/admin/"),
        ("editor", "/admin/"),
    ],
)
def test_the_home_hero_offers_one_primary_action_per_role(client, site, role, target):
    if role:
        client.force_login(person(role))
    html = client.get("/en/").content.decode()
    assert PRIMARY_ACTION.findall(html) == [target]


@pytest.mark.parametrize(
    ("role", "landing"),
    [("learner", "/en/learn/"), ("coordinator", "/en/knowledge-base/my-practices/"), ("editor", "/admin/")],
)
def test_logging_in_lands_on_the_roles_page_not_the_profile_form(client, site, role, landing):
    user = person(role)
    response = client.post("/en/accounts/login/", {"login": user.email, "password": KNOWN_PASSWORD})
    assert response.status_code == 302
    assert response.url == landing


def test_a_page_that_asked_for_login_still_wins(client, site):
    user = person("coordinator")
    response = client.post("/en/accounts/login/?next=/en/about/", {"login": user.email, "password": KNOWN_PASSWORD})
    assert response.url == "/en/about/"


def test_key_factor_cards_link_to_the_practice_listing_filtered_by_their_factor(client, site):
    PracticeIndexPageFactory(parent=site, slug="practices")
    html = client.get("/en/").content.decode()
    assert 'href="/en/practices/?key_factor=1"' in html
    assert html.count('class="key-factor-icon"') == 10

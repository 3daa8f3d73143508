"""Every URL pattern, asked by every role: the status each one gets is the one the matrix expects.

The matrix itself lives in `authorization_matrix.py`; the people and objects
in `authorization_scenario.py`. Each cell runs inside a savepoint that is
rolled back, so a POST that succeeds (a withdrawal, a deletion) leaves the
scenario intact for the next cell. The number of cells checked goes to
$TEST_ARTIFACTS_DIR/matrix-summary.json for CI's closing summary.
"""

import json
import os
import string
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from wagtail.models import get_page_models

from tests.platform.authorization_matrix import LOGIN, MATRIX
from tests.platform.authorization_scenario import ROLES, build_scenario

pytestmark = pytest.mark.django_db

PROJECT_PACKAGES = ("accounts", "elearning", "home", "knowledgebase", "search", "integrityhub")
WAGTAIL_ADMIN_PREFIX = "admin/"


def view_module(pattern):
    callback = pattern.callback
    return getattr(getattr(callback, "view_class", callback), "__module__", "")


def project_url_patterns(resolver=None, prefix=""):
    """(route, pattern) for every URL pattern, its route joined to its resolvers' as `resolve()` joins them."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        own_route = str(pattern.pattern)
        route = prefix + (own_route.removeprefix("^") if prefix else own_route)
        if isinstance(pattern, URLResolver):
            yield from project_url_patterns(pattern, route)
        else:
            yield route, pattern


def needs_a_row(route, pattern):
    """Wagtail's own admin views are sampled; every other pattern needs a row of its own."""
    if route.startswith(WAGTAIL_ADMIN_PREFIX):
        return view_module(pattern).startswith(PROJECT_PACKAGES)
    return True


def template_fields(template):
    return {name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name}


def signed_in_clients(users):
    """One client per role, logged in once; the cookies are kept to restore after each cell."""
    clients = {}
    for role, user in users.items():
        client = Client(raise_request_exception=False)
        if user is not None:
            client.force_login(user)
        clients[role] = (client, SimpleCookie(client.cookies.output(header="", sep="\n")))
    return clients


def is_login_redirect(response):
    return response.status_code == 302 and urlsplit(response["Location"]).path.rstrip("/").endswith("login")


def observed(client, saved_cookies, method, url):
    """What one role gets for one request; whatever the request changed is rolled back."""
    with transaction.atomic():
        response = client.generic(method, url)
        transaction.set_rollback(True)
    client.cookies = SimpleCookie(saved_cookies.output(header="", sep="\n"))
    return LOGIN if is_login_redirect(response) else response.status_code


def run_matrix(scenario):
    """[(row, url, {role: observed status})] for every row of the matrix."""
    clients = signed_in_clients(scenario.users)
    results = []
    for matrix_row in MATRIX:
        url = matrix_row.url.format(**scenario.values)
        statuses = {role: observed(*clients[role], matrix_row.method, url) for role in ROLES}
        results.append((matrix_row, url, statuses))
    return results


def record_summary(cells, patterns):
    folder = Path(os.environ.get("TEST_ARTIFACTS_DIR", "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "matrix-summary.json").write_text(json.dumps({"cells": cells, "patterns": patterns}), encoding="utf-8")


def test_every_role_gets_the_expected_status_from_every_url_pattern():
    scenario = build_scenario()
    results = run_matrix(scenario)

    mismatches = [
        f"{matrix_row.method} {url}: {role} expected {expected}, got {statuses[role]}"
        for matrix_row, url, statuses in results
        for role, expected in zip(ROLES, matrix_row.expected, strict=True)
        if statuses[role] != expected
    ]
    assert not mismatches, "\n".join(mismatches)

    reached = {resolve(urlsplit(url).path).route for _row, url, _statuses in results}
    required = {route for route, pattern in project_url_patterns() if needs_a_row(route, pattern)}
    unlisted = sorted(required - reached)
    assert not unlisted, "unlisted URL pattern(s), add them to tests/platform/authorization_matrix.py:\n" + "\n".join(
        unlisted
    )
    cells = len(results) * len(ROLES)
    record_summary(cells, len(reached))
    print(f"\nauthorisation matrix: {cells} cells over {len(reached)} URL patterns")


def test_every_page_type_has_a_row():
    """A new page type needs its own row: Wagtail serves them all through one pattern."""
    scenario = build_scenario()
    used = set().union(*(template_fields(matrix_row.url) for matrix_row in MATRIX))
    covered = {scenario.page_types[name] for name in used if name in scenario.page_types}
    project_page_types = {model for model in get_page_models() if model.__module__.startswith(PROJECT_PACKAGES)}
    missing = sorted(model.__name__ for model in project_page_types - covered)
    assert not missing, f"page types without a row in the authorisation matrix: {missing}"


def test_a_coordinator_reports_only_on_their_own_administration(client):
    """Coordinator B may open the reports, but they must not show administration A's learner."""
    scenario = build_scenario()
    learner_email = scenario.users["learner"].email
    report_urls = [
        "/en/learn/reports/courses/{course_key}/",
        "/en/learn/reports/export.csv",
        "/en/learn/reports/courses/{course_key}/export.csv",
    ]
    for template in report_urls:
        url = template.format(**scenario.values)
        client.force_login(scenario.users["coordinator_a"])
        assert learner_email in client.get(url).content.decode(), url
        client.force_login(scenario.users["coordinator_b"])
        response = client.get(url)
        assert response.status_code == 200, url
        assert learner_email not in response.content.decode(), url


EXCHANGE_ROLES = {"coordinator_a", "coordinator_b", "moderator", "editor"}
# Listing -> the roles that find the coordinators-only practice in it. Everyone finds the public one.
# (The search pages depend on an index; tests/search checks what they show, on both engines.)
LISTINGS = {
    "/sitemap.xml": set(),
    "/en/knowledge-base/feed/": set(),
    "/en/knowledge-base/api/practices/": EXCHANGE_ROLES,
}


def test_listings_show_the_coordinators_only_practice_to_the_exchange_alone(client):
    """Lists, feeds and searches answer 200 to everyone, so what they contain is the permission."""
    scenario = build_scenario()
    public_path = urlsplit(scenario.values["public_practice"]).path
    private_path = urlsplit(scenario.values["private_practice"]).path
    wrong = []
    for url, roles_that_see_it in LISTINGS.items():
        for role in ROLES:
            client.logout()
            if scenario.users[role]:
                client.force_login(scenario.users[role])
            body = client.get(url).content.decode()
            if public_path not in body or (private_path in body) != (role in roles_that_see_it):
                wrong.append(f"{url} as {role}: public {public_path in body}, private {private_path in body}")
    assert not wrong, "\n".join(wrong)

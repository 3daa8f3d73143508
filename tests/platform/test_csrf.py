"""No state-changing request gets through without a CSRF token.

Every URL of the authorisation matrix (which reaches every URL pattern) is
POSTed without a token, signed out and signed in as the owner of the
objects, and must be refused by the CSRF check before its view runs. The
matrix shows which of these views accept a POST with a token; this test shows
that none accepts one without. No view may opt out with `csrf_exempt`,
except Django REST framework views (Wagtail's admin API, wagtail-localize's
editor): DRF exempts them from the middleware because its session
authentication runs the same CSRF check itself, which the last test shows;
and the read-only endpoints listed below, which answer a POST with 405.
"""

from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import resolve
from rest_framework.views import APIView

from knowledgebase.forms import new_submission_token
from tests.platform.authorization_matrix import MATRIX
from tests.platform.authorization_scenario import build_scenario
from tests.platform.test_authorization_matrix import project_url_patterns

pytestmark = pytest.mark.django_db

CSRF_FAILURE_TEXT = "CSRF verification failed"
# Exempt from the CSRF check, and why it is safe: nothing there changes state.
GET_ONLY_EXEMPT_ROUTES = {
    "api/practices/search": "the practice search API (django-ninja): read-only, GET only",
    "api/practices/autocomplete": "search suggestions (django-ninja): read-only, GET only",
}


def refused_for_csrf(response):
    return response.status_code == 403 and CSRF_FAILURE_TEXT in response.content.decode()


def checks_csrf_itself(view):
    """Django REST framework views: exempt from the middleware, checked by DRF's session authentication."""
    view_class = getattr(view, "cls", None)
    return isinstance(view_class, type) and issubclass(view_class, APIView)


def test_no_view_is_exempt_from_csrf():
    exempt = sorted(
        route
        for route, pattern in project_url_patterns()
        if getattr(pattern.callback, "csrf_exempt", False)
        and not checks_csrf_itself(pattern.callback)
        and route not in GET_ONLY_EXEMPT_ROUTES
    )
    assert not exempt, "views exempt from CSRF checks:\n" + "\n".join(exempt)


def test_every_url_refuses_a_post_without_a_csrf_token():
    scenario = build_scenario()
    anonymous = Client(enforce_csrf_checks=True)
    owner = Client(enforce_csrf_checks=True)
    owner.force_login(scenario.users["coordinator_a"])
    accepted = []
    for matrix_row in MATRIX:
        url = matrix_row.url.format(**scenario.values)
        get_only = resolve(urlsplit(url).path).route in GET_ONLY_EXEMPT_ROUTES
        for who, client in (("anonymous", anonymous), ("coordinator A", owner)):
            response = client.post(url, {"body": "A comment", "action": "submit"})
            if not (response.status_code == 405 if get_only else refused_for_csrf(response)):
                accepted.append(f"{url} as {who}: {response.status_code}")
    assert not accepted, "POST without a CSRF token not refused:\n" + "\n".join(accepted)


def test_the_same_post_with_a_token_reaches_the_view():
    """The control: what is refused above is the missing token, not the request."""
    scenario = build_scenario()
    client = Client(enforce_csrf_checks=True)
    client.force_login(scenario.users["coordinator_a"])
    practice = scenario.values["public_practice"]
    client.get(practice)
    token = client.cookies["csrftoken"].value
    url = "/en/knowledge-base/practices/{public_practice_id}/comments/".format(**scenario.values)
    form = {"body": "A comment", "submission_token": new_submission_token(), "csrfmiddlewaretoken": token}
    response = client.post(url, form)
    assert response.status_code == 302
    assert "#comment-" in response["Location"]


def test_the_admin_api_checks_csrf_itself():
    scenario = build_scenario()
    client = Client(enforce_csrf_checks=True)
    client.force_login(scenario.users["editor"])
    url = "/admin/api/main/pages/{public_practice_id}/action/unpublish/".format(**scenario.values)
    response = client.post(url, {}, content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]

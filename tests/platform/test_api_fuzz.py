"""The JSON API fuzzed from its own OpenAPI schema: no input makes it fail on the server.

Schemathesis reads /api/openapi.json, generates valid and invalid requests
for every operation (odd strings, out-of-range numbers, repeated and missing
parameters) and sends them through Django's WSGI application, as an
anonymous visitor and as a signed-in coordinator. Every response must be a
non-5xx that matches the schema's documented status codes and shapes.
"""

import pytest
import schemathesis
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from knowledgebase.factories import PracticeIndexPageFactory, PracticePageFactory, make_coordinator
from knowledgebase.models import Visibility
from tests.knowledgebase.conftest import _fresh_cache, home  # noqa: F401 - shared fixtures


@pytest.fixture
def api_schema(db, home):  # noqa: F811 - the shared fixture is used here
    index = PracticeIndexPageFactory(parent=home, slug="practices")
    PracticePageFactory(parent=index, title="Staff rotation at border posts", summary="Rotation every two years.")
    PracticePageFactory(
        parent=index,
        title="Lifestyle audits of officers",
        summary="Checks of declared wealth.",
        visibility=Visibility.COORDINATORS,
    )
    return schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture(autouse=True)
def _keep_the_test_transaction_open():
    """Requests go through the real WSGI handler, whose request signals close
    old database connections: that would close the test's transaction (on
    PostgreSQL). Django's test client disconnects the same receiver."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


@pytest.fixture
def coordinator_cookies(db):
    client = Client()
    client.force_login(make_coordinator(email="fuzz-coordinator@customs.example"))
    return {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}


@schema.parametrize()
@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
def test_the_api_answers_every_generated_request_without_a_server_error(case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@hypothesis_settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
def test_the_api_answers_a_signed_in_coordinator_without_a_server_error(case, coordinator_cookies):
    case.call_and_validate(checks=CHECKS, cookies=coordinator_cookies)

"""`load_demo_content` on a database it has not seen before: earlier accounts, an env password, a failing step."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from wagtail import hooks

from home.demo import DEMO_CONTENT_HOOK, demo_step
from home.models import HomePage
from tests.home.demo_helpers import load_demo, log_in, snapshot


@pytest.fixture(autouse=True)
def _fresh_cache_and_password(monkeypatch):
    """Wagtail caches site root paths; a previous test's pages must not leak in."""
    cache.clear()
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    yield
    cache.clear()


@pytest.mark.django_db
def test_earlier_accounts_keep_their_password_and_new_ones_get_the_environments(client, monkeypatch):
    # One load for both rules: the whole demo takes seconds to build.
    get_user_model().objects.create_superuser("admin@integrityhub.example", "made-by-createsuperuser-1")
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-secret-42")

    output = load_demo()

    assert "another-demo-secret-42" in output
    response, user_id = log_in(client, "admin@integrityhub.example", "made-by-createsuperuser-1")
    assert response.status_code == 302
    assert user_id is not None
    client.logout()
    response, user_id = log_in(client, "learner@integrityhub.example", "another-demo-secret-42")
    assert response.status_code == 302
    assert user_id is not None
    client.logout()
    _response, user_id = log_in(client, "admin@integrityhub.example", "another-demo-secret-42")
    assert user_id is None


@pytest.mark.django_db
def test_a_failing_step_leaves_the_database_as_it_was():
    before = snapshot()

    # After the site shell, its pages and the demo accounts (orders 5-70), before the course and the guide:
    # everything written by then is rolled back, without building the whole demo.
    @demo_step(order=75)
    def broken_step(context):
        raise RuntimeError("broken demo step")

    with hooks.register_temporarily(DEMO_CONTENT_HOOK, broken_step), pytest.raises(RuntimeError):
        load_demo()

    assert snapshot() == before
    assert not HomePage.objects.exists()

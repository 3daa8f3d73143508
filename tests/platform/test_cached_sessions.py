"""Sessions read from the shared cache, written through to the database (integrityhub/cached_sessions.py)."""

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.factories import UserFactory
from integrityhub.cached_sessions import SessionStore, _CappedTimeouts
from tests.platform.test_settings import PRODUCTION_ENVIRONMENT, run_manage
from tests.platform.test_shared_cache import redis_cache

CACHED_SESSIONS = "integrityhub.cached_sessions"
DATABASE_SESSIONS = "django.contrib.sessions.backends.db"


@pytest.mark.parametrize(
    ("redis_url", "engine"), [("", DATABASE_SESSIONS), ("redis://cache.internal:6379/0", CACHED_SESSIONS)]
)
def test_production_reads_sessions_from_the_cache_only_with_redis(redis_url, engine):
    """A per-process cache would keep a session another process ended (logout) readable."""
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SESSION_ENGINE)",
        environment=dict(PRODUCTION_ENVIRONMENT, REDIS_URL=redis_url),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == engine


def session_queries(queries):
    return [query["sql"] for query in queries.captured_queries if "django_session" in query["sql"]]


@pytest.mark.django_db
@override_settings(SESSION_ENGINE=CACHED_SESSIONS)
def test_a_signed_in_request_reads_no_session_row_and_the_row_is_still_written(client):
    user = UserFactory()
    client.force_login(user)
    assert Session.objects.filter(session_key=client.session.session_key).exists(), "written through"

    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("accounts:profile"))

    assert response.status_code == 200
    assert response.context["user"] == user
    assert session_queries(queries) == []


@pytest.mark.django_db
@override_settings(SESSION_ENGINE=CACHED_SESSIONS)
def test_a_session_lost_from_the_cache_is_read_from_the_database(client):
    user = UserFactory()
    client.force_login(user)
    key = client.session.session_key
    SessionStore(key)._cache.delete(SessionStore.cache_key_prefix + key)  # evicted, or Redis restarted

    response = client.get(reverse("accounts:profile"))

    assert response.status_code == 200
    assert response.context["user"] == user


@pytest.mark.django_db
@override_settings(SESSION_ENGINE=CACHED_SESSIONS)
def test_after_logout_the_old_session_signs_nobody_in(client):
    client.force_login(UserFactory())
    old_key = client.session.session_key
    client.post(reverse("account_logout"))

    client.cookies["sessionid"] = old_key
    response = client.get(reverse("accounts:profile"))

    assert response.status_code == 302
    assert not Session.objects.filter(session_key=old_key).exists()


@pytest.mark.redis
@override_settings(SESSION_CACHE_SECONDS=120)
def test_a_sessions_copy_in_redis_lives_at_most_session_cache_seconds(redis_server):
    shared = redis_cache(redis_server)
    capped = _CappedTimeouts(shared, 120)

    capped.set("session-a", {"_auth_user_id": "1"}, 14 * 24 * 3600)
    capped.set("session-b", {"_auth_user_id": "2"}, 30)

    client = shared._cache.get_client(None)
    assert 0 < client.ttl(shared.make_and_validate_key("session-a")) <= 120
    assert 0 < client.ttl(shared.make_and_validate_key("session-b")) <= 30
    assert capped.get("session-a") == {"_auth_user_id": "1"}

"""django-axes locks an account, not an address, after repeated failed logins."""

import pytest
from django.conf import settings

from accounts.factories import KNOWN_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

AXES_LOCKOUT_STATUS = 429


def log_in(client, email, password):
    return client.post("/en/accounts/login/", {"login": email, "password": password})


def fail_until_locked(client, email):
    return [log_in(client, email, "wrong-password").status_code for _ in range(settings.AXES_FAILURE_LIMIT)]


def test_the_attempt_after_five_failures_is_refused_even_with_the_right_password(client):
    assert settings.AXES_FAILURE_LIMIT == 5
    user = UserFactory()

    statuses = fail_until_locked(client, user.email)
    response = log_in(client, user.email, KNOWN_PASSWORD)

    assert statuses[:-1] == [200] * 4
    assert statuses[-1] == AXES_LOCKOUT_STATUS
    assert response.status_code == AXES_LOCKOUT_STATUS
    assert "_auth_user_id" not in client.session
    html = response.content.decode()
    assert "Account temporarily locked" in html
    assert "blocked after 5 failed attempts" in html
    assert "1\xa0hour" in html
    assert html.count("<h1") == 1
    assert 'class="site-header"' in html


def test_the_lock_counts_an_email_typed_in_capitals_as_the_same_account(client):
    user = UserFactory(email="mixed@customs.example")

    fail_until_locked(client, "MIXED@customs.example")

    assert log_in(client, user.email, KNOWN_PASSWORD).status_code == AXES_LOCKOUT_STATUS


def test_another_account_behind_the_same_address_can_still_log_in(client):
    locked = UserFactory()
    colleague = UserFactory()
    fail_until_locked(client, locked.email)

    response = log_in(client, colleague.email, KNOWN_PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(colleague.pk)


def test_a_successful_login_resets_the_count(client):
    user = UserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, user.email, "wrong-password")
    log_in(client, user.email, KNOWN_PASSWORD)
    client.post("/en/accounts/logout/")

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, user.email, "wrong-password").status_code == 200
    assert log_in(client, user.email, KNOWN_PASSWORD).status_code == 302

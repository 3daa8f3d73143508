"""People delete their own account after confirming their password."""

import pytest
from django.db.models import ProtectedError
from django.test import Client

from accounts.factories import KNOWN_PASSWORD, UserFactory
from accounts.models import User
from home.factories import build_site

pytestmark = pytest.mark.django_db


def test_the_confirmation_page_asks_for_the_password(client):
    client.force_login(UserFactory())

    response = client.get("/en/profile/delete/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_password">' in html
    assert 'type="password"' in html
    assert html.count("<h1") == 1


def test_the_right_password_deletes_the_account_and_logs_out(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post("/fr/profile/delete/", {"password": KNOWN_PASSWORD})

    assert response.status_code == 302
    assert response.url == "/fr/"
    assert not User.objects.filter(pk=user.pk).exists()
    assert "_auth_user_id" not in client.session
    assert client.get("/fr/profile/").status_code == 302


def test_the_home_page_confirms_the_deletion(client):
    build_site()
    client.force_login(UserFactory())

    response = client.post("/en/profile/delete/", {"password": KNOWN_PASSWORD}, follow=True)

    assert response.redirect_chain == [("/en/", 302)]
    assert "Your account and your personal data have been deleted." in response.content.decode()


def test_a_wrong_password_deletes_nothing_and_says_why(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post("/en/profile/delete/", {"password": "not-my-password"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_password_error"' in html
    assert "That is not your current password." in html
    assert User.objects.filter(pk=user.pk).exists()
    assert client.session["_auth_user_id"] == str(user.pk)


def test_an_empty_password_is_a_form_error(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post("/en/profile/delete/", {})

    assert response.status_code == 200
    assert User.objects.filter(pk=user.pk).exists()


def test_deletion_is_protected_against_cross_site_requests():
    user = UserFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)

    response = client.post("/en/profile/delete/", {"password": KNOWN_PASSWORD})

    assert response.status_code == 403
    assert User.objects.filter(pk=user.pk).exists()


def test_deleting_needs_a_login(client):
    response = client.post("/en/profile/delete/", {"password": KNOWN_PASSWORD})

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_an_account_other_records_depend_on_is_kept_and_the_page_says_so(client, monkeypatch):
    user = UserFactory()
    client.force_login(user)

    def refuse(*args, **kwargs):
        raise ProtectedError("A certificate refers to this user.", set())

    monkeypatch.setattr(User, "delete", refuse)
    response = client.post("/en/profile/delete/", {"password": KNOWN_PASSWORD})

    assert response.status_code == 200
    assert "Your account cannot be deleted on this site" in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()
    assert client.session["_auth_user_id"] == str(user.pk)

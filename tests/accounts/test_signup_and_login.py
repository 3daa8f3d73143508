"""Sign-up, email verification, login and password reset through allauth's real views."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.factories import KNOWN_PASSWORD, UserFactory
from accounts.models import User

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-long-and-unusual-passphrase"


def link_in_last_email(path_fragment):
    """The path of the first link in the newest email whose URL contains `path_fragment`."""
    body = mail.outbox[-1].body
    url = re.search(rf"https?://[^/\s]+(/\S*{re.escape(path_fragment)}\S*)", body)
    assert url, f"no link containing {path_fragment!r} in:\n{body}"
    return url.group(1)


def sign_up(client, email, language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "email": email,
            "first_name": "Amina",
            "last_name": "Diallo",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )


def log_in(client, email, password, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def test_sign_up_verify_email_then_log_in(client):
    response = sign_up(client, "Officer@Customs.example")
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="officer@customs.example")
    assert (user.first_name, user.last_name) == ("Amina", "Diallo")
    assert user.groups.filter(name="Learners").exists()
    assert logged_in_user_id(client) is None

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["officer@customs.example"]
    confirmation_path = link_in_last_email("/accounts/confirm-email/")
    confirmation_page = client.get(confirmation_path)
    assert confirmation_page.status_code == 200
    assert "officer@customs.example" in confirmation_page.content.decode()
    response = client.post(confirmation_path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    response = log_in(client, "officer@customs.example", NEW_PASSWORD)
    assert response.status_code == 302
    assert response.url == reverse("elearning:dashboard")  # a learner lands on their learning, not the profile form
    assert logged_in_user_id(client) == str(user.pk)


def test_log_in_before_verifying_the_email_is_refused(client):
    sign_up(client, "unverified@customs.example")
    mail.outbox.clear()

    response = log_in(client, "unverified@customs.example", NEW_PASSWORD)

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert logged_in_user_id(client) is None
    profile = client.get(reverse("accounts:profile"))
    assert profile.status_code == 302
    assert profile.url.startswith(reverse("account_login"))


def test_sign_up_keeps_the_language_of_the_page(client):
    sign_up(client, "agent@douane.example", language="fr")

    assert User.objects.get(email="agent@douane.example").preferred_language == "fr"


def test_wrong_password_shows_an_error_on_the_login_page(client):
    UserFactory(email="someone@customs.example")

    response = log_in(client, "someone@customs.example", "not-the-password")

    assert response.status_code == 200
    assert 'class="errorlist nonfield"' in response.content.decode()
    assert logged_in_user_id(client) is None


def test_password_reset_by_email_lets_the_person_log_in_with_the_new_password(client):
    user = UserFactory(email="forgetful@customs.example")

    response = client.post("/en/accounts/password/reset/", {"email": "forgetful@customs.example"})
    assert response.status_code == 302
    assert response.url == reverse("account_reset_password_done")
    assert client.get(response.url).status_code == 200

    reset_path = link_in_last_email("/accounts/password/reset/key/")
    form_page = client.get(reset_path, follow=True)
    assert form_page.status_code == 200
    set_password_path = form_page.redirect_chain[-1][0] if form_page.redirect_chain else reset_path
    response = client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("account_reset_password_from_key_done")
    assert client.get(response.url).status_code == 200

    assert log_in(client, user.email, KNOWN_PASSWORD).status_code == 200
    assert logged_in_user_id(client) is None
    log_in(client, user.email, NEW_PASSWORD)
    assert logged_in_user_id(client) == str(user.pk)


@pytest.mark.parametrize(
    "path",
    [
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/confirm-email/",
        "/en/accounts/confirm-email/not-a-real-key/",
        "/en/accounts/password/reset/",
        "/en/accounts/password/reset/done/",
        "/en/accounts/password/reset/key/1-not-a-real-key/",
        "/en/accounts/password/reset/key/done/",
    ],
)
def test_account_pages_render_inside_the_site_shell(client, path):
    html = client.get(path).content.decode()

    assert 'class="site-header"' in html
    assert 'class="skip-link"' in html
    assert html.count("<h1") == 1
    assert "Integrity Hub</title>" in html


def test_log_out_page_renders_inside_the_site_shell_and_logs_out(client):
    client.force_login(UserFactory())

    html = client.get("/en/accounts/logout/").content.decode()
    assert 'class="site-header"' in html
    assert html.count("<h1") == 1

    client.post("/en/accounts/logout/")
    assert logged_in_user_id(client) is None


def test_every_login_field_has_a_label(client):
    html = client.get("/fr/accounts/login/").content.decode()

    for field_id in ("id_login", "id_password"):
        assert f'<label for="{field_id}">' in html
        assert f'id="{field_id}"' in html


def test_sign_up_requires_a_name(client):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "nameless@customs.example", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not User.objects.filter(email="nameless@customs.example").exists()


def test_sign_up_names_are_cleaned_and_a_control_character_is_refused(client):
    data = {"email": "amina@customs.example", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    refused = client.post("/en/accounts/signup/", {**data, "first_name": "Ami\x01na", "last_name": "Diallo"})
    assert "invisible control character (U+0001) at position 4" in refused.content.decode()
    assert not User.objects.filter(email="amina@customs.example").exists()

    client.post("/en/accounts/signup/", {**data, "first_name": "\u2066Amina", "last_name": "Dia\u200bllo"})
    assert User.objects.filter(email="amina@customs.example", first_name="Amina", last_name="Diallo").exists()

"""allauth's account emails greet people in the site's name and link to the configured SITE_URL.

The requests come from Django's test client (host "testserver"), so a link
or a greeting built from the request's host shows up as "testserver".
"""

import re

import pytest
from wagtail.models import Site

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

CONFIGURED_SITE_URL = "http://hub.example.org:8731"
PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture(autouse=True)
def configured_site_url(settings):
    settings.SITE_URL = CONFIGURED_SITE_URL


def sign_up(client, email):
    form = {"email": email, "first_name": "Amina", "last_name": "Diallo", "password1": PASSWORD, "password2": PASSWORD}
    return client.post("/en/accounts/signup/", form)


def assert_every_link_on_the_site(email):
    links = re.findall(r"https?://\S+", email.body)
    assert links, f"no link in:\n{email.body}"
    assert all(link.startswith(f"{CONFIGURED_SITE_URL}/") for link in links), links


def test_the_sign_up_email_greets_in_the_sites_name_and_links_to_the_site(client, mailoutbox):
    sign_up(client, "officer@customs.example")

    [email] = mailoutbox
    assert email.body.startswith("Hello from Integrity Hub!")
    assert "testserver" not in email.body
    assert_every_link_on_the_site(email)
    assert f"{CONFIGURED_SITE_URL}/en/accounts/confirm-email/" in email.body


def test_the_greeting_uses_the_name_editors_gave_the_wagtail_site(client, mailoutbox):
    Site.objects.filter(is_default_site=True).update(site_name="A-CIP Integrity Hub")

    sign_up(client, "officer@customs.example")

    assert mailoutbox[0].body.startswith("Hello from A-CIP Integrity Hub!")


def test_the_password_reset_email_links_to_the_site(client, mailoutbox):
    UserFactory(email="forgetful@customs.example")

    client.post("/en/accounts/password/reset/", {"email": "forgetful@customs.example"})

    [email] = mailoutbox
    assert_every_link_on_the_site(email)
    assert f"{CONFIGURED_SITE_URL}/en/accounts/password/reset/key/" in email.body


def test_signing_up_again_and_resetting_an_unknown_address_link_to_the_site(client, mailoutbox):
    UserFactory(email="known@customs.example")

    sign_up(client, "known@customs.example")
    client.post("/en/accounts/password/reset/", {"email": "nobody@customs.example"})

    assert len(mailoutbox) == 2
    for email in mailoutbox:
        assert "testserver" not in email.body
        assert_every_link_on_the_site(email)

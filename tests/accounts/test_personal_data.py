"""'Download my data' gives people their own records and nobody else's."""

import json
from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail import hooks

from accounts.factories import EmailAddressFactory, PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.personal_data import PERSONAL_DATA_HOOK
from accounts.roles import COORDINATORS

pytestmark = pytest.mark.django_db

EXPORT_URL = "/en/profile/export/"


def download(client):
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    return response, json.loads(response.content)


def test_the_export_is_a_dated_json_attachment(client):
    client.force_login(UserFactory())

    response, _ = download(client)

    assert response["Content-Type"] == "application/json"
    expected_name = f"integrity-hub-data-{timezone.localdate().isoformat()}.json"
    assert response["Content-Disposition"] == f'attachment; filename="{expected_name}"'
    assert "no-store" in response["Cache-Control"]


def test_the_export_holds_the_persons_own_records(client):
    administration = PartnerAdministrationFactory(name="Kenya Revenue Authority", country="Kenya", region__code="ESA")
    user = UserFactory(
        email="wanjiru@kra.example",
        first_name="Wanjiru",
        last_name="Kamau",
        preferred_language="es",
        administration=administration,
    )
    add_to_role(user, COORDINATORS)
    EmailAddressFactory(user=user, email="wanjiru.home@mail.example", primary=False, verified=False)
    client.force_login(user)

    _, data = download(client)

    user.refresh_from_db()
    profile = data["profile"]
    assert profile["email"] == "wanjiru@kra.example"
    assert (profile["first_name"], profile["last_name"], profile["preferred_language"]) == ("Wanjiru", "Kamau", "es")
    assert profile["administration"] == {"name": "Kenya Revenue Authority", "country": "Kenya", "region": "ESA"}
    assert profile["groups"] == [COORDINATORS]
    # JSON dates carry milliseconds, not microseconds.
    assert abs(parse_datetime(profile["date_joined"]) - user.date_joined) < timedelta(milliseconds=1)
    assert abs(parse_datetime(profile["last_login"]) - user.last_login) < timedelta(milliseconds=1)
    assert data["email_addresses"] == [
        {"email": "wanjiru@kra.example", "verified": True, "primary": True},
        {"email": "wanjiru.home@mail.example", "verified": False, "primary": False},
    ]


def test_the_export_holds_no_password_and_nothing_about_anyone_else(client):
    user = UserFactory(email="me@customs.example", first_name="Ana")
    other = UserFactory(email="colleague@customs.example", first_name="Zeynep", last_name="Yilmaz")
    client.force_login(user)

    response, data = download(client)

    text = response.content.decode()
    assert user.password not in text
    assert "password" not in text
    for detail in (other.email, other.first_name, other.last_name, other.password):
        assert detail not in text
    assert [address["email"] for address in data["email_addresses"]] == ["me@customs.example"]


def test_other_apps_add_their_records_through_the_hook(client):
    user = UserFactory()
    client.force_login(user)

    def certificates(person):
        return "certificates", [{"holder": person.email, "code": "IH-0001"}]

    with hooks.register_temporarily(PERSONAL_DATA_HOOK, certificates):
        _, data = download(client)

    assert data["records"]["certificates"] == [{"holder": user.email, "code": "IH-0001"}]


def test_two_hooks_with_the_same_key_are_a_configuration_error(client):
    client.force_login(UserFactory())

    def first(person):
        return "enrolments", []

    def second(person):
        return "enrolments", []

    with (
        hooks.register_temporarily(PERSONAL_DATA_HOOK, first),
        hooks.register_temporarily(PERSONAL_DATA_HOOK, second),
        pytest.raises(ImproperlyConfigured),
    ):
        client.get(EXPORT_URL)


def test_the_export_needs_a_login_and_only_answers_get(client):
    response = client.get(EXPORT_URL)
    assert response.status_code == 302

    client.force_login(UserFactory())
    assert client.post(EXPORT_URL).status_code == 405

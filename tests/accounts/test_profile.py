"""People edit their own profile; the page answers in the language they choose."""

import pytest
from django.conf import settings
from django.urls import reverse

from accounts.factories import PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import COORDINATORS, LEARNERS

pytestmark = pytest.mark.django_db


def profile_post(user, **changes):
    data = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "administration": user.administration_id or "",
        "preferred_language": user.preferred_language,
    }
    data.update(changes)
    return data


def test_the_profile_needs_a_login(client):
    response = client.get("/en/profile/")

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_profile_shows_the_email_and_the_roles(client):
    user = add_to_role(UserFactory(email="amina@customs.example"), COORDINATORS)
    add_to_role(user, LEARNERS)
    client.force_login(user)

    response = client.get("/en/profile/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "amina@customs.example" in html
    assert "<li>Coordinator</li>" in html
    assert "<li>Learner</li>" in html
    assert html.count("<h1") == 1


def test_saving_the_profile_persists_it_and_answers_in_the_chosen_language(client):
    user = UserFactory(preferred_language="en")
    administration = PartnerAdministrationFactory(name="Douane du Sénégal")
    client.force_login(user)

    response = client.post(
        "/en/profile/",
        profile_post(
            user, first_name="Fatou", last_name="Ndiaye", administration=administration.pk, preferred_language="fr"
        ),
    )

    assert response.status_code == 302
    assert response.url == "/fr/profile/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    user.refresh_from_db()
    assert (user.first_name, user.last_name, user.administration, user.preferred_language) == (
        "Fatou",
        "Ndiaye",
        administration,
        "fr",
    )
    page = client.get(response.url)
    assert '<html lang="fr">' in page.content.decode()
    assert 'class="message message--success"' in page.content.decode()


def test_only_active_administrations_are_offered(client):
    user = UserFactory()
    PartnerAdministrationFactory(name="Active Customs")
    inactive = PartnerAdministrationFactory(name="Former Partner Customs", active=False)
    client.force_login(user)

    form_page = client.get("/en/profile/").content.decode()
    assert "Active Customs" in form_page
    assert "Former Partner Customs" not in form_page
    response = client.post("/en/profile/", profile_post(user, administration=inactive.pk))

    assert response.status_code == 200
    assert 'id="id_administration_error"' in response.content.decode()
    user.refresh_from_db()
    assert user.administration is None


def test_a_member_of_a_deactivated_administration_can_still_save(client):
    administration = PartnerAdministrationFactory(active=False)
    user = UserFactory(administration=administration)
    client.force_login(user)

    response = client.post("/en/profile/", profile_post(user, first_name="Renamed"))

    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.first_name, user.administration) == ("Renamed", administration)


def test_a_coordinator_cannot_move_to_another_administration(client):
    own = PartnerAdministrationFactory()
    other = PartnerAdministrationFactory()
    coordinator = add_to_role(UserFactory(administration=own), COORDINATORS)
    client.force_login(coordinator)

    response = client.post("/en/profile/", profile_post(coordinator, administration=other.pk, first_name="Kofi"))

    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert (coordinator.first_name, coordinator.administration) == ("Kofi", own)


def test_an_unknown_language_is_refused_with_an_error_tied_to_the_field(client):
    user = UserFactory(preferred_language="en")
    client.force_login(user)

    response = client.post("/en/profile/", profile_post(user, preferred_language="de"))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_preferred_language_error"' in html
    assert 'aria-describedby="id_preferred_language_helptext id_preferred_language_error"' in html
    user.refresh_from_db()
    assert user.preferred_language == "en"


def test_names_are_cleaned_and_a_control_character_is_refused_with_a_message(client):
    user = UserFactory(first_name="Old", last_name="Name")
    client.force_login(user)

    refused = client.post("/en/profile/", profile_post(user, first_name="Fa\x00tou"))
    assert "This text contains an invisible control character (U+0000) at position 3" in refused.content.decode()

    client.post("/en/profile/", profile_post(user, first_name="\u202eFatou\u200b", last_name="Nd\u00adiaye"))
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Fatou", "Ndiaye")

"""Editors can work in the Wagtail admin: dashboard, pages, snippets, settings, translation."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import PartnerAdministration, Region, User
from accounts.roles import EDITORS, LEARNERS
from home.factories import StandardPageFactory, build_site
from knowledgebase.models import KeyFactor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = User.objects.create_user(email="editor@example.org", password="a-long-password-123")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return user


def test_editor_reaches_every_admin_screen_they_need(client, editor):
    home, _ = build_site()
    about = StandardPageFactory(parent=home)
    key_factor = KeyFactor.objects.get(locale__language_code="en", number=1)
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        reverse("wagtailadmin_pages:edit", args=[about.pk]),
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]),
        reverse("wagtailsnippets_knowledgebase_keyfactor:list"),
        reverse("wagtailsnippets_knowledgebase_keyfactor:edit", args=[key_factor.pk]),
        reverse("wagtailsnippets_accounts_partneradministration:list"),
        reverse("wagtailsnippets_accounts_partneradministration:add"),
        reverse("wagtailsnippets_home_footertext:list"),
    ]
    site = home.get_site()
    urls.append(reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk]))
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_previewing_a_standard_page_renders_the_site_template(client, editor):
    home, _ = build_site()
    about = StandardPageFactory(parent=home, title="About the programme")
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[about.pk]))
    assert response.status_code == 200
    assert "About the programme" in response.content.decode()
    assert 'class="skip-link"' in response.content.decode()


def test_an_editor_can_create_a_partner_administration(client, editor):
    response = client.post(
        reverse("wagtailsnippets_accounts_partneradministration:add"),
        {
            "name": "Norvania Customs",
            "country": "Norvania",
            "region": Region.objects.get(code="EUR").pk,
            "acip_partner_since": 2019,
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert PartnerAdministration.objects.filter(name="Norvania Customs", region__code="EUR").exists()


def test_learners_are_kept_out_of_the_admin(client):
    learner = User.objects.create_user(email="learner@example.org", password="a-long-password-123")
    learner.groups.add(Group.objects.get(name=LEARNERS))
    client.force_login(learner)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]

"""The language switcher keeps people on the same page in the other language."""

import re

import pytest

from home.factories import StandardPageFactory, build_site, translate_page

pytestmark = pytest.mark.django_db


def switcher_links(html):
    """hreflang → href of the links inside the language switcher."""
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {hreflang: href for href, hreflang in re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', switcher)}


def test_home_page_links_to_its_translation(client):
    home, french = build_site()
    response = client.get("/en/")
    assert response.status_code == 200
    links = switcher_links(response.content.decode())
    assert links["en"] == "/en/"
    assert links["fr"] == "/fr/"


def test_a_translated_page_links_to_its_translation_with_the_translated_slug(client):
    home, french_home = build_site()
    about = StandardPageFactory(parent=home, title="About", slug="about")
    translate_page(about, "fr", title="À propos", slug="a-propos")
    links = switcher_links(client.get("/en/about/").content.decode())
    assert links["fr"] == "/fr/a-propos/"
    response = client.get(links["fr"])
    assert response.status_code == 200
    assert "À propos" in response.content.decode()


def test_an_untranslated_page_falls_back_to_that_languages_home(client):
    home, _ = build_site()
    StandardPageFactory(parent=home, title="Only in English", slug="only-english")
    links = switcher_links(client.get("/en/only-english/").content.decode())
    assert links["es"] == "/es/"


def test_views_that_are_not_pages_keep_their_path(client):
    build_site()
    response = client.get("/en/accounts/login/")
    assert response.status_code == 200
    links = switcher_links(response.content.decode())
    assert links["fr"] == "/fr/accounts/login/"
    assert links["es"] == "/es/accounts/login/"


def test_the_current_language_is_marked_and_the_page_declares_it(client):
    build_site()
    html = client.get("/fr/").content.decode()
    assert '<html lang="fr">' in html
    assert re.search(r'hreflang="fr" lang="fr" aria-current="true"', html)


def test_the_bare_root_redirects_to_a_language(client):
    build_site()
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"

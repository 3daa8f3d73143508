"""The language switcher keeps people on the same page in the other language."""

import re

import pytest

from home.factories import StandardPageFactory, build_site, translate_page

pytestmark = pytest.mark.django_db


def switcher(html):
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)


def switcher_links(html):
    """language → href of the links inside the language switcher."""
    return {
        lang: href.replace("&amp;", "&")
        for href, lang in re.findall(r'<a href="([^"]+)"[^>]* lang="([a-z]+)"', switcher(html))
    }


def declared_translations(html):
    """The languages the switcher declares with hreflang: real translations only."""
    return set(re.findall(r'hreflang="([a-z]+)"', switcher(html)))


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


def test_an_untranslated_page_leads_to_that_languages_home_and_says_why(client):
    home, _ = build_site()
    StandardPageFactory(parent=home, title="Only in English", slug="only-english")
    html = client.get("/en/only-english/").content.decode()
    links = switcher_links(html)
    assert links["es"] == "/es/?untranslated=1"
    assert declared_translations(html) == {"en"}

    spanish = client.get(links["es"]).content.decode()
    assert "La página que estaba leyendo aún no está disponible en Español." in spanish
    assert "aún no está disponible" not in client.get("/es/").content.decode()


def test_an_untranslated_page_leads_to_its_nearest_translated_ancestor(client):
    home, _ = build_site()
    about = StandardPageFactory(parent=home, title="About", slug="about")
    translate_page(about, "fr", title="À propos", slug="a-propos")
    StandardPageFactory(parent=about, title="Our team", slug="team")

    html = client.get("/en/about/team/").content.decode()
    links = switcher_links(html)

    assert links["fr"] == "/fr/a-propos/?untranslated=1"
    assert links["es"] == "/es/?untranslated=1"  # Spanish has only the home page
    assert declared_translations(html) == {"en"}
    french = client.get(links["fr"]).content.decode()
    assert "À propos" in french
    assert "n’est pas encore disponible en Français" in french


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


def test_the_sitemap_lists_every_language_with_real_translations_as_alternates(client):
    home, _ = build_site()
    about = StandardPageFactory(parent=home, title="About", slug="about")
    translate_page(about, "fr", title="À propos", slug="a-propos")
    StandardPageFactory(parent=home, title="Only in English", slug="only-english")

    sitemap = client.get("/sitemap.xml").content.decode()
    entries = {
        re.search(r"<loc>([^<]+)</loc>", entry).group(1): set(re.findall(r'hreflang="([a-z]+)" href="([^"]+)"', entry))
        for entry in re.findall(r"<url>.*?</url>", sitemap, re.S)
    }

    assert entries["http://localhost/fr/a-propos/"] == {
        ("en", "http://localhost/en/about/"),
        ("fr", "http://localhost/fr/a-propos/"),
    }
    assert entries["http://localhost/en/only-english/"] == set()  # no translation, no alternate

"""Site search stems per language: singular and plural find the same pages, and no language's stems meet another's.

Each page is analysed in its locale's language and the query in the
reader's (docs/site-search.md), on the database backend and on
Elasticsearch alike.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.factories import translate_page
from knowledgebase.factories import PracticeIndexPageFactory, PracticePageFactory

from .site_search_setup import (  # noqa: F401
    build_searchable_site,
    database_search_backend_fixture,
    elasticsearch_backend_settings,
    search_backend_fixture,
)
from .test_site_search import hit_titles, search


@pytest.fixture
def site(search_backend):
    site = build_searchable_site()
    french_index = site.french_practice.get_parent()
    PracticePageFactory(
        parent=french_index,
        title="Patrimoine des agents",
        language="fr",
        summary="Les agents remplissent des déclarations chaque année.",
        problem="<p>Un cadeau non déclaré.</p>",
    )
    PracticePageFactory(
        parent=french_index,
        title="Contrôle aux frontières",
        language="fr",
        summary="Une déclaration unique au poste.",
    )
    spanish_home = translate_page(site.english_home, "es", title="Integrity Hub (ES)")
    spanish_index = PracticeIndexPageFactory(parent=spanish_home, slug="practicas")
    PracticePageFactory(
        parent=spanish_index, title="Registro público", language="es", summary="Cada regalo se anota en el registro."
    )
    PracticePageFactory(
        parent=spanish_index, title="Hospitalidad", language="es", summary="Los regalos de los agentes de aduanas."
    )
    search_backend.refresh()
    return site


def test_gift_and_gifts_find_the_same_english_pages(client, site):
    gift = hit_titles(search(client, "gift"))
    # The course says "gifts" and "gift", the lesson and the practices "gift" only.
    assert sorted(gift) == ["Declaring a gift", "Gift register at the port", "Gifts and hospitality"]
    assert hit_titles(search(client, "gifts")) == gift
    assert hit_titles(search(client, "Gifts register")) == hit_titles(search(client, "gift registers"))


@pytest.mark.parametrize(
    ("singular", "plural", "titles"),
    [
        ("déclaration", "déclarations", ["Contrôle aux frontières", "Patrimoine des agents"]),
        ("cadeau", "cadeaux", ["Patrimoine des agents", "Registre des cadeaux"]),
    ],
)
def test_singular_and_plural_find_the_same_french_pages(client, site, singular, plural, titles):
    found = hit_titles(search(client, singular, url="/fr/search/"))
    assert sorted(found) == titles
    assert hit_titles(search(client, plural, url="/fr/search/")) == found


def test_regalo_and_regalos_find_the_same_spanish_pages(client, site):
    found = hit_titles(search(client, "regalo", url="/es/search/"))
    assert sorted(found) == ["Hospitalidad", "Registro público"]
    assert hit_titles(search(client, "regalos", url="/es/search/")) == found


def test_an_english_query_does_not_meet_french_or_spanish_stems(client, site, search_backend):
    """ "presents" has the stem of Spanish "presentaron" and French "présentant", each in its own language.

    English pages are stemmed in English only, which leaves "presentaron"
    whole; stemming them in every language would have found the second one.
    """
    PracticePageFactory(
        parent=site.practice_index, title="Declaration forms", summary="Officers presented their forms at the counter."
    )
    PracticePageFactory(
        parent=site.practice_index,
        title="Forms in Spanish",
        summary="The Spanish form reads: los agentes presentaron sus formularios.",
    )
    PracticePageFactory(
        parent=site.french_practice.get_parent(),
        title="Formulaires",
        language="fr",
        summary="Les agents présentant leurs formulaires au guichet.",
    )
    search_backend.refresh()
    assert hit_titles(search(client, "presents")) == ["Declaration forms"]
    assert hit_titles(search(client, "presentaron")) == ["Forms in Spanish"]
    assert hit_titles(search(client, "présente", url="/fr/search/")) == ["Formulaires"]


def test_a_query_without_a_language_is_stemmed_in_each_language(site):
    """Wagtail's admin searches every locale at once: each page is then matched in its own language."""

    def titles(text):
        return {page.title for page in get_search_backend().search(text, Page.objects.live().specific())}

    assert titles("cadeau") == {"Patrimoine des agents", "Registre des cadeaux"}
    assert titles("regalos") == {"Hospitalidad", "Registro público"}
    assert {"Gifts and hospitality", "Declaring a gift"} <= titles("gifts")


def test_update_index_rebuilds_the_stemmed_database_index(client, database_search_backend):
    build_searchable_site()
    call_command("update_index", stdout=StringIO())
    assert sorted(hit_titles(search(client, "gifts"))) == [
        "Declaring a gift",
        "Gift register at the port",
        "Gifts and hospitality",
    ]


@pytest.mark.elasticsearch
def test_an_index_elasticsearch_made_on_its_own_answers_without_hits_not_an_error(settings, client, db, caplog):
    """Pages saved before `update_index` land in an index with a dynamic mapping, which stores no `pk`.

    The language fields this backend writes are found there all the same;
    the search must answer (with no hits, saying what to run), never 500.
    """
    settings.WAGTAILSEARCH_BACKENDS = {"default": elasticsearch_backend_settings()}
    backend = get_search_backend()
    index = backend.get_index_for_model(Page)
    index.backend.es.indices.delete(index=index.name, ignore_unavailable=True)
    try:
        site = build_searchable_site()  # saved with no index: Elasticsearch makes one with a dynamic mapping
        index.refresh()
        mapping = index.backend.es.indices.get_mapping(index=index.name)[index.name]["mappings"]["properties"]
        assert not mapping["pk"].get("store")

        response = search(client, site.practice.title.split()[0])

        assert hit_titles(response) == []
        assert "update_index" in caplog.text
    finally:
        index.backend.es.indices.delete(index=index.name, ignore_unavailable=True)

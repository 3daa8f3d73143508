"""A search hit in another language than the page being read says which, in words, `lang` and `hreflang`.

Site search lists the reader's locale, where a practice keeps the language
it was written in (a Spanish practice filed under the French exchange);
practice search lists every language. Either way a French reader is told a
Spanish practice is "en espagnol" and screen readers switch to Spanish for
its title, while a hit in French carries no label.
"""

import re

import pytest
from wagtail.models import Locale

from knowledgebase.factories import PracticeIndexPageFactory, PracticePageFactory
from tests.search.page_fixtures import *  # noqa: F403 - fixtures
from tests.search.page_fixtures import index_practices

from .site_search_setup import build_searchable_site, search_backend_fixture  # noqa: F401 - fixture

LABEL = '<span class="chip chip--language">'


def hit_heading(html, title):
    """The hit's heading (link and label), by its title."""
    match = re.search(rf'<h3[^>]*><a href="[^"]*"[^>]*>{re.escape(title)}</a>.*?</h3>', html, re.S)
    assert match, f"no hit titled {title!r}"
    return match.group(0)


@pytest.fixture
def french_site_with_a_spanish_practice(search_backend):
    site = build_searchable_site()
    PracticePageFactory(
        parent=site.french_practice.get_parent(),
        title="Registro de regalos en la frontera",
        language="es",
        summary="Integridad y regalos.",
        problem="<p>Tallas de acacia dejadas a los agentes.</p>",
    )
    search_backend.refresh()
    return site


def test_site_search_labels_a_french_readers_hit_on_a_spanish_practice(client, french_site_with_a_spanish_practice):
    response = client.get("/fr/search/", {"q": "acacia"})
    assert response.status_code == 200
    html = response.content.decode()

    spanish = hit_heading(html, "Registro de regalos en la frontera")
    assert ' lang="es" hreflang="es">Registro de regalos en la frontera</a>' in spanish
    assert f"{LABEL}en espagnol</span>" in spanish
    french = hit_heading(html, "Registre des cadeaux")
    assert LABEL not in french and ' hreflang="fr"' in french
    assert html.count(LABEL) == 1


def test_site_search_hits_in_the_readers_language_carry_no_label(client, french_site_with_a_spanish_practice):
    html = client.get("/en/search/", {"q": "integrity"}).content.decode()

    assert "5 results" in html
    assert LABEL not in html


@pytest.fixture
def practices_in_three_languages(practice_index):
    french_index = PracticeIndexPageFactory(
        parent=practice_index.get_parent().get_translation(Locale.objects.get(language_code="fr")), slug="pratiques"
    )
    narrative = {"problem": "", "actions": "", "results": "", "lessons_learned": ""}
    # The site has no Spanish exchange: a Spanish practice is filed under the default language's.
    PracticePageFactory(
        parent=practice_index, title="Rotación de funcionarios", language="es", summary="Rotación.", **narrative
    )
    PracticePageFactory(
        parent=french_index, title="Rotation des agents", language="fr", summary="Rotation.", **narrative
    )
    index_practices()
    return french_index


def test_practice_search_labels_a_french_readers_hit_on_a_spanish_practice(client, practices_in_three_languages):
    response = client.get(practices_in_three_languages.url)
    assert response.status_code == 200
    html = response.content.decode()

    spanish = hit_heading(html, "Rotación de funcionarios")
    assert ' lang="es" hreflang="es">Rotación de funcionarios</a>' in spanish
    assert f"{LABEL}en espagnol</span>" in spanish
    assert LABEL not in hit_heading(html, "Rotation des agents")
    assert html.count(LABEL) == 1


def test_practice_search_in_english_labels_the_french_practice_only(client, practice_index, sample_practices):
    html = client.get(practice_index.url).content.decode()

    assert f"{LABEL}in French</span>" in hit_heading(html, sample_practices["french"].title)
    assert LABEL not in hit_heading(html, sample_practices["rotation"].title)
    assert html.count(LABEL) == 1

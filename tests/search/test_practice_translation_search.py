"""Search finds a translated practice through any of its versions, shows it once, and counts it once.

Run against every engine (the `engine` fixture). The version shown is the
one in the reader's language, else the original (the author's): a word only
the French version holds finds the English version for an English reader,
and a Spanish reader of a practice in English and French sees it once.
"""

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.factories import translate_page
from search.practices.contract import LANGUAGE, REGION, PracticeQuery

pytestmark = pytest.mark.django_db

FRENCH_TITLE = "Rotation des douaniers de Quintavalle"


def searched(engine, user, language, **query):
    with translation.override(language):
        results = engine.search(PracticeQuery(**query), user)
    facets = {name: {value.value: value.count for value in results.facets[name]} for name in (REGION, LANGUAGE)}
    return [hit.title for hit in results.hits], results.total, facets


def test_a_word_only_another_version_holds_finds_the_readers_version_once(engine, exchange, indexing, anonymous):
    with indexing():
        translate_page(exchange["rotation"], "fr", title=FRENCH_TITLE)

    titles, total, facets = searched(engine, anonymous, "en", text="Quintavalle")

    assert titles == [exchange["rotation"].title]
    assert total == 1
    assert sum(facets[REGION].values()) == 1
    assert facets[LANGUAGE] == {"en": 1}


def test_a_reader_with_no_version_of_their_own_sees_the_original_once(engine, exchange, indexing, anonymous):
    listing_before = searched(engine, anonymous, "es")
    with indexing():
        translate_page(exchange["rotation"], "fr", title=FRENCH_TITLE)

    assert searched(engine, anonymous, "es") == listing_before
    titles, total, facets = searched(engine, anonymous, "es", text="Quintavalle")
    assert titles == [exchange["rotation"].title]
    assert total == 1 and sum(facets[REGION].values()) == 1


@pytest.mark.parametrize("reader_language", ["en", "fr", "es"])
def test_a_practice_in_three_languages_is_counted_once(engine, exchange, indexing, anonymous, reader_language):
    # The whole exchange, not a word: a query is read in the reader's language only, so what a word finds
    # before the translations depends on the language; the count of practices must not.
    _titles, total_before, facets_before = searched(engine, anonymous, reader_language)
    with indexing():
        translate_page(exchange["rotation"], "fr", title=FRENCH_TITLE)
        translate_page(exchange["rotation"], "es", title="Rotación de los aduaneros de Quintavalle")

    titles, total, facets = searched(engine, anonymous, reader_language)

    shown = {"en": exchange["rotation"].title, "fr": FRENCH_TITLE, "es": "Rotación de los aduaneros de Quintavalle"}
    assert shown[reader_language] in titles
    assert len([title for title in titles if "Quintavalle" in title or title == exchange["rotation"].title]) == 1
    assert total == total_before == len(titles)
    assert facets[REGION] == facets_before[REGION]
    assert sum(facets[LANGUAGE].values()) == total


def test_a_coordinators_only_practices_translation_is_found_only_by_its_readers(
    engine, exchange, indexing, anonymous, coordinator
):
    with indexing():
        french = translate_page(exchange["restricted"], "fr", title="Tests d'intégrité à Quintavalle")
    assert PageViewRestriction.objects.filter(page=french).exists()

    for language in ("en", "fr", "es"):
        assert searched(engine, anonymous, language, text="Quintavalle")[:2] == ([], 0)
        assert french.title not in searched(engine, anonymous, language)[0]
        with translation.override(language):
            assert not engine.complete("Quinta", anonymous)
    assert searched(engine, coordinator, "fr", text="Quintavalle")[:2] == ([french.title], 1)
    assert searched(engine, coordinator, "en", text="Quintavalle")[:2] == ([exchange["restricted"].title], 1)

"""A translated practice is one practice: one hit, one count, in the reader's language when it has one.

Run against every engine (the `engine` fixture), so Elasticsearch is held
to the database engine's rule; publishing or withdrawing one translation
must change what readers of the other languages see without a rebuild.
"""

import pytest
from django.utils import translation

from home.factories import translate_page
from search.practices.contract import REGION, PracticeQuery

pytestmark = pytest.mark.django_db


def listed(engine, user, language, **query):
    with translation.override(language):
        results = engine.search(PracticeQuery(**query), user)
    regions = {value.value: value.count for value in results.facets[REGION]}
    return [hit.title for hit in results.hits], results.total, regions


def test_readers_see_one_version_counted_once(engine, exchange, indexing, anonymous):
    english_before = listed(engine, anonymous, "en")
    with indexing():
        translate_page(exchange["rotation"], "fr", title="Rotation des agents aux postes frontières")

    assert listed(engine, anonymous, "en") == english_before
    titles, total, regions = listed(engine, anonymous, "fr")
    assert "Rotation des agents aux postes frontières" in titles
    assert exchange["rotation"].title not in titles
    assert total == len(titles) == english_before[1]
    assert regions == english_before[2]


def test_a_search_finds_the_readers_version_only(engine, exchange, indexing, anonymous):
    with indexing():
        translate_page(exchange["rotation"], "fr", title="Rotation des agents aux postes frontières")
    titles, total, regions = listed(engine, anonymous, "fr", text="rotation")
    assert titles[0] == "Rotation des agents aux postes frontières"
    assert exchange["rotation"].title not in titles
    assert total == len(titles) and sum(regions.values()) == total


def test_withdrawing_a_translation_brings_the_other_version_back(engine, exchange, indexing, anonymous):
    with indexing():
        french = translate_page(exchange["rotation"], "fr", title="Rotation des agents aux postes frontières")
    with indexing():
        french.unpublish()
    titles, total, _regions = listed(engine, anonymous, "fr")
    assert exchange["rotation"].title in titles
    assert "Rotation des agents aux postes frontières" not in titles
    assert total == len(titles)


def test_autocomplete_offers_the_readers_version(engine, exchange, indexing, anonymous):
    with indexing():
        translate_page(exchange["rotation"], "fr", title="Rotation des agents aux postes frontières")
    with translation.override("fr"):
        completions = [completion.text for completion in engine.complete("rota", anonymous)]
    assert "Rotation des agents aux postes frontières" in completions
    assert exchange["rotation"].title not in completions


def test_a_word_only_the_readers_version_holds_is_counted_for_that_version(engine, exchange, indexing, anonymous):
    """The total and facets follow the reader's language as the hits do, whichever thread counts them."""
    with indexing():
        translate_page(exchange["rotation"], "fr", title="Rotation des douaniers de Quintavalle")
    titles, total, regions = listed(engine, anonymous, "fr", text="Quintavalle")
    assert titles == ["Rotation des douaniers de Quintavalle"]
    assert total == 1 and sum(regions.values()) == 1

"""Misspelt words searched as the nearest known word (search/practices/known_words.py), on both engines.

A word no practice holds is corrected to the known word nearest to it
within the edits its length allows; the search then runs with the
correction, which names its concepts as a word spelt right would, and
keeps the concepts the words named as typed.
"""

import pytest
from django.utils import translation

from search.factories import SearchConceptFactory
from search.practices.contract import PracticeQuery
from search.practices.known_words import allowed_edits, closest_word
from search.practices.text.concepts import ConceptLexicon
from search.practices.text.query import analyse_query


def test_the_edits_a_correction_may_make_grow_with_the_length_of_the_word():
    # The database engine's bounds: one edit from 4 letters, two from 6.
    assert [allowed_edits(word) for word in ("pay", "fees", "bribe", "bribes")] == [0, 1, 1, 2]
    # Elasticsearch's typo tolerance (AUTO:5,8): none up to 4 letters, one up to 7, two beyond.
    assert [allowed_edits(word, (5, 8)) for word in ("fees", "bribe", "bribery", "smuggler")] == [0, 1, 1, 2]


def test_a_correction_is_the_nearest_known_word_within_the_allowed_edits(practice_index, indexing):
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        PracticePageFactory(parent=practice_index, title="Questionnaire for traders", summary="Bosses answer it.")
    assert closest_word("questionaire") == "questionnaire"
    # Two edits away: allowed in a word of six letters by the database engine's bounds, not by (5, 8).
    assert closest_word("bozzes") == "bosses"
    assert closest_word("bozzes", (5, 8)) is None


def test_the_lexicon_knows_the_words_of_its_concepts_in_each_language():
    lexicon = ConceptLexicon([SearchConceptFactory.build(key="insider-threat", en=["insider threat"])])
    assert lexicon.knows("threats", "en")
    assert not lexicon.knows("three", "en")
    assert not lexicon.knows("threat", "fr")


def test_a_corrected_query_may_keep_the_concepts_its_words_named_as_typed(db):
    """ "portées" (a form the corpus lacks) corrected to "portee" must not lose "caméras portées"."""
    SearchConceptFactory(key="body-worn-camera", fr=["caméras portées"])
    SearchConceptFactory(key="harbour", fr=["portee"])
    corrections = {"portees": "portee"}
    kept = analyse_query("caméras portées", corrections=corrections, language="fr", typed_concepts=True)
    assert kept.concepts == ("body-worn-camera", "harbour")
    assert analyse_query("caméras portées", corrections=corrections, language="fr", typed_concepts=False).concepts == (
        "harbour",
    )


def test_a_misspelt_word_names_the_concept_of_its_correction(engine, practice_index, indexing, anonymous):
    """ "vidéosurvellance" is read as "vidéosurveillance", which finds the Spanish practice through its concept.

    The misspelling stems unlike the concept's term ("vidéosurveilance" would
    stem as "vidéosurveillance" does, `videosurveil`, and name the concept uncorrected).
    """
    from knowledgebase.factories import PracticePageFactory

    SearchConceptFactory(key="cctv", fr=["vidéosurveillance"], es=["videovigilancia"])
    with indexing():
        french = PracticePageFactory(
            parent=practice_index, language="fr", title="Vidéosurveillance des entrepôts", summary="Des caméras."
        )
        spanish = PracticePageFactory(
            parent=practice_index, language="es", title="Videovigilancia en los almacenes", summary="Cámaras."
        )
    with translation.override("fr"):
        found = [hit.page_id for hit in engine.search(PracticeQuery(text="vidéosurvellance"), anonymous).hits]
    assert set(found) == {french.pk, spanish.pk}


@pytest.mark.elasticsearch
def test_without_corrections_elasticsearch_leaves_a_misspelt_word_to_typo_tolerance(
    settings, practice_index, indexing, anonymous
):
    """The ranking's `spelling_corrections` off: the fuzzy clause finds the French practice, not the concept."""
    from knowledgebase.factories import PracticePageFactory
    from search.practices import elastic

    elastic.rebuild()  # nothing the previous test left
    SearchConceptFactory(key="cctv", fr=["vidéosurveillance"], es=["videovigilancia"])
    with indexing():
        french = PracticePageFactory(
            parent=practice_index, language="fr", title="Vidéosurveillance des entrepôts", summary="Des caméras."
        )
        PracticePageFactory(
            parent=practice_index, language="es", title="Videovigilancia en los almacenes", summary="Cámaras."
        )
    settings.PRACTICE_SEARCH_ELASTIC_RANKING = {"spelling_corrections": False}
    with translation.override("fr"):
        found = [hit.page_id for hit in elastic.search(PracticeQuery(text="vidéosurvellance"), anonymous).hits]
    assert found == [french.pk]

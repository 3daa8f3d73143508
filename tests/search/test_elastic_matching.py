"""How a query's words meet tags and synonym groups (search/practices/elastic/matching.py, analysis.py).

The synonym tests run against both engines (conftest's `engine`): both find
a group from any form of its terms, and count a group once.
"""

import pytest

from search.practices import elastic
from search.practices.contract import PracticeQuery
from search.practices.elastic.connection import alias_name, client
from search.practices.elastic.matching import word_runs


def test_word_runs_are_every_run_of_up_to_four_consecutive_words():
    runs = word_runs("One-stop border post, please")
    assert "one stop border post" in runs
    assert "border post" in runs and "post please" in runs
    assert "one stop border post please" not in runs
    assert len(runs) == len(set(runs))


def analysed(analyzer, text):
    response = client().indices.analyze(index=alias_name(), analyzer=analyzer, text=text)
    return [token["token"] for token in response["tokens"]]


@pytest.mark.elasticsearch
def test_a_tag_is_one_term_whatever_its_case_hyphens_or_plural(db):
    elastic.rebuild()
    assert analysed("whole_tag", "Customs-Brokers") == analysed("whole_tag", "customs broker")
    assert len(analysed("whole_tag", "one-stop border post")) == 1
    # A synonym of a tag, typed as a run of words, names the tag too.
    assert analysed("whole_tag", "e-payment")[0] in analysed("whole_tag_search", "electronic payment")


@pytest.mark.elasticsearch
def test_a_run_of_query_words_naming_a_tag_outranks_a_tag_sharing_one_word(practice_index, indexing, anonymous):
    """ "customs" in the tag "customs brokers" must not beat the practice tagged "lifestyle audit"."""
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        audited = PracticePageFactory(
            parent=practice_index,
            title="Checks on officers' spending",
            summary="Officers whose spending outgrows their pay are reviewed.",
            tags=["lifestyle audit"],
        )
        PracticePageFactory(
            parent=practice_index,
            title="Licensing rules for brokers",
            summary="Brokers renew their licence every year after an audit of their books.",
            tags=["customs brokers"],
        )
    results = elastic.search(PracticeQuery(text="lifestyle audits of customs officers"), anonymous)
    assert results.hits[0].page_id == audited.pk


def test_a_synonym_group_is_named_by_any_form_of_its_terms(engine, practice_index, indexing, anonymous):
    """ "clearing agents" (plural) names the group of "clearing agent": groups are matched on stems, in both engines."""
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        brokers = PracticePageFactory(
            parent=practice_index,
            title="Licences renewed every year",
            summary="Each customs broker renews a licence after a review of its books.",
            tags=["licensing"],
        )
    results = engine.search(PracticeQuery(text="clearing agents"), anonymous)
    assert brokers.pk in [hit.page_id for hit in results.hits]


def test_a_synonym_group_counts_once_in_a_practice(engine, practice_index, indexing, anonymous):
    """The words typed outrank a practice naming every synonym of them in every field."""
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        typed = PracticePageFactory(
            parent=practice_index,
            title="Hotline for reporting bribery",
            summary="Traders report bribery at the counter to a hotline.",
            tags=["reporting"],
        )
        PracticePageFactory(
            parent=practice_index,
            title="Kickback, graft and facilitation payment cases reviewed",
            summary="Corruption, kickback and graft cases, and every facilitation payment, reviewed each year.",
            problem="<p>Kickbacks and graft went unnoticed; a bribe was a facilitation payment by another name.</p>",
            tags=["corruption", "graft"],
        )
    results = engine.search(PracticeQuery(text="bribery hotline"), anonymous)
    assert results.hits[0].page_id == typed.pk


@pytest.mark.elasticsearch
def test_a_text_names_each_synonym_group_by_one_term_whatever_the_form_or_language(db):
    elastic.rebuild()
    border_post = analysed("en_concepts", "border post")
    assert len(border_post) == 1
    assert analysed("en_concepts", "Two officers staff the Border Posts at night.") == border_post
    assert analysed("fr_concepts", "Les postes frontières ferment la nuit.") == border_post
    # The words of a group apart are not the group; words of no group leave nothing.
    assert analysed("en_concepts", "The border stayed open; parcels went to the post office.") == []


@pytest.mark.elasticsearch
def test_a_synonym_of_several_words_finds_its_phrase_and_not_its_words_apart(practice_index, indexing, anonymous):
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        together = PracticePageFactory(
            parent=practice_index,
            title="Night shifts",
            summary="Two officers now staff the border post at night.",
        )
        apart = PracticePageFactory(
            parent=practice_index,
            title="Mail handling",
            summary="The border stayed open; parcels went through the post office.",
        )
    elastic.rebuild()
    # Neither word typed is in either practice: only the synonym "border post" can find one.
    found = [hit.page_id for hit in elastic.search(PracticeQuery(text="frontier station"), anonymous).hits]
    assert together.pk in found
    assert apart.pk not in found


def test_only_words_no_practice_holds_are_taken_for_typos(practice_index, indexing):
    from knowledgebase.factories import PracticePageFactory
    from search.practices.elastic.querying import likely_typos

    with indexing():
        PracticePageFactory(parent=practice_index, title="Rotation of officers", summary="Officers rotate yearly.")
    # "rotating" is a form of an indexed word, "rotaton" is not; "rotn" is too short to correct.
    assert likely_typos("rotating officers rotaton rotn") == ["rotaton"]


def test_a_misspelt_word_still_finds_the_practice(engine, practice_index, indexing, anonymous):
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        rotation = PracticePageFactory(parent=practice_index, title="Rotation of officers", summary="Yearly moves.")
    found = [hit.page_id for hit in engine.search(PracticeQuery(text="rotaton"), anonymous).hits]
    assert rotation.pk in found


def test_proximity_reads_synonyms_into_the_phrase_for_one_group_and_not_for_two():
    """Each reading of two groups would be a phrase of its own (13 x 14 for this query, in six fields)."""
    from search.practices.elastic.matching import proximity_clause

    one_group = proximity_clause("staff rotation").to_dict()["multi_match"]
    assert "analyzer" not in one_group  # the fields' search analyzer, synonyms included

    two_groups = proximity_clause("staff rotation at border posts").to_dict()["bool"]["should"]
    assert {clause["multi_match"]["analyzer"] for clause in two_groups} == {"en_text", "fr_text", "es_text"}

"""How a query's words meet tags and concepts (search/practices/elastic/matching.py, analysis.py).

The concept tests run against both engines (conftest's `engine`): both find
a concept from any form of its terms, and count a concept once.
"""

import pytest

from search.factories import SearchConceptFactory
from search.practices import elastic
from search.practices.contract import PracticeQuery
from search.practices.elastic.connection import alias_name, client
from search.practices.elastic.matching import word_runs
from search.practices.text.concepts import ConceptLexicon


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


def test_a_concept_is_named_by_any_form_of_its_terms(engine, practice_index, indexing, anonymous):
    """ "clearing agents" (plural) names the concept of "clearing agent": concepts are matched on stems."""
    from knowledgebase.factories import PracticePageFactory

    SearchConceptFactory(key="customs-broker", en=["customs broker", "clearing agent"])

    with indexing():
        brokers = PracticePageFactory(
            parent=practice_index,
            title="Licences renewed every year",
            summary="Each customs broker renews a licence after a review of its books.",
            tags=["licensing"],
        )
    results = engine.search(PracticeQuery(text="clearing agents"), anonymous)
    assert brokers.pk in [hit.page_id for hit in results.hits]


def test_a_concept_counts_once_in_a_practice(engine, practice_index, indexing, anonymous):
    """The words typed outrank a practice naming every term of their concept in every field."""
    from knowledgebase.factories import PracticePageFactory

    SearchConceptFactory(
        key="bribery", en=["bribery", "bribe", "kickback", "graft", "facilitation payment", "corruption"]
    )

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


def test_a_text_names_a_concept_by_any_form_of_its_terms_in_its_own_language(db):
    border_post = SearchConceptFactory.build(key="border-post", en=["border post"], fr=["poste frontière"])
    lexicon = ConceptLexicon([border_post])
    assert lexicon.keys_in_query(["Border", "Posts"], "en") == ["border-post"]
    assert lexicon.keys_in_query(["postes", "frontières"], "fr") == ["border-post"]
    # The words of a concept apart are not the concept; a French term is not looked for in English.
    assert lexicon.keys_in_query(["border", "stayed", "open", "post", "office"], "en") == []
    assert lexicon.keys_in_query(["poste", "frontière"], "en") == []


def test_a_concept_of_several_words_finds_its_phrase_and_not_its_words_apart(
    engine, practice_index, indexing, anonymous
):
    from knowledgebase.factories import PracticePageFactory

    SearchConceptFactory(key="border-post", en=["border post", "frontier station"])

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
    # Neither word typed is in either practice: only the concept's "border post" can find one.
    found = [hit.page_id for hit in engine.search(PracticeQuery(text="frontier station"), anonymous).hits]
    assert together.pk in found
    assert apart.pk not in found


def test_only_words_no_practice_holds_are_taken_for_typos(practice_index, indexing):
    from knowledgebase.factories import PracticePageFactory
    from search.practices.elastic.querying import likely_typos

    with indexing():
        PracticePageFactory(parent=practice_index, title="Rotation of officers", summary="Officers rotate yearly.")
    # "rotating" is a form of an indexed word, "rotaton" is not; "rotn" is too short to correct.
    assert likely_typos("rotating officers rotaton rotn", "en") == ["rotaton"]


def test_a_misspelt_word_still_finds_the_practice(engine, practice_index, indexing, anonymous):
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        rotation = PracticePageFactory(parent=practice_index, title="Rotation of officers", summary="Yearly moves.")
    found = [hit.page_id for hit in engine.search(PracticeQuery(text="rotaton"), anonymous).hits]
    assert rotation.pk in found


def test_a_query_is_read_in_the_readers_language_only():
    """Words, proximity and the tie-break look at the reader's language; concepts carry the rest."""
    from search.practices.elastic.matching import exact_query

    query = exact_query("staff rotation", "fr", concepts=("staff-rotation",)).to_dict()
    text = str(query)
    assert "fr.title" in text and "en.title" not in text and "es.title" not in text
    assert "{'term': {'concepts': {'value': 'staff-rotation'" in text
    assert "{'term': {'language': 'fr'}}" in text


def test_a_practice_found_only_through_a_concept_outranks_one_sharing_a_common_word(
    engine, practice_index, indexing, anonymous
):
    """ "four-eyes principle" means the Spanish practice on "doble control", not a report's passing "principle".

    The Spanish practice holds none of the words typed: only the concept
    finds it, and it must weigh more than one of the query's words met once
    in a long narrative (on Elasticsearch: PRACTICE_SEARCH_CONCEPT_WEIGHT
    scaled by the ranking's `concept_scale`).
    """
    from django.utils import translation

    from knowledgebase.factories import PracticePageFactory

    SearchConceptFactory(key="four-eyes", en=["four-eyes principle", "dual control"], es=["doble control"])

    with indexing():
        dual_control = PracticePageFactory(
            parent=practice_index,
            language="es",
            title="Doble control en el despacho",
            summary="Cada declaración pasa por el doble control de dos funcionarios.",
        )
        passing = PracticePageFactory(
            parent=practice_index,
            title="Annual reporting",
            summary="Each office reports its results once a year.",
            problem="<p>Reports followed no common principle, so no two offices could be compared.</p>",
        )
    with translation.override("en"):
        found = [hit.page_id for hit in engine.search(PracticeQuery(text="four-eyes principle"), anonymous).hits]
    assert found == [dual_control.pk, passing.pk]


def test_an_unknown_ranking_name_is_refused_rather_than_ignored(settings):
    """A candidate misspelling a name would otherwise measure the current ranking under another name."""
    from django.core.exceptions import ImproperlyConfigured

    from search.practices.elastic.matching import ranking

    settings.PRACTICE_SEARCH_ELASTIC_RANKING = {"concept_scal": 3}
    with pytest.raises(ImproperlyConfigured, match="concept_scal"):
        ranking("concept_scale")
    settings.PRACTICE_SEARCH_ELASTIC_RANKING = {"concept_scale": 3}
    assert ranking("concept_scale") == 3
    assert ranking("title_boost") == 3


@pytest.mark.elasticsearch
def test_query_words_side_by_side_in_a_narrative_outrank_the_same_words_apart(practice_index, indexing, anonymous):
    """Each pair of neighbouring query words found together counts (matching.pair_clauses), in the body too.

    The practice with the words apart is published last: on a tie it would come first (newest first).
    """
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        together = PracticePageFactory(
            parent=practice_index,
            title="Night shifts",
            summary="Two officers on every shift.",
            problem="<p>Smugglers crossed at night when the border posts had one officer on duty.</p>",
        )
        PracticePageFactory(
            parent=practice_index,
            title="Mail handling",
            summary="Two officers on every shift.",
            problem="<p>Smugglers crossed the border at night when posts had one officer on duty.</p>",
        )
    results = elastic.search(PracticeQuery(text="border posts"), anonymous)
    assert results.hits[0].page_id == together.pk


@pytest.mark.elasticsearch
def test_a_concept_named_only_in_a_narrative_can_weigh_less_than_one_in_a_summary(
    settings, practice_index, indexing, anonymous
):
    """With `body_concept_share` below 1, a passing mention of a concept in the narrative gets part of its weight.

    Only the concept finds either practice (none of the words typed is in
    them). At a share of 1 both score alike; at half, the one whose
    summary names the concept (`headline_concepts`) scores more.
    """
    from django.core.cache import cache

    from knowledgebase.factories import PracticePageFactory

    SearchConceptFactory(key="four-eyes", en=["four-eyes principle", "dual control"])
    narrative = ("problem", "actions", "results", "lessons_learned")

    with indexing():
        in_summary = PracticePageFactory(
            parent=practice_index,
            title="Counter checks",
            summary="Dual control at every counter.",
            **dict.fromkeys(narrative, "<p>Officers sign each file.</p>"),
        )
        in_narrative = PracticePageFactory(
            parent=practice_index,
            title="Counter checks",
            summary="Officers sign each file.",
            **dict.fromkeys(narrative, "<p>Dual control was discussed once.</p>"),
        )
    stored = client().get(index=alias_name(), id=in_narrative.pk)["_source"]
    assert stored["concepts"] == ["four-eyes"] and not stored.get("headline_concepts")

    def scores():
        hits = elastic.search(PracticeQuery(text="four-eyes principle"), anonymous).hits
        return {hit.page_id: hit.score for hit in hits}

    # Nearly alike: the re-ranking's other clauses (feedback) differ slightly between the two texts.
    settings.PRACTICE_SEARCH_ELASTIC_RANKING = {"body_concept_share": 1.0}
    alike = scores()
    assert alike[in_narrative.pk] == pytest.approx(alike[in_summary.pk], rel=0.05)
    settings.PRACTICE_SEARCH_ELASTIC_RANKING = {"body_concept_share": 0.5}
    cache.clear()  # the results of the same query, kept for the same index (results_cache)
    halved = scores()
    assert halved[in_summary.pk] > 1.1 * halved[in_narrative.pk]


def test_the_words_are_scored_as_bm25f_over_the_readers_fields(settings):
    """combined_fields adds each field's count of a word times its boost, then saturates once (`words_as_bm25f`).

    So a word in a title weighs about one and a half times one in a
    narrative, as in the database engine, not the title's boost times
    (cross_fields, the field with the best score alone).
    """
    from search.practices.elastic.matching import language_query

    words = language_query("staff rotation", "en").to_dict()
    assert words == {
        "combined_fields": {
            "query": "staff rotation",
            "fields": ["en.title^3", "en.summary^2", "en.body", "tag_names.english^3"],
        }
    }
    settings.PRACTICE_SEARCH_ELASTIC_RANKING = {"words_as_bm25f": False}
    assert language_query("staff rotation", "fr").to_dict()["multi_match"]["type"] == "cross_fields"

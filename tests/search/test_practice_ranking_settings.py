"""The database engine's ranking settings: BM25's k1, field weights and the query-coverage reward.

They default to the ranking as it was (k1 2, no coverage reward) and are
read at each search, so the relevance benchmark can compare values as
candidates (benchmarks/relevance/candidates.py).
"""

from django.test import override_settings

from search.practices.database import ranking
from search.practices.text.query import Clause

BORDER = Clause(frozenset({("border",)}), 1.0)
ROTATION = Clause(frozenset({("rotat",)}), 1.0)
PAIR = Clause(frozenset({("border", "rotat")}), 0.6, proximity=True)
CLAUSES = (BORDER, ROTATION, PAIR)
IDFS = {BORDER: 1.0, ROTATION: 1.0, PAIR: 1.0}


def fields_of(text):
    field = ranking.AnalysedField(text, frozenset({"border", "rotat"}))
    field.weight = 1.0
    return [field]


def test_without_coverage_reward_a_word_repeated_can_outscore_two_words_once():
    repeated = ranking.score(fields_of("border border border border"), CLAUSES, IDFS, k1=100.0)
    both = ranking.score(fields_of("border rotat"), CLAUSES, IDFS, k1=100.0)
    assert repeated > both


def test_the_coverage_reward_ranks_the_practice_holding_more_of_the_query_first():
    repeated = ranking.score(fields_of("border border border border"), CLAUSES, IDFS, 100.0, 1.0)
    both = ranking.score(fields_of("border rotat"), CLAUSES, IDFS, 100.0, 1.0)
    assert both > repeated


def test_coverage_counts_words_and_concepts_by_weight_and_leaves_pairs_out():
    concept = Clause(frozenset({("zcabc",)}), 0.5)
    assert ranking.coverage((BORDER, concept, PAIR), [1.0, 0.0, 0.0]) == 1.0 / 1.5
    assert ranking.coverage((PAIR,), [0.0]) == 1.0


def test_a_smaller_k1_saturates_repeated_words_sooner():
    once, often = fields_of("border"), fields_of("border border border border")
    ratio_saturating = ranking.score(often, CLAUSES, IDFS, k1=0.5) / ranking.score(once, CLAUSES, IDFS, k1=0.5)
    ratio_linear = ranking.score(often, CLAUSES, IDFS, k1=20.0) / ranking.score(once, CLAUSES, IDFS, k1=20.0)
    assert ratio_saturating < ratio_linear


def test_field_weights_default_to_the_ranking_table_and_the_setting_overrides_one():
    assert ranking.field_settings() == ranking.FIELDS
    with override_settings(PRACTICE_SEARCH_FIELD_WEIGHTS={"body_terms": 1.5}):
        weights = ranking.field_settings()
    assert weights["body_terms"] == (1.5, ranking.FIELDS["body_terms"][1])
    assert weights["title_terms"] == ranking.FIELDS["title_terms"]

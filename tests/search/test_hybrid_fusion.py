"""Fusion by ranks and by scores, the vectors' share per query, and the total a hybrid search shows."""

import pytest

from search.practices import fusion
from search.practices.contract import PracticeQuery
from search.practices.elastic import vectors


def hits(*ids):
    return [{"_id": practice_id, "_source": {"title": practice_id}} for practice_id in ids]


def test_a_practice_both_rankings_hold_rises_above_one_only_one_ranks_first():
    ranked = fusion.fused([(hits("a", "b", "c"), 1.0), (hits("d", "b"), 1.0)])
    assert [hit["_id"] for hit in ranked] == ["b", "a", "d", "c"]
    assert ranked[0]["_score"] == 1 / 62 + 1 / 62


def test_ties_go_to_the_keyword_ranking_and_weights_scale_the_vector_ranking():
    assert [hit["_id"] for hit in fusion.fused([(hits("a"), 1.0), (hits("d"), 1.0)])] == ["a", "d"]
    halved = fusion.fused([(hits("a", "b"), 1.0), (hits("d"), 0.5)])
    assert [hit["_id"] for hit in halved] == ["a", "b", "d"]


def test_the_page_is_cut_from_the_fused_window(settings):
    settings.PRACTICE_SEARCH_HYBRID_VECTOR_WEIGHT = 1.0
    keyword = hits(*(f"k{rank}" for rank in range(5)))
    nearest = hits(*(f"v{rank}" for rank in range(5)))
    page, found = vectors.fused_page(PracticeQuery(text="x", page=2, page_size=2), keyword, nearest, window=6)
    assert [hit["_id"] for hit in page] == ["k1", "v1"]
    assert found == 10
    last, _found = vectors.fused_page(PracticeQuery(text="x", page=4, page_size=2), keyword, nearest, window=6)
    assert last == []  # past the window: the keyword ranking's pages (`querying`)


def test_the_total_counts_vector_only_practices_while_the_fusion_holds_every_keyword_match():
    assert fusion.fused_total(keyword_total=3, found=7, window=50) == 7
    assert fusion.fused_total(keyword_total=0, found=2, window=50) == 2
    assert fusion.fused_total(keyword_total=120, found=80, window=50) == 120


def test_with_hybrid_off_the_mapping_and_documents_are_untouched(settings):
    settings.PRACTICE_SEARCH_HYBRID = False
    body = {"mappings": {"properties": {"title": {"type": "text"}}}}
    assert vectors.add_to_mapping(body) == {"mappings": {"properties": {"title": {"type": "text"}}}}
    documents = [{"title": "Staff rotation"}]
    assert list(vectors.with_vectors(documents)) == [{"title": "Staff rotation"}]


def scored(*pairs):
    return [{"_id": practice_id, "_score": score, "_source": {"title": practice_id}} for practice_id, score in pairs]


def test_blending_keeps_a_strong_keyword_match_first_and_lets_in_only_close_vector_matches(settings):
    settings.PRACTICE_SEARCH_HYBRID_VECTOR_SHARE = 0.6
    settings.PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE = None  # one share for every query
    settings.PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY = 0.2
    keyword = scored(("a", 10.0), ("b", 9.0), ("c", 2.0))
    nearest = scored(("d", 0.9), ("e", 0.8), ("b", 0.7))
    similarity = {"a": 0.4, "b": 0.1, "c": 0.05, "d": 0.35, "e": 0.15}
    ranked = fusion.blended(keyword, nearest, similarity, window=50)
    # a: 0.4 x 1 + 0.6 x 0.4 / 0.4; d (vectors only): 0.6 x 0.35 / 0.4; b: 0.4 x 0.9 + 0.6 x 0.1 / 0.4.
    assert [hit["_id"] for hit in ranked] == ["a", "d", "b", "c"]  # e is below the minimum similarity
    assert ranked[0]["_score"] == 1.0
    assert ranked[1]["_source"] == {"title": "d"}


def test_blending_with_no_share_for_the_vectors_is_the_keyword_ranking_then_the_vector_matches(settings):
    settings.PRACTICE_SEARCH_HYBRID_VECTOR_SHARE = 0.0
    settings.PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE = None
    settings.PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY = 0.2
    keyword = scored(("a", 3.0), ("b", 2.0))
    ranked = fusion.blended(keyword, scored(("d", 0.9)), {"a": 0.1, "b": 0.9, "d": 0.9}, window=50)
    assert [hit["_id"] for hit in ranked] == ["a", "b", "d"]


def test_blending_without_keyword_matches_ranks_by_similarity_and_keeps_the_window(settings):
    settings.PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY = 0.2
    nearest = scored(("d", 0.5), ("e", 0.5), ("f", 0.5))
    ranked = fusion.blended([], nearest, {"d": 0.3, "e": 0.5, "f": 0.4}, window=2)
    assert [hit["_id"] for hit in ranked] == ["e", "f"]


def confident_fusion(settings):
    settings.PRACTICE_SEARCH_HYBRID_VECTOR_SHARE = 0.6
    settings.PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE = 0.4
    settings.PRACTICE_SEARCH_HYBRID_CONFIDENT_AGREEMENT = 0.7
    settings.PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY = 0.2


@pytest.mark.parametrize(
    ("similarity_of_a", "order", "best_score"),
    [
        # a is 0.3 / 0.4 = 0.75 of the closest (d) as close: confident, share 0.4.
        # a: 0.6 + 0.4 x 0.75 = 0.9; b: 0.6 x 0.9 + 0.4 x 0.25 = 0.64; d: 0.4.
        pytest.param(0.3, ["a", "b", "d"], 0.9, id="about-the-closest-the-vectors-weigh-less"),
        # a is 0.2 / 0.4 = 0.5 of the closest as close: not confident, share 0.6.
        # a: 0.4 + 0.6 x 0.5 = 0.7; d: 0.6; b: 0.4 x 0.9 + 0.6 x 0.25 = 0.51.
        pytest.param(0.2, ["a", "d", "b"], 0.7, id="far-from-the-closest-the-vectors-keep-their-share"),
    ],
)
def test_the_vectors_share_depends_on_how_close_the_best_keyword_match_is(settings, similarity_of_a, order, best_score):
    confident_fusion(settings)
    keyword = scored(("a", 10.0), ("b", 9.0))
    nearest = scored(("d", 0.9))
    ranked = fusion.blended(keyword, nearest, {"a": similarity_of_a, "b": 0.1, "d": 0.4}, window=50)
    assert [hit["_id"] for hit in ranked] == order
    assert ranked[0]["_score"] == pytest.approx(best_score)


def test_the_shares_passed_to_blending_win_over_the_settings(settings):
    confident_fusion(settings)
    keyword = scored(("a", 10.0), ("b", 9.0))
    similarity = {"a": 0.3, "b": 0.1, "d": 0.4}
    ranked = fusion.blended(keyword, scored(("d", 0.9)), similarity, window=50, share=0.0, confident_share=0.0)
    assert [hit["_id"] for hit in ranked] == ["a", "b", "d"]
    assert ranked[0]["_score"] == 1.0
    assert fusion.vector_share(keyword, similarity, 0.4, share=0.5, confident_share=0.1, agreement=0.8) == 0.5
    assert fusion.vector_share(keyword, similarity, 0.4, share=0.5, confident_share=0.1, agreement=0.7) == 0.1
    assert fusion.vector_share([], similarity, 0.4) == 0.6


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("CIPS results", True),
        ("A-CIP integrity leadership training", True),
        ("four-eyes principle in customs IT systems", True),
        ("PCA", True),
        ("staff rotation", False),
        ("STAFF ROTATION", False),  # written all in capitals, not an acronym
        ("Customs integrity in 2024", False),
        ("Covid-19 measures at the border", False),
    ],
)
def test_a_word_written_in_capitals_is_an_acronym(text, acronym):
    assert fusion.written_with_an_acronym(text) is acronym


def test_a_query_with_an_acronym_is_fused_at_the_acronym_share(settings):
    confident_fusion(settings)
    settings.PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE = 0.2
    assert fusion.query_shares("RKC standards on customs appeals") == (0.2, 0.2)
    assert fusion.query_shares("standards on customs appeals") == (None, None)
    keyword = scored(("a", 10.0), ("b", 8.0))
    similarity = {"a": 0.1, "b": 0.1, "d": 0.4}
    # a: 0.8 + 0.2 x 0.25 = 0.85; b: 0.8 x 0.8 + 0.05 = 0.69; d: 0.2 (at 0.6, d would come first).
    page, _found = vectors.fused_page(PracticeQuery(text="RKC appeals"), keyword, scored(("d", 0.9)), 50, similarity)
    assert [hit["_id"] for hit in page] == ["a", "b", "d"]
    page, _found = vectors.fused_page(PracticeQuery(text="appeals"), keyword, scored(("d", 0.9)), 50, similarity)
    assert [hit["_id"] for hit in page] == ["d", "a", "b"]
    settings.PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE = None
    assert fusion.query_shares("RKC standards on customs appeals") == (None, None)


def test_a_practice_similarity_is_the_mean_of_its_headline_and_nearest_passage():
    hits = [
        {"_id": "a", "matched_queries": {"feedback": 12.0, vectors.HEADLINE: 0.7, vectors.PASSAGE: 0.55}},
        {"_id": "b", "matched_queries": {vectors.HEADLINE: 0.6}},  # b has no narrative
        {"_id": "c", "matched_queries": {"feedback": 3.0}},  # outside the scope of the vectors' clauses
    ]
    similarity = vectors.similarities(hits)
    assert similarity == {"a": pytest.approx((0.4 + 0.1) / 2), "b": pytest.approx(0.2)}


def test_the_narrative_is_embedded_two_sentences_a_passage(settings):
    settings.PRACTICE_SEARCH_HYBRID = True
    settings.PRACTICE_SEARCH_HYBRID_PASSAGES = True
    source = {"body": "Officers stayed too long. A calendar plans moves! Complaints fell? Explain early."}
    assert fusion.passages_of(source) == [
        "Officers stayed too long. A calendar plans moves!",
        "Complaints fell? Explain early.",
    ]
    assert fusion.passages_of({"body": ""}) == []
    settings.PRACTICE_SEARCH_HYBRID_PASSAGES = False
    assert fusion.passages_of(source) == []

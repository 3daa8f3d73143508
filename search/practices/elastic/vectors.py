"""Hybrid practice search: each practice's sentence embedding in the index, and the query's nearest practices.

Behind PRACTICE_SEARCH_HYBRID (on where the model is installed). When it is on, the index mapping gets an
`embedding` field (a `dense_vector` indexed for kNN, cosine) and every
document written gets the embedding of its own version's title and summary,
in its own language (`embeddings`): each version of a translated practice
has its own. With PRACTICE_SEARCH_HYBRID_PASSAGES, each passage of its
narrative (two sentences) gets one too, in the nested field `passages`. The
embeddings are computed where the documents are built, in the indexing task
or the rebuild command, never in an editor's request. The mapping is strict,
so an index built with the setting off takes no vectors: turning it on needs
`rebuild_practice_index`.

A search (`querying.hybrid_page`) then fuses the keyword ranking with the
practices nearest to the query's embedding (`fused_page`), as `fusion`
says for either engine.
"""

from django.conf import settings

from .. import embeddings
from ..fusion import blended, embedded_text, enabled, fused, passages_of, query_shares, with_passages

FIELD = "embedding"
PASSAGES = "passages"  # nested: one object per passage of the narrative, each with its own FIELD
PASSAGE_FIELD = f"{PASSAGES}.{FIELD}"
# What a practice's similarity to a query is the mean of (`similarity_bodies`).
HEADLINE, PASSAGE = "headline", "passage"
# kNN reads this many candidates per shard for each practice it returns (recall of the HNSW graph).
CANDIDATES_PER_RESULT = 4


def _vector_mapping():
    return {"type": "dense_vector", "dims": embeddings.DIMENSIONS, "index": True, "similarity": "cosine"}


def add_to_mapping(index_body):
    """`index_body` (an index's settings and mappings) with the embedding fields, when hybrid search is on.

    The vectors are indexed (kNN reads them there) but left out of the
    stored `_source`: a practice's seven vectors or so are about 70 KB of
    JSON that every read of its source parsed (the hits' fields, and the
    documents pseudo-relevance feedback reads its terms from) and nothing
    reads. No write updates a document in place, so nothing needs them back.
    """
    mappings = index_body["mappings"]
    if enabled():
        mappings["properties"][FIELD] = _vector_mapping()
        mappings.setdefault("_source", {}).setdefault("excludes", []).append(FIELD)
    if with_passages():
        mappings["properties"][PASSAGES] = {"type": "nested", "properties": {FIELD: _vector_mapping()}}
        mappings["_source"]["excludes"].append(PASSAGES)
    return index_body


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
    texts = [[embedded_text(source), *passages_of(source)] for source in sources]
    vectors = iter(embeddings.embed([text for own in texts for text in own]))
    for source, own in zip(sources, texts, strict=True):
        headline, *passages = [next(vectors) for _text in own]
        if any(headline):  # Elasticsearch refuses a zero vector under cosine
            source[FIELD] = headline
        if with_passages():
            source[PASSAGES] = [{FIELD: vector} for vector in passages if any(vector)]
    return batch


def query_vector(text):
    return embeddings.embed([text])[0]


def nearest_body(vector, scope, size, source):
    """The practices nearest to `vector` that `scope` (visibility and filters, as the keyword query) keeps.

    The `size` nearest by title and summary and, with passages, the `size`
    with the nearest passage: each kNN search keeps only what is at least
    PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY close (a practice whose both
    similarities fall below it cannot reach it on their mean).
    """
    fields = [FIELD, PASSAGE_FIELD] if with_passages() else [FIELD]
    searches = [
        {
            "field": field,
            "query_vector": vector,
            "k": size,
            "num_candidates": max(100, size * CANDIDATES_PER_RESULT),
            "filter": [clause.to_dict() for clause in scope],
            "similarity": settings.PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY,
        }
        for field in fields
    ]
    return {"knn": searches, "size": size * len(fields), "track_total_hits": False, "_source": source}


def similarity_body(vector, practice_ids, scope):
    """One request for each of `practice_ids`' exact similarity to `vector`, each part a named clause.

    One kNN query per part, title and summary (`HEADLINE`) and, with
    passages, the nearest passage (`PASSAGE`, a nested query keeping its
    best passage's score), over exactly those practices (`k` and
    `num_candidates` as many as they are, so the search reads all of them:
    under so narrow a filter Lucene compares every vector rather than walk
    the graph). `scope` is the keyword query's, so nothing outside it is
    read. Sent asking for each named clause's score (`similarities`): one
    request where there was one per part, the same scores (tested).
    (Scripts, `cosineSimilarity`, would say it more simply, but a cluster
    may run without the scripting module.)
    """
    only = [{"ids": {"values": list(practice_ids)}}, *(clause.to_dict() for clause in scope)]
    size = max(1, len(practice_ids))

    def nearest(field):
        return {"knn": {"field": field, "query_vector": vector, "k": size, "num_candidates": size, "filter": only}}

    clauses = [{"knn": nearest(FIELD)["knn"] | {"_name": HEADLINE}}]
    if with_passages():
        passage = {"path": PASSAGES, "score_mode": "max", "query": nearest(PASSAGE_FIELD), "_name": PASSAGE}
        clauses.append({"nested": passage})
    query = {"bool": {"filter": only, "should": clauses}}
    return {"query": query, "size": size, "track_total_hits": False, "_source": False}


def similarities(hits):
    """{practice id: similarity} from the hits of `similarity_body`: the mean of its parts' scores, or its one.

    A kNN query under cosine scores (1 + cosine) / 2; the passage clause
    scores a practice by its nearest passage.
    """
    similarity = {}
    for hit in hits:
        parts = [2 * score - 1 for name, score in hit.get("matched_queries", {}).items() if name in (HEADLINE, PASSAGE)]
        if parts:
            similarity[hit["_id"]] = sum(parts) / len(parts)
    return similarity


def fused_page(query, keyword_hits, nearest_hits, window, similarity=None):
    """The page of `query` among the fused best `window` hits, and how many practices the fusion found.

    Fused by scores when `similarity` ({practice id: cosine}) is given
    (`blended`), else by ranks (`fused`). Pages past the window are the
    keyword ranking's (`querying`), as they are past the feedback re-ranking.
    """
    if similarity is not None:
        share, confident_share = query_shares(query.text)
        ranked = blended(keyword_hits, nearest_hits, similarity, window, share, confident_share)
    else:
        ranked = fused([(keyword_hits, 1.0), (nearest_hits, settings.PRACTICE_SEARCH_HYBRID_VECTOR_WEIGHT)])
    start = (query.page - 1) * query.page_size
    return ranked[:window][start : start + query.page_size], len(ranked)

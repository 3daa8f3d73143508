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
practices nearest to the query's embedding (`fused_page`): by their scores
(`blended`, the default, the similarity's share set per query by
`vector_share` and `query_shares`) or by their ranks (`fused`, reciprocal
rank fusion).
"""

import re

from django.conf import settings

from .. import embeddings

FIELD = "embedding"
PASSAGES = "passages"  # nested: one object per passage of the narrative, each with its own FIELD
PASSAGE_FIELD = f"{PASSAGES}.{FIELD}"
# A passage is this many sentences of the narrative; a practice embeds at most MAX_PASSAGES of them.
SENTENCES_PER_PASSAGE = 2
MAX_PASSAGES = 40
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A word written as an acronym: 2 to 6 capitals, digits or hyphens, two capitals at least ("CIPS", "A-CIP", "IT").
ACRONYM = re.compile(r"(?<![\w-])(?=(?:[0-9-]*[A-Z]){2})[A-Z0-9-]{2,6}(?![\w-])")
LOWER_CASE = re.compile(r"[^\W\d_A-Z]")
# What a practice's similarity to a query is the mean of (`similarity_bodies`).
HEADLINE, PASSAGE = "headline", "passage"
# Reciprocal rank fusion: a practice scores the sum of 1 / (RRF_RANK_CONSTANT + rank) over the two rankings.
# 60 is the constant of the original paper (Cormack et al., 2009), and Elasticsearch's default.
RRF_RANK_CONSTANT = 60
# kNN reads this many candidates per shard for each practice it returns (recall of the HNSW graph).
CANDIDATES_PER_RESULT = 4


def enabled():
    return bool(getattr(settings, "PRACTICE_SEARCH_HYBRID", False))


def with_passages():
    return enabled() and settings.PRACTICE_SEARCH_HYBRID_PASSAGES


def by_scores():
    """Whether the rankings are fused by their scores (`blended`) rather than their ranks (`fused`)."""
    return settings.PRACTICE_SEARCH_HYBRID_FUSION == "scores"


def _vector_mapping():
    return {"type": "dense_vector", "dims": embeddings.DIMENSIONS, "index": True, "similarity": "cosine"}


def add_to_mapping(index_body):
    """`index_body` (an index's settings and mappings) with the embedding fields, when hybrid search is on."""
    if enabled():
        index_body["mappings"]["properties"][FIELD] = _vector_mapping()
    if with_passages():
        index_body["mappings"]["properties"][PASSAGES] = {"type": "nested", "properties": {FIELD: _vector_mapping()}}
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


def passages_of(source):
    """The passages of a practice's narrative that get a vector each: runs of SENTENCES_PER_PASSAGE sentences."""
    if not with_passages():
        return []
    sentences = [sentence for sentence in SENTENCE_END.split(source.get("body") or "") if sentence.strip()]
    runs = range(0, len(sentences), SENTENCES_PER_PASSAGE)
    return [" ".join(sentences[start : start + SENTENCES_PER_PASSAGE]) for start in runs][:MAX_PASSAGES]


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


def similarity_bodies(vector, practice_ids, scope):
    """Requests for each of `practice_ids`' exact similarity to `vector`: {part: body}.

    One kNN search per part, title and summary (`HEADLINE`) and, with
    passages, the nearest passage (`PASSAGE`), over exactly those practices
    (`k` and `num_candidates` as many as they are, so the search reads all
    of them: under so narrow a filter Lucene compares every vector rather
    than walk the graph). `scope` is the keyword query's, so nothing outside
    it is read. (Scripts, `cosineSimilarity`, would say it in one request,
    but a cluster may run without the scripting module.)
    """
    fields = {HEADLINE: FIELD, PASSAGE: PASSAGE_FIELD} if with_passages() else {HEADLINE: FIELD}
    only = [{"ids": {"values": list(practice_ids)}}, *(clause.to_dict() for clause in scope)]
    size = max(1, len(practice_ids))
    return {
        part: {
            "knn": {"field": field, "query_vector": vector, "k": size, "num_candidates": size, "filter": only},
            "size": size,
            "track_total_hits": False,
            "_source": False,
        }
        for part, field in fields.items()
    }


def similarities(answers):
    """{practice id: similarity} from the answers to `similarity_bodies`: the mean of its parts', or the one it has.

    A kNN search under cosine scores (1 + cosine) / 2; a passage search
    scores a practice by its nearest passage.
    """
    parts = {}
    for answer in answers:
        for hit in answer["hits"]["hits"]:
            parts.setdefault(hit["_id"], []).append(2 * hit["_score"] - 1)
    return {practice_id: sum(values) / len(values) for practice_id, values in parts.items()}


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


def vector_share(keyword_hits, similarity, best_similarity, share=None, confident_share=None, agreement=None):
    """The similarity's share of a fused score for this query: less of it when the words already found the nearest.

    The keyword ranking is confident when its best hit is about as close to
    the query as the closest practice of the fusion (its similarity at least
    `agreement` x the best, PRACTICE_SEARCH_HYBRID_CONFIDENT_AGREEMENT): the
    words typed named what the query means, and the vectors should then only
    reorder its near ties, at `confident_share`
    (PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE). Otherwise (a paraphrase,
    or a query whose words match something else) the similarity takes
    `share` (PRACTICE_SEARCH_HYBRID_VECTOR_SHARE). A confident share of None
    is `share` for every query (the fusion as first adopted). Each argument
    left out is read from its setting, so another engine can fuse with its own.
    """
    share = settings.PRACTICE_SEARCH_HYBRID_VECTOR_SHARE if share is None else share
    if confident_share is None:
        confident_share = settings.PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE
    agreement = settings.PRACTICE_SEARCH_HYBRID_CONFIDENT_AGREEMENT if agreement is None else agreement
    if confident_share is None or not keyword_hits:
        return share
    best_keyword_hit_similarity = max(similarity.get(keyword_hits[0]["_id"], 0.0), 0.0)
    return confident_share if best_keyword_hit_similarity >= agreement * best_similarity else share


def written_with_an_acronym(text):
    """Whether the query holds a word written as an acronym (and is not written all in capitals, unless one word).

    A sentence-embedding model has seen few of the acronyms of customs
    programmes and bodies (CIPS, RKC, IDG), so a query's similarity to a
    practice says little about them, where the keyword ranking matches the
    acronym itself and, through the concept vocabulary, what it stands for.
    """
    words = text.split()
    return bool(ACRONYM.search(text)) and (len(words) == 1 or bool(LOWER_CASE.search(text)))


def query_shares(text):
    """The `share` and `confident_share` of `blended` for a query's text: (None, None), the settings', unless it
    holds an acronym and PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE is set, which is then both."""
    acronym_share = settings.PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE
    if acronym_share is not None and written_with_an_acronym(text):
        return acronym_share, acronym_share
    return None, None


def blended(keyword_hits, nearest_hits, similarity, window, share=None, confident_share=None, agreement=None):
    """The keyword hits and the nearest ones in one ranking, by a weighted sum of their normalised scores.

    A hit scores (1 - share) x its keyword score / the best keyword score
    + share x its similarity / the best similarity among the hits, share
    depending on whether the keyword ranking is confident (`vector_share`,
    which reads the last three arguments); `similarity` ({practice id:
    cosine}) holds every hit's. Every keyword hit takes part, whatever its
    similarity; a practice only the vectors found takes part if it is at
    least PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY close, the `window` closest
    at most. So a practice both rankings rate stays first, and one the words
    do not find reaches the page only if it is close. Ties go to the keyword
    ranking's order.
    """
    floor = settings.PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY
    keyword_ids = {hit["_id"] for hit in keyword_hits}
    vector_only = sorted(
        (hit for hit in nearest_hits if hit["_id"] not in keyword_ids and similarity.get(hit["_id"], -1.0) >= floor),
        key=lambda hit: -similarity[hit["_id"]],
    )
    hits = keyword_hits + vector_only[:window]
    best_keyword = max((hit["_score"] or 0.0 for hit in keyword_hits), default=0.0) or 1.0
    best_similarity = max((similarity.get(hit["_id"], 0.0) for hit in hits), default=0.0)
    best_similarity = best_similarity if best_similarity > 0 else 1.0
    share = vector_share(keyword_hits, similarity, best_similarity, share, confident_share, agreement)

    def score(hit):
        words = (hit["_score"] or 0.0) / best_keyword if hit["_id"] in keyword_ids else 0.0
        return (1 - share) * words + share * max(similarity.get(hit["_id"], 0.0), 0.0) / best_similarity

    scored = [hit | {"_score": score(hit)} for hit in hits]
    return sorted(scored, key=lambda hit: -hit["_score"])  # stable: keyword order first on a tie


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


def fused_total(keyword_total, found, window):
    """The total a hybrid search shows: the keyword matches, and the practices only the vectors found.

    When the keyword query matched fewer than `window` practices, all of
    them are in the fusion, which is then exactly every practice found. Past
    that, the keyword total is kept (facets count keyword matches only): it
    leaves out at most the window's vector-only practices.
    """
    return max(keyword_total, found) if keyword_total < window else keyword_total

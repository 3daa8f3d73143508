"""The fusion of a keyword ranking with the practices nearest a query's sentence embedding, for either engine.

Behind PRACTICE_SEARCH_HYBRID (on where the model is installed). What a
practice's vectors stand for (`embedded_text`, `passages_of`) and how the
two rankings become one (`blended` by normalised scores, the default;
`fused` by reciprocal rank) are the same for Elasticsearch
(`elastic.vectors`, the kNN requests and the mapping) and the database
engine (`database.vectors`, numpy over stored vectors). Kept apart from
both so that the database engine never loads the Elasticsearch client: a
site without Elasticsearch imports none of it (tests/search/test_elastic_loaded_at_startup.py).
"""

import re

from django.conf import settings

# A passage is this many sentences of the narrative; a practice embeds at most MAX_PASSAGES of them.
SENTENCES_PER_PASSAGE = 2
MAX_PASSAGES = 40
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A word written as an acronym: 2 to 6 capitals, digits or hyphens, two capitals at least ("CIPS", "A-CIP", "IT").
ACRONYM = re.compile(r"(?<![\w-])(?=(?:[0-9-]*[A-Z]){2})[A-Z0-9-]{2,6}(?![\w-])")
LOWER_CASE = re.compile(r"[^\W\d_A-Z]")
# Reciprocal rank fusion: a practice scores the sum of 1 / (RRF_RANK_CONSTANT + rank) over the two rankings.
# 60 is the constant of the original paper (Cormack et al., 2009), and Elasticsearch's default.
RRF_RANK_CONSTANT = 60


def enabled():
    return bool(getattr(settings, "PRACTICE_SEARCH_HYBRID", False))


def with_passages():
    return enabled() and settings.PRACTICE_SEARCH_HYBRID_PASSAGES


def by_scores():
    """Whether the rankings are fused by their scores (`blended`) rather than their ranks (`fused`)."""
    return settings.PRACTICE_SEARCH_HYBRID_FUSION == "scores"


def embedded_text(source):
    """What a practice's vector stands for: its title and summary, as its own version says them."""
    return ". ".join(part for part in (source.get("title") or "", source.get("summary") or "") if part)


def passages_of(source):
    """The passages of a practice's narrative that get a vector each: runs of SENTENCES_PER_PASSAGE sentences."""
    if not with_passages():
        return []
    sentences = [sentence for sentence in SENTENCE_END.split(source.get("body") or "") if sentence.strip()]
    runs = range(0, len(sentences), SENTENCES_PER_PASSAGE)
    return [" ".join(sentences[start : start + SENTENCES_PER_PASSAGE]) for start in runs][:MAX_PASSAGES]


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


def fused_total(keyword_total, found, window):
    """The total a hybrid search shows: the keyword matches, and the practices only the vectors found.

    When the keyword query matched fewer than `window` practices, all of
    them are in the fusion, which is then exactly every practice found. Past
    that, the keyword total is kept (facets count keyword matches only): it
    leaves out at most the window's vector-only practices.
    """
    return max(keyword_total, found) if keyword_total < window else keyword_total

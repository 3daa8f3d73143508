"""Reading the practice index: full-text search with facets, and autocomplete.

What a text matches and how it scores is `matching`'s; this module adds
visibility, filters, facets, sorting, snippets and suggestions.

Visibility: the index holds every live practice, restricted or not; each
query keeps the audiences the reader passes (`knowledgebase.audience`: the
same rule as `knowledgebase.visibility`, written into each document) and,
of a translated practice, every version but the one in the reader's
language when there is one (as the database engine and the practice
listing do), and autocomplete and "did you mean" are checked against the
same rule before anything is shown.
"""

import time
import unicodedata
from datetime import datetime

from django.utils import translation
from elasticsearch_dsl import MultiSearch, Q

from knowledgebase.audience import PUBLIC, readable_audiences
from search.practices import contract

from ..text.query import analyse_query
from ..text.snippets import snippet
from .connection import alias_name, search_client, search_timeout
from .document import PracticeDocument
from .facets import FACET_FIELDS, facet_aggregation, facet_values
from .matching import FEEDBACK_DOCUMENTS, re_ranking_clauses, text_query

MAX_RESULT_WINDOW = 10_000
TOTAL = "total"
# Relevance order: ties newest first, then by id, so pages never overlap.
BEST_FIRST = ("_score", {"published_at": {"order": "desc", "missing": "_last"}}, {"page_id": "desc"})
# How many of the best matches proximity and pseudo-relevance feedback re-rank (pages beyond keep the first order).
FEEDBACK_WINDOW = 50
# The re-ranking request gets at least this long, however little of the search's time is left (seconds).
MIN_FEEDBACK_TIMEOUT = 0.1
HIT_FIELDS = [
    "page_id",
    "external_id",
    "title",
    "url",
    "summary",
    "body",
    "key_factors",
    "region",
    "administration_name",
    "administration_slug",
    "year",
    "language",
    "published_at",
    "audience",
]
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 16


def visibility_filter(audiences):
    """Keeps the practices of the `audiences` the reader passes, in the version meant for the reader's language."""
    return Q("bool", filter=[Q("terms", audience=audiences), version_for_reader(translation.get_language())])


def version_for_reader(language):
    """One version per practice: the one in `language` if it has been translated into it, else every version.

    The database engine's rule: a version steps aside only for a sibling in
    the reader's language.
    """
    return Q("bool", should=[Q("term", locale=language), ~Q("term", translation_locales=language)])


def shown_to_reader(source, language):
    """`version_for_reader`, for a document read back (autocomplete reads suggestions, not hits)."""
    return source.locale == language or language not in (source.translation_locales or ())


def filter_clauses(query):
    return {name: Q("terms", **{FACET_FIELDS[name]: list(values)}) for name, values in query.filters().items()}


def clean_text(text):
    """The words of a query, without control characters, capped in length (Elasticsearch rejects some bytes)."""
    printable = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in text[: MAX_QUERY_LENGTH * 2])
    # Repeats add nothing to a query but clauses (synonyms multiply them).
    words = list(dict.fromkeys(printable.split()))[:MAX_QUERY_WORDS]
    return " ".join(words)[:MAX_QUERY_LENGTH].strip()


def hits_search(query, text, scope, window=False):
    """The page of hits, or (`window`) the ids and scores of the best FEEDBACK_WINDOW matches for `re_ranked_page`.

    With every filter in the query and no aggregations or exact total to
    compute, Elasticsearch can skip the documents that cannot reach the
    page.
    """
    search = PracticeDocument.search(using=search_client(), index=alias_name())
    search = search.query(Q("bool", must=[text_query(text)], filter=scope) if text else Q("bool", filter=scope))
    if query.sort == contract.SORT_DATE or not text:
        search = search.sort({"published_at": {"order": "desc", "missing": "_last"}}, {"page_id": "desc"})
        search = search.extra(track_scores=bool(text))
    else:
        search = search.sort(*BEST_FIRST)
    search = search.extra(track_total_hits=False)
    if window:
        return search[:FEEDBACK_WINDOW].source(False)
    start = min((query.page - 1) * query.page_size, MAX_RESULT_WINDOW - query.page_size)
    return search[start : start + query.page_size].source(HIT_FIELDS)


def re_ranked_page(query, text, window_hits, timeout):
    """The page of hits, the best matches re-ranked by proximity and pseudo-relevance feedback.

    The first request found the best FEEDBACK_WINDOW matches and their
    scores; this one scores just those on `matching.re_ranking_clauses` and
    adds each one's first score back as a constant (`first_scores`), so
    Elasticsearch sorts by the sum and returns the page with its source.
    Re-scoring them with the text query instead cost 10 to 25 ms of
    rewriting (typo expansions, synonym phrases) for 50 documents.
    `timeout` is what is left of the search's time: both requests together
    stay within `PRACTICE_SEARCH_TIMEOUT`, so the fallback still answers in time.
    """
    ids = [hit["_id"] for hit in window_hits]
    liked = [{"_index": alias_name(), "_id": practice_id} for practice_id in ids[:FEEDBACK_DOCUMENTS]]
    start = (query.page - 1) * query.page_size
    search = (
        PracticeDocument.search(using=search_client().options(request_timeout=timeout), index=alias_name())
        .query(
            Q(
                "bool",
                should=[*re_ranking_clauses(text, liked), *first_scores(window_hits)],
                filter=[Q("ids", values=ids)],
            )
        )
        .sort(*BEST_FIRST)
        .extra(track_total_hits=False)
        .source(HIT_FIELDS)
    )
    return search[start : start + query.page_size].execute().to_dict()["hits"]["hits"]


def first_scores(hits):
    """One clause per hit matching it alone and scoring its first-pass score."""
    return [Q("constant_score", filter=Q("ids", values=[hit["_id"]]), boost=hit["_score"] or 0.0) for hit in hits]


def facets_search(text, audiences, filters):
    matching = [visibility_filter(audiences), *([text_query(text)] if text else [])]
    search = PracticeDocument.search(using=search_client(), index=alias_name()).query(Q("bool", filter=matching))
    for name in contract.FACETS:
        others = [clause for other, clause in filters.items() if other != name]
        search.aggs.bucket(name, facet_aggregation(name, others))
    search.aggs.bucket(TOTAL, "filter", Q("bool", filter=list(filters.values())))
    if text:
        search = search.suggest(
            "did_you_mean",
            text,
            phrase={
                "field": "spelling",
                "size": 1,
                "max_errors": 2,
                "direct_generator": [{"field": "spelling", "suggest_mode": "missing"}],
            },
        )
    return search.extra(size=0, track_total_hits=False).params(request_cache=True)


def search(query, user):
    """Two requests in one `_msearch` round trip, then (relevance order, first pages) the re-ranking.

    The facets request counts instead of scoring: the text query in filter
    context (the same matches, no scores), one aggregation per facet under
    the other facets' filters and one under all of them, which gives the
    total; and the "did you mean" suggester. It has no hits (`size: 0`), so
    Elasticsearch's shard request cache keeps its answer until the index
    next changes: the counts and suggestion of the listing with no words,
    and of popular searches, are then read, not computed.
    """
    started = time.monotonic()
    audiences = readable_audiences(user)
    text = clean_text(query.text)
    filters = filter_clauses(query)
    scope = [visibility_filter(audiences), *filters.values()]
    re_ranked = bool(text) and query.sort != contract.SORT_DATE and query.page * query.page_size <= FEEDBACK_WINDOW
    hits_response, facets_response = (
        MultiSearch(using=search_client(), index=alias_name())
        .add(hits_search(query, text, scope, window=re_ranked))
        .add(facets_search(text, audiences, filters))
        .execute()
    )
    hits = hits_response.to_dict()["hits"]["hits"]
    analysed = analyse_query(text)
    if re_ranked and hits:
        remaining = max(MIN_FEEDBACK_TIMEOUT, search_timeout() - (time.monotonic() - started))
        hits = re_ranked_page(query, text, hits, remaining)
    aggregations = facets_response.aggregations
    return contract.PracticeResults(
        hits=[practice_hit(hit, analysed) for hit in hits],
        total=aggregations[TOTAL].doc_count,
        page=query.page,
        page_size=query.page_size,
        facets=facet_values(aggregations, query),
        suggestion=did_you_mean(facets_response, text, audiences),
        engine="elasticsearch",
    )


def practice_hit(hit, analysed):
    """A hit of the raw response: building a `PracticeDocument` for each (dates through dateutil) cost more than ES.

    The snippet is cut and marked here, as the database engine does it
    (`text.snippets`, from the summary and narrative in the hit's
    source): the same passage and marks whichever engine answers, in a few
    milliseconds for a page, where Elasticsearch's highlighter, re-running
    the synonym-expanded query on each hit's fields, took 20 to 90 ms.
    """
    source = hit["_source"]
    published_at = source.get("published_at")
    return contract.PracticeHit(
        page_id=source["page_id"],
        external_id=source.get("external_id") or "",
        title=source["title"],
        url=source.get("url") or "",
        snippet=snippet(
            [source.get("summary") or "", source.get("body") or ""],
            source.get("language") or "",
            analysed.highlight_terms,
            analysed.word_terms,
        ),
        key_factors=tuple(source.get("key_factors") or ()),
        region=source.get("region") or "",
        administration=source.get("administration_name") or "",
        administration_slug=source.get("administration_slug") or "",
        year=source.get("year"),
        language=source.get("language") or "",
        published_at=datetime.fromisoformat(published_at) if published_at else None,
        score=float(hit.get("_score") or 0.0),
        restricted=source.get("audience", PUBLIC) != PUBLIC,
    )


def did_you_mean(response, text, audiences):
    """The phrase suggester's correction, if it differs and finds something `user` may see."""
    suggestions = getattr(response, "suggest", None)
    if not suggestions or not suggestions.did_you_mean:
        return None
    options = suggestions.did_you_mean[0].options
    if not options:
        return None
    corrected = options[0].text
    if corrected.strip().lower() == text.strip().lower():
        return None
    visible = (
        PracticeDocument.search(using=search_client(), index=alias_name())
        .query(
            Q(
                "bool",
                must=[Q("match", spelling={"query": corrected, "operator": "and"})],
                filter=[visibility_filter(audiences)],
            )
        )
        .count()
    )
    return corrected if visible else None


def completed_tag(matched_input, tag_names):
    """The whole tag a completion input belongs to (inputs are a tag or its tail from a later word)."""
    matched = matched_input.lower()
    return next((name for name in tag_names if name.lower().endswith(matched)), None)


def complete(prefix, user, limit=8):
    """Titles and tags starting with `prefix` (any word of a title may start it), visible to `user`."""
    prefix = clean_text(prefix)
    if not prefix or limit <= 0:
        return []
    audiences = set(readable_audiences(user))
    language = translation.get_language()
    search = (
        PracticeDocument.search(using=search_client(), index=alias_name())
        .source(["title", "url", "audience", "tag_names", "locale", "translation_locales"])
        .suggest("titles", prefix, completion={"field": "title_suggest", "size": limit * 3, "skip_duplicates": False})
        .suggest("tags", prefix, completion={"field": "tag_suggest", "size": limit * 6, "skip_duplicates": False})
        .extra(size=0)
    )
    response = search.execute()
    titles, tags = [], []
    seen_titles, seen_tags = set(), set()
    for option in response.suggest.titles[0].options:
        source = option._source
        if source.audience not in audiences or not shown_to_reader(source, language):
            continue
        if source.title not in seen_titles:
            seen_titles.add(source.title)
            titles.append(contract.Completion(text=source.title, kind="title", url=source.url))
    for option in response.suggest.tags[0].options:
        if option._source.audience not in audiences or not shown_to_reader(option._source, language):
            continue
        tag = completed_tag(option.text, option._source.tag_names or ())
        if tag and tag.lower() not in seen_tags:
            seen_tags.add(tag.lower())
            tags.append(contract.Completion(text=tag, kind="tag"))
    tag_room = min(len(tags), max(limit - len(titles), limit // 2))
    return titles[: limit - tag_room] + tags[:tag_room]

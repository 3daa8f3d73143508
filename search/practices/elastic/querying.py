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

import dataclasses
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from django.utils import translation
from elasticsearch_dsl import Q

from knowledgebase.audience import PUBLIC, readable_audiences
from search.practices import contract
from search.vocabulary import current_lexicon

from .. import fusion
from ..known_words import allowed_edits, closest_word, corrected_text, unknown_words
from ..results_cache import cached_results
from ..text.analysis import fold, language_or_default
from ..text.query import analyse_query, content_words
from ..text.snippets import snippet
from . import index_token, vectors
from .connection import alias_name, search_client, search_timeout
from .document import PracticeDocument
from .facets import FACET_FIELDS, facet_aggregation, facet_values
from .matching import MIN_FUZZY_LENGTH, exact_query, feedback_clause, ranking, text_query

MAX_RESULT_WINDOW = 10_000
TOTAL = "total"
NEWEST_FIRST = ({"published_at": {"order": "desc", "missing": "_last"}}, {"page_id": "desc"})
# The order of a page of the best matches (`re_ranked_page`): ties newest first, then by id.
BEST_FIRST = ("_score", *NEWEST_FIRST)
# About how many of the best matches are scored exactly and re-ranked by feedback (`re_ranked_window`).
FEEDBACK_WINDOW = 50
# The re-ranking request gets at least this long, however little of the search's time is left (seconds).
MIN_REQUEST_TIMEOUT = 0.1
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
# Spelling corrections (`spelled`), as the database engine bounds them: at most this many words a query.
MAX_CORRECTED_WORDS = 3


def visibility_filter(audiences):
    """Keeps the practices of the `audiences` the reader passes, in the version meant for the reader's language."""
    return Q("bool", filter=[Q("terms", audience=audiences), version_for_reader(translation.get_language())])


def version_for_reader(language):
    """One version per practice: the one in `language`, else the original (`indexing.reader_languages_of`).

    The database engine's rule. Every version's document holds the text of
    all of them, so the version shown is found by words only another
    version holds, and facets and totals count the practice once.
    """
    return Q("term", reader_languages=language)


def shown_to_reader(source, language):
    """`version_for_reader`, for a document read back (autocomplete reads suggestions, not hits)."""
    return language in (source.reader_languages or ())


def filter_clauses(query):
    return {name: Q("terms", **{FACET_FIELDS[name]: list(values)}) for name, values in query.filters().items()}


def clean_text(text):
    """The words of a query, without control characters, capped in length (Elasticsearch rejects some bytes)."""
    printable = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in text[: MAX_QUERY_LENGTH * 2])
    # Repeats add nothing to a query but clauses (each is a clause).
    words = list(dict.fromkeys(printable.split()))[:MAX_QUERY_WORDS]
    return " ".join(words)[:MAX_QUERY_LENGTH].strip()


def hits_body(query, matched, scope, window=None):
    """The page of hits, or the best `re_ranked_window` matches scored exactly (`window`: the exact query).

    Matches are found and first scored by `matched`, the cheap form of the
    text query, which lets Elasticsearch skip practices that cannot reach
    the page; `scope` (visibility and filters) narrows them. The `window`
    request rescores the best of them on the exact query
    (`matching.exact_query`), in the same request, for `re_ranked_page`. In
    relevance order ties go by index order, so the window and the pages
    past it are cut from one order; rescoring rules out any other sort.
    Requests are plain bodies: building them with elasticsearch-dsl's
    `Search`, which copies itself at every step, cost several milliseconds
    a search.
    """
    if query.sort == contract.SORT_DATE or not matched:
        query_part = Q("bool", must=[matched], filter=scope) if matched else Q("bool", filter=scope)
        body = {"query": query_part.to_dict(), "sort": list(NEWEST_FIRST), "track_scores": bool(matched)}
    else:
        # The text query alone is a plain disjunction, which Lucene scores skipping whatever
        # cannot reach the page; with the filters beside it, it scored every match (a broad
        # search's first pass took twice as long). As a post filter they still apply before
        # the best are chosen and rescored.
        body = {"query": matched.to_dict(), "post_filter": Q("bool", filter=scope).to_dict()}
    body["track_total_hits"] = False
    if window:
        rescore = {"rescore_query": window.to_dict(), "query_weight": 0, "rescore_query_weight": 1}
        return body | {
            "size": re_ranked_window(query),
            "_source": False,
            "rescore": {"window_size": re_ranked_window(query), "query": rescore},
        }
    start = min((query.page - 1) * query.page_size, MAX_RESULT_WINDOW - query.page_size)
    return body | {"from": start, "size": query.page_size, "_source": HIT_FIELDS}


def hybrid_page(query, text, matched, scope, window, started):
    """The page among the best keyword matches and the practices nearest the query's embedding, fused (`vectors`).

    Each request is sent, from another thread, as soon as what it needs is
    there, so Elasticsearch works on several at once: the keyword ranking's
    first request (which finds and scores its window) before the query is
    embedded; the nearest practices once it is; the feedback re-ranking of
    the window as soon as the window is back, while the nearest practices
    may still be on their way; then, fused by scores, one request giving
    every practice of either ranking its exact similarity
    (`vectors.similarity_body`). All keep `scope`. Returns the page and how
    many practices the fusion found.
    """
    size = re_ranked_window(query)
    whole = dataclasses.replace(query, page=1, page_size=size)
    keyword_answer = sent_beside(hits_body(whole, matched, scope, window=window))
    vector = vectors.query_vector(text)
    nearest_answer = sent_beside(vectors.nearest_body(vector, scope, size, HIT_FIELDS))
    window_hits = keyword_answer.result()["hits"]["hits"]
    re_ranked_answer = (
        sent_beside(re_ranked_body(whole, window_hits), timeout=remaining_time(started)) if window_hits else None
    )
    nearest_hits = nearest_answer.result()["hits"]["hits"]
    similarity = None
    if fusion.by_scores():
        practice_ids = list(dict.fromkeys(hit["_id"] for hit in window_hits + nearest_hits))
        similarity_request = vectors.similarity_body(vector, practice_ids, scope)
        similarity = vectors.similarities(send(similarity_request, named_scores=True)["hits"]["hits"])
    keyword_hits = re_ranked_answer.result()["hits"]["hits"] if re_ranked_answer else []
    return vectors.fused_page(query, keyword_hits, nearest_hits, size, similarity)


def re_ranked_window(query):
    """How many of the best matches are re-ranked: whole pages, about FEEDBACK_WINDOW of them.

    The first page past them lists the next matches in the first order; a
    window ending inside a page would show some practices twice and some
    never.
    """
    return max(1, FEEDBACK_WINDOW // query.page_size) * query.page_size


def re_ranked_page(query, window_hits, timeout):
    """The page of hits: the best matches, scored exactly, re-ranked with pseudo-relevance feedback (`re_ranked_body`).

    `timeout` is what is left of the search's time: both requests together
    stay within `PRACTICE_SEARCH_TIMEOUT`, so the fallback still answers in time.
    """
    return send(re_ranked_body(query, window_hits), timeout=timeout)["hits"]["hits"]


def re_ranked_body(query, window_hits):
    """The request for the page of `window_hits`, re-ranked with pseudo-relevance feedback.

    The first request found the best `re_ranked_window` matches and scored
    them exactly; this one adds the feedback clause built from the best few
    (`matching.feedback_clause`) to each one's exact score, given back as a
    constant, and returns the page with its source, ties newest first.
    """
    ids = [hit["_id"] for hit in window_hits]
    liked = [{"_index": alias_name(), "_id": practice_id} for practice_id in ids[: ranking("feedback_documents")]]
    scored = Q("bool", should=[feedback_clause(liked), *given_scores(window_hits)], filter=[Q("ids", values=ids)])
    return {
        "query": scored.to_dict(),
        "sort": list(BEST_FIRST),
        "track_total_hits": False,
        "from": (query.page - 1) * query.page_size,
        "size": query.page_size,
        "_source": HIT_FIELDS,
    }


def given_scores(hits):
    """One clause per hit, matching it alone and scoring what it scored in the first request."""
    return [Q("constant_score", filter=Q("ids", values=[hit["_id"]]), boost=hit["_score"] or 0.0) for hit in hits]


def facets_body(text, matched, audiences, filters):
    matching = [visibility_filter(audiences), *([matched] if matched else [])]
    aggregations = {
        name: facet_aggregation(name, [clause for other, clause in filters.items() if other != name]).to_dict()
        for name in contract.FACETS
    }
    aggregations[TOTAL] = {"filter": Q("bool", filter=list(filters.values())).to_dict()}
    body = {
        "query": Q("bool", filter=matching).to_dict(),
        "aggs": aggregations,
        "size": 0,
        "track_total_hits": False,
    }
    if text:
        body["suggest"] = {
            "did_you_mean": {
                "text": text,
                "phrase": {
                    "field": "spelling",
                    "size": 1,
                    "max_errors": 2,
                    "direct_generator": [{"field": "spelling", "suggest_mode": "missing"}],
                },
            }
        }
    return body


def send(body, timeout=None, request_cache=None, named_scores=None):
    """The raw answer of one search request to the practice index (`named_scores`: each named clause's score)."""
    client = search_client() if timeout is None else search_client().options(request_timeout=timeout)
    return client.search(
        index=alias_name(), body=body, request_cache=request_cache, include_named_queries_score=named_scores
    ).body


def likely_typos(text, language):
    """The query's words no practice holds, among those long enough to be matched with a typo (`FUZZINESS`)."""
    words = [fold(word) for word in content_words(text)]
    return unknown_words([word for word in words if len(word) >= MIN_FUZZY_LENGTH and word.isalpha()], language)


def spelled(text, language):
    """(the text to search, {misspelt word: correction}, the words left to typo tolerance).

    With `spelling_corrections`, a word no practice holds is replaced by the
    nearest known word (`known_words.closest_word`, the database engine's
    correction, within `correction_edits`; with
    `corrections_spare_concept_words`, not a word of the concept vocabulary),
    so the correction is stemmed, names its concepts and pairs with its
    neighbours as a word spelt right would; typo tolerance
    (`matching.typo_queries`) is left to the words without one. Without the
    setting, every word no practice holds is left to typo tolerance. The
    "did you mean" suggestion is the suggester's, from the text as typed.
    """
    if not ranking("spelling_corrections"):
        return text, {}, likely_typos(text, language)
    edits = tuple(ranking("correction_edits"))
    words = [fold(word) for word in content_words(text)]
    unknown = unknown_words([word for word in words if allowed_edits(word, edits) and word.isalpha()], language)
    if ranking("corrections_spare_concept_words"):
        lexicon = current_lexicon()
        correctable = [word for word in unknown if not lexicon.knows(word, language)]
    else:
        correctable = unknown
    fixes = {}
    for word in correctable[:MAX_CORRECTED_WORDS]:
        correction = closest_word(word, edits)
        if correction:
            fixes[word] = correction
    typos = [word for word in unknown if word not in fixes and len(word) >= MIN_FUZZY_LENGTH]
    return corrected_text(text, fixes) or text, fixes, typos


def search(query, user):
    """The results of `query` for `user`, from `results_cache` when the same readers asked it of the same index.

    The token is read before Elasticsearch is asked (see `index_token`); hybrid results are filed apart.
    """
    audiences = readable_audiences(user)
    token = index_token.current()
    engine_name = "elasticsearch-hybrid" if fusion.enabled() else "elasticsearch"
    return cached_results(engine_name, token, query, audiences, lambda: searched(query, audiences))


def searched(query, audiences):
    """The facets request, sent from another thread, beside the hits request and (first pages) the re-ranking.

    The facets request counts instead of scoring: the text query in filter
    context (the same matches, no scores), one aggregation per facet under
    the other facets' filters and one under all of them, which gives the
    total; and the "did you mean" suggester. It reads every match, so it is
    the longest of the three on a broad search; sent first and waited for
    last, it takes no longer than the other two one after the other. It has
    no hits (`size: 0`), so Elasticsearch's shard request cache keeps its
    answer until the index next changes: the counts and suggestion of the
    listing with no words, and of popular searches, are then read, not
    computed.
    """
    started = time.monotonic()
    text = clean_text(query.text)
    filters = filter_clauses(query)
    scope = [visibility_filter(audiences), *filters.values()]
    language = language_or_default(translation.get_language())
    searched_text, fixes, typos = spelled(text, language) if text else (text, {}, [])
    analysed = analyse_query(text, fixes, language, typed_concepts=ranking("corrections_keep_typed_concepts"))
    matched = text_query(searched_text, analysed.language, analysed.concepts, typos) if text else None
    re_ranked = (
        bool(text) and query.sort != contract.SORT_DATE and query.page * query.page_size <= re_ranked_window(query)
    )
    window = exact_query(searched_text, analysed.language, analysed.concepts, typos) if re_ranked else None
    # Built here: the visibility filter reads the reader's language, which the worker thread does not have.
    facets_request = facets_body(text, matched, audiences, filters)
    facets_answer = sent_beside(facets_request, request_cache=True)
    hybrid = re_ranked and fusion.enabled()
    if hybrid:
        hits, found = hybrid_page(query, text, matched, scope, window, started)
    else:
        hits = send(hits_body(query, matched, scope, window=window))["hits"]["hits"]
        if window and hits:
            hits = re_ranked_page(query, hits, remaining_time(started))
    # Bounded by the facets request's own timeout, which raises what the fallback catches.
    facets_response = facets_answer.result()
    aggregations = facets_response["aggregations"]
    total = aggregations[TOTAL]["doc_count"]
    return contract.PracticeResults(
        hits=[practice_hit(hit, analysed) for hit in hits],
        total=fusion.fused_total(total, found, re_ranked_window(query)) if hybrid else total,
        page=query.page,
        page_size=query.page_size,
        facets=facet_values(aggregations, query),
        suggestion=did_you_mean(facets_response, text, audiences),
        engine="elasticsearch",
    )


# Requests a search sends beside its own thread's (the facets; hybrid: the window, the nearest, the re-ranking).
# A request waiting for a free worker still answers, late; more workers than searches in flight cost nothing.
_side_requests = ThreadPoolExecutor(max_workers=16, thread_name_prefix="practice-search")


def sent_beside(body, **options):
    """Sends `body` (built in this thread) with `send`'s `options` from another thread: a future of its answer."""
    return _side_requests.submit(send, body, **options)


def remaining_time(started):
    """What is left of the search's time (never less than MIN_REQUEST_TIMEOUT), for the re-ranking request."""
    return max(MIN_REQUEST_TIMEOUT, search_timeout() - (time.monotonic() - started))


def practice_hit(hit, analysed):
    """A hit of the raw response: building a `PracticeDocument` for each (dates through dateutil) cost more than ES.

    The snippet is cut and marked here, as the database engine does it
    (`text.snippets`, from the summary and narrative in the hit's
    source): the same passage and marks whichever engine answers, in a few
    milliseconds for a page, where Elasticsearch's highlighter, re-running
    the query on each hit's fields, took 20 to 90 ms.
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
            analysed.highlight_terms_in(source.get("language") or ""),
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
    suggested = response.get("suggest", {}).get("did_you_mean") or [{}]
    options = suggested[0].get("options")
    if not options:
        return None
    corrected = options[0]["text"]
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
        .source(["title", "url", "audience", "tag_names", "reader_languages"])
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

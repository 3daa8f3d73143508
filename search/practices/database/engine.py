"""The database engine's search: match, filter, rank, count facets, highlight, paginate.

Used on its own with the embedded default (SQLite) and on PostgreSQL, and
as the fallback when Elasticsearch does not answer. Two paths:

- SQLite (`searched_step_by_step`): the matching ids with their scores
  found once, then reused for the total, the ranking and the facets (one
  UNION query over `PracticeSearchFacetValue`);
- PostgreSQL (`searched_in_one_statement`): the total, the facet counts and
  the ranking candidates in one statement (`postgresql`), nothing per match
  in Python.

Both then re-score the candidates (`ranking`) and build the page of hits.
A search asked before by readers who may find the same documents, of the
same index, comes whole from `results_cache` (one query, the index's
token). The empty search takes its total and counts from `listing_cache`, a search
asked before (PostgreSQL) from `counts_cache`. A fixed
number of queries whatever the number of practices: visibility (one to
three), the search, the candidates' terms and statistics, the hits'
details and URLs, labels and key factor names, plus at most a few for
spelling corrections.
"""

from datetime import UTC, datetime

from home.sql_rows import as_datetime, fetch_rows, placeholders
from knowledgebase.audience import PUBLIC, readable_audiences

from ...vocabulary import current_lexicon
from ..contract import (
    FACETS,
    MAX_PAGE_SIZE,
    SORT_DATE,
    PracticeHit,
    PracticeQuery,
    PracticeResults,
)
from ..known_words import corrected_text
from ..results_cache import cached_results
from ..text.query import analyse_query
from ..text.snippets import QueryTerms, snippet
from . import fulltext, generation, postgresql, vectors
from .audiences_cache import known_audiences_of_index
from .counts_cache import counts_key, keep_counts, known_counts
from .facets import facets_of, filter_condition, passing, total_and_counted_facets
from .listing_cache import cached_listing
from .ranking import CANDIDATES, rescored
from .suggestions import corrections
from .urls import urls_of_paths
from .visibility import DOCUMENTS, visibility_key, visible_condition, visible_documents, visible_ids

ENGINE_NAME = "database"
EPOCH = datetime.min.replace(tzinfo=UTC)
MAX_TEXT_LENGTH = 500


def search(query: PracticeQuery, user) -> PracticeResults:
    """The results of `query` for `user`, from `results_cache` when the same readers asked it of the same index.

    The index's generation is read once, first: the cached lists and counts
    it keys are then at least as new as it.
    """
    index_state = generation.current()
    token = index_state.token
    audiences = readable_audiences(user, known=lambda: known_audiences_of_index(token))
    engine_name = f"{ENGINE_NAME}-hybrid" if vectors.enabled() else ENGINE_NAME  # cached apart per mode
    return cached_results(engine_name, token, query, audiences, lambda: searched(query, audiences, index_state))


def searched(query, audiences, index_state):
    """`index_state`: the `generation.IndexState` the search read."""
    page_size = min(max(int(query.page_size), 1), MAX_PAGE_SIZE)
    page = max(int(query.page), 1)
    offset = (page - 1) * page_size
    filters = query.filters()
    visible = visible_condition(audiences)

    text = (query.text or "").strip()[:MAX_TEXT_LENGTH]
    lexicon = current_lexicon(index_state.concepts_token) if text else None
    analysed = analyse_query(text, lexicon=lexicon)
    suggestion = None
    if analysed:
        fixes = corrections(text, analysed.words, visible, analysed.language)
        if fixes:
            analysed = analyse_query(text, corrections=fixes, language=analysed.language, lexicon=lexicon)
            suggestion = corrected_text(text, fixes)
    # Hybrid: the keyword ranking's whole window, fused with the practices nearest the query (`vectors`).
    hybrid = bool(analysed) and query.sort != SORT_DATE and offset < vectors.WINDOW and vectors.enabled()
    keyword_offset, keyword_size = (0, vectors.WINDOW) if hybrid else (offset, page_size)
    if not analysed and not filters:
        total, ranked, facets = listed(visible, audiences, index_state, offset, page_size)
    elif fulltext.vendor() == "postgresql":
        total, ranked, facets = searched_in_one_statement(
            visible_documents(audiences),
            visibility_key(audiences),
            index_state,
            analysed,
            filters,
            query.sort,
            keyword_offset,
            keyword_size,
        )
    else:
        total, ranked, facets = searched_step_by_step(
            visible,
            analysed,
            filters,
            query.sort,
            keyword_offset,
            keyword_size,
            document_count=index_state.document_count,
        )
    if hybrid:
        in_scope = [page_id for (page_id,) in fetch_rows(*passing(visible_ids(visible), filters))]
        ranked, total = vectors.fused_window(text, ranked, total, in_scope, index_state.token)
        ranked = ranked[offset : offset + page_size]
    return PracticeResults(
        hits=hits_of(ranked, analysed),
        total=total,
        page=page,
        page_size=page_size,
        facets=facets,
        suggestion=suggestion,
        engine=ENGINE_NAME,
    )


def newest(condition, offset, limit):
    """The page ids of one page of the documents meeting `condition` ((SQL, params)), newest first (as listed)."""
    sql, params = condition
    return [
        page_id
        for (page_id,) in fetch_rows(
            f"SELECT page_id FROM {DOCUMENTS} WHERE {sql} "  # noqa: S608 - SQL built here, values as parameters  # nosec B608
            "ORDER BY published_at DESC, page_id DESC LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
    ]


def listed(visible, audiences, index_state, offset, page_size):
    """(total, [(page id, 0)] of the page, facets) of the empty search: every visible practice, newest first.

    Its total and counts come from `listing_cache` while the index is unchanged.
    """
    token = index_state.token
    total, counts, stored_labels = cached_listing(
        token, visibility_key(audiences), lambda: listing_counts(visible, audiences)
    )
    ranked = [(page_id, 0.0) for page_id in newest(visible, offset, page_size)]
    if fulltext.vendor() == "postgresql":
        return total, ranked, facets_of(counts, {}, postgresql.stored_labels)
    return total, ranked, facets_of(counts, {}, lambda _shown: stored_labels)


def listing_counts(visible, audiences):
    """(total, {facet: {value: count}}, {(facet, value): stored label}) of every visible practice."""
    if fulltext.vendor() == "postgresql":
        found = postgresql.found(visible_documents(audiences), None, {})
        return found.total, counts_by_facet(found.facet_rows), {}
    return total_and_counted_facets(visible_ids(visible), {})


def counts_by_facet(facet_rows):
    counts = {facet: {} for facet in FACETS}
    for facet, value, count in facet_rows:
        counts[facet][value] = count
    return counts


def searched_step_by_step(visible, analysed, filters, sort, offset, page_size, document_count):
    """(total, [(page id, score)] of the page, facets): the matches read once, then filtered, ranked and counted.

    `document_count`: the index's, as the search read its state (the N of the ranking's IDF).
    """
    if not analysed:
        total, counts, stored_labels = total_and_counted_facets(visible_ids(visible), filters)
        (condition, params), (passes, passes_params) = visible, filter_condition(filters, f"{DOCUMENTS}.page_id")
        shown = newest((f"{condition} AND {passes}", [*params, *passes_params]), offset, page_size)
        ranked = [(page_id, 0.0) for page_id in shown]
        return total, ranked, facets_of(counts, filters, lambda _shown: stored_labels)
    matches = fulltext.scored_matches(visible, analysed.phrases)
    matched = fulltext.among_ids([page_id for page_id, *_rest in matches])
    if filters:
        kept = {page_id for (page_id,) in fetch_rows(*passing(matched, filters))}
        matches = [match for match in matches if match[0] in kept]
    if sort == SORT_DATE:
        ranked = [(page_id, 0.0) for page_id, _score, _date in newest_first(matches)[offset : offset + page_size]]
    else:
        ranked = ranked_by_relevance(in_index_order(matches), analysed, offset, page_size, document_count)
    _total, counts, stored_labels = total_and_counted_facets(matched, filters, with_total=False)
    return len(matches), ranked, facets_of(counts, filters, lambda _shown: stored_labels)


def searched_in_one_statement(visible, visibility, index_state, analysed, filters, sort, offset, page_size):
    """PostgreSQL: (total, [(page id, score)] of the page, facets), the database doing the counting and sorting.

    For relevance, the candidates are the best CANDIDATES by the head score,
    topped up with the newest matches, re-scored by `ranking`; pages past
    them keep the head score's order. The total and counts of a search
    asked before, with the index unchanged, come from `counts_cache`.
    """
    end = offset + page_size
    phrases = analysed.phrases if analysed else None
    token, document_count = index_state.token, index_state.document_count
    key = counts_key(token, visibility, phrases, filters)
    known = known_counts(key)
    if not analysed or sort == SORT_DATE:
        found = postgresql.found(visible, phrases, filters, newest_slice=(offset, page_size), with_counts=known is None)
        ranked = [(page_id, 0.0) for page_id in found.newest]
    else:
        found = postgresql.found(
            visible,
            phrases,
            filters,
            newest_slice=(0, CANDIDATES),
            ranked_limit=CANDIDATES,
            clauses=[clause.alternatives for clause in analysed.clauses if not clause.proximity],
            with_counts=known is None,
        )
        best = [page_id for page_id, _score in found.ranked]
        candidates = list(dict.fromkeys([*best, *found.newest]))[:CANDIDATES]
        ranked = rescored(candidates, analysed, document_count)[offset:end] if offset < CANDIDATES else []
        if end > CANDIDATES:
            past = max(offset, CANDIDATES)
            window = (past - CANDIDATES, end - past)
            ranked += postgresql.past_candidates(visible, phrases, filters, candidates, window)
    if known is None:
        known = (found.total, found.facet_rows)
        keep_counts(key, *known)
    total, facet_rows = known
    return total, ranked, facets_of(counts_by_facet(facet_rows), filters, postgresql.stored_labels)


def newest_first(matches):
    """(page id, score, date) `matches` as `ORDER BY published_at DESC, page_id DESC` on this database.

    Undated documents come first on PostgreSQL (NULL sorts as the largest
    value), last on SQLite (the smallest), as the empty query lists them.
    """
    undated_first = fulltext.vendor() == "postgresql"
    ordered = sorted(matches, key=lambda match: match[0], reverse=True)
    return sorted(
        ordered,
        key=lambda match: (undated_first, EPOCH) if match[2] is None else (not undated_first, match[2]),
        reverse=True,
    )


def in_index_order(matches):
    """`matches` best first by the index's score, ties newest first (stable sorts keep the earlier order)."""
    return sorted(newest_first(matches), key=lambda match: match[1], reverse=True)


def ranked_by_relevance(ordered, analysed, offset, page_size, document_count):
    """One page of (page id, score): the index's best CANDIDATES re-scored by `ranking`, then the index's order."""
    end = offset + page_size
    ranked = []
    if offset < CANDIDATES:
        candidates = [page_id for page_id, _score, _date in ordered[:CANDIDATES]]
        ranked = rescored(candidates, analysed, document_count)[offset:end]
        offset = CANDIDATES
    if end > CANDIDATES:
        ranked += [(page_id, score) for page_id, score, _date in ordered[offset:end]]
    return ranked


# What a hit shows, read as rows with its page's url_path. The analysed terms are long and stay in
# TOAST: a hit shows the plain text.
HITS = """
SELECT document.page_id, document.external_id, document.title, document.summary, document.body,
    document.key_factors, document.region, document.administration, document.administration_slug,
    document.year, document.language, document.published_at, document.audience, page.url_path
FROM {documents} AS document JOIN wagtailcore_page AS page ON page.id = document.page_id
WHERE document.page_id IN ({ids})
"""


def query_terms(terms_in, analysed, language):
    """The `QueryTerms` a snippet of a hit in `language` looks for, kept in `terms_in` for the next hit."""
    if language not in terms_in:
        terms_in[language] = QueryTerms(analysed.highlight_terms_in(language))
    return terms_in[language]


def hits_of(ranked, analysed):
    page_ids = [page_id for page_id, _score in ranked]
    if not page_ids:
        return []
    statement = HITS.format(documents=DOCUMENTS, ids=placeholders(len(page_ids)))
    documents = {row[0]: row for row in fetch_rows(statement, page_ids)}
    urls = urls_of_paths({page_id: document[-1] for page_id, document in documents.items()})
    terms_in = {}  # {language: QueryTerms}, made once for the hits of each language
    hits = []
    for page_id, score in ranked:
        document = documents.get(page_id)
        if document is None:  # removed between the two queries
            continue
        (
            _page_id,
            external_id,
            title,
            summary,
            body,
            key_factors,
            region,
            administration,
            administration_slug,
            year,
            language,
            published_at,
            audience,
            _url_path,
        ) = document
        terms = query_terms(terms_in, analysed, language)
        hits.append(
            PracticeHit(
                page_id=page_id,
                external_id=external_id,
                title=title,
                url=urls.get(page_id, ""),
                snippet=snippet([summary, body], language, terms, analysed.word_terms),
                key_factors=tuple(int(number) for number in key_factors.split(",") if number),
                region=region,
                administration=administration,
                administration_slug=administration_slug,
                year=year,
                language=language,
                published_at=as_datetime(published_at),
                score=float(score),
                restricted=audience != PUBLIC,
            )
        )
    return hits

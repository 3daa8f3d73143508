"""PostgreSQL: a search's total, facet counts and ranking candidates in one statement.

A broad query matches most of 100 000 practices. Reading every match back
into Python (to count, filter and rank there) and sending the ids back
cost seconds, so on PostgreSQL the database does it all, in one statement:

- the text is matched through the GIN index of `search_vector` only: no
  `tsvector` is read from TOAST for it (a phrase is asked for as all of its
  words, `fulltext.postgres_index_tsquery`, so the index needs no recheck);
  the vector, and the few columns a search checks and counts, are kept in
  narrow match rows of their own (`search/0013`, `on_match_rows`);
- the facets and the total are counted from columns of the match row,
  straight from the index scan when nothing else reads
  the matches (a relevance search without filters), else over the matches
  kept once (`WITH matched AS MATERIALIZED`): each facet over the matches
  passing every filter but its own; the multi-valued ones (key factors,
  tags) grouped by the row's whole list first, so only distinct lists are
  split;
- the ranking candidates are the best `limit` by `ts_rank` over
  `head_vector` (title, tags, administration, summary: small, kept in the
  row), found through that vector's own GIN index, among the practices
  whose head holds every clause of the query when there are enough of
  them (`ranked_candidates`), plus the newest matches to fill up when
  fewer practices have the words there;
- for `sort=date`, deep relevance pages and the empty query, the newest or
  next in that order come from the same matches.

Values are always bound parameters; the SQL around them is built here from
constants and the ORM's own SQL for the visible documents.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models.expressions import RawSQL

from ...models import PracticeSearchDocument
from ..contract import ADMINISTRATION, FACETS, KEY_FACTOR, LANGUAGE, REGION, TAG, YEAR
from . import fulltext

DOCUMENT_TABLE = PracticeSearchDocument._meta.db_table
# (column expression, separator of a multi-valued column or None), per facet.
FACET_COLUMNS = {
    KEY_FACTOR: ("key_factors", ","),
    REGION: ("region", None),
    ADMINISTRATION: ("administration_slug", None),
    TAG: ("tag_slugs", " "),
    YEAR: ("NULLIF(year, 0)::text", None),  # a year 0 is no year, as in the facet values
    LANGUAGE: ("language", None),
}
MATCHED_COLUMNS = (
    "page_id",
    "published_at",
    "region",
    "year",
    "language",
    "administration_slug",
    "key_factors",
    "tag_slugs",
)
ORDER_BY_SCORE = "score DESC, published_at DESC, page_id DESC"
ORDER_BY_DATE = "published_at DESC, page_id DESC"


@dataclass
class Found:
    """What the statement returns: the total, (facet, value, count) rows, and page ids in order."""

    total: int = 0
    facet_rows: list = field(default_factory=list)
    ranked: list = field(default_factory=list)  # [(page id, head score)], best first
    newest: list = field(default_factory=list)  # [page id], newest first
    deeper: list = field(default_factory=list)  # [(page id, head score)] past the candidates, in index order


def head_score(tsquery):
    return RawSQL(  # noqa: S611 - constant SQL, the query text is a parameter  # nosec B611
        f"ts_rank('{fulltext.POSTGRES_WEIGHTS}'::float4[], head_vector, to_tsquery('simple', %s), 1)", [tsquery]
    )


def found(visible, phrases, filters, newest_slice=None, ranked_limit=0, clauses=(), with_counts=True):
    """The `Found` of the documents in `visible` matching any of `phrases` (all of them when None), under `filters`.

    The total and facet counts unless `with_counts` is false (they are
    known already); `newest_slice` (offset, limit) of the matches newest
    first; `ranked_limit` best by the head score, preferring the documents
    whose head holds every one of `clauses` (see `ranked_candidates`);
    """
    tsquery = fulltext.postgres_index_tsquery(phrases) if phrases else None
    matched = visible
    if tsquery:
        matched = visible.extra(where=["search_vector @@ to_tsquery('simple', %s)"], params=[tsquery])  # noqa: S610 - constant SQL, the query text is a parameter
    matched_sql, matched_params = flagged(*on_match_rows(matched.values(*MATCHED_COLUMNS)), filters)
    ranking = bool(tsquery and ranked_limit)
    # Matches read once (the newest only topping up the ranking is rarely read at all) are counted
    # straight from the index scan; read several times, they are kept (MATERIALIZED) once.
    reads = (1 + len(filters) if with_counts else 0) + (1 if newest_slice and not ranking else 0)
    ctes, cte_params = [], []
    if reads > 1:
        ctes.append(f"matched AS MATERIALIZED ({matched_sql})")
        cte_params += matched_params
        source, source_params = "matched", []
    else:
        source, source_params = f"({matched_sql}) AS matched", matched_params
    kept = passes(filters)
    parts = counting_parts(filters, kept, source, source_params) if with_counts else []
    if ranking:
        ranked_ctes, ranked_params = ranked_candidates(visible, tsquery, clauses, filters, ranked_limit)
        ctes += ranked_ctes
        cte_params += ranked_params
        parts.append(("SELECT * FROM ranked", []))
    if newest_slice:
        # Only needed to top up fewer than `ranked_limit` ranked candidates (or to list by date).
        topping_up = "(SELECT count(*) FROM ranked) < %s" if ranking else "TRUE"
        parts.append(
            (
                f"SELECT 'newest', NULL, page_id::text, NULL, row_number() OVER (ORDER BY {ORDER_BY_DATE}) "  # noqa: S608 - constants  # nosec B608
                f"FROM (SELECT page_id, published_at FROM {source} WHERE {kept} AND {topping_up} "
                f"ORDER BY {ORDER_BY_DATE} OFFSET %s LIMIT %s) AS newest",
                [*source_params, *([ranked_limit] if ranking else []), *newest_slice],
            )
        )
    statement = " UNION ALL ".join(sql for sql, _ in parts)
    if ctes:
        statement = "WITH " + ", ".join(ctes) + " " + statement
    params = [*cte_params, *(value for _sql, part_params in parts for value in part_params)]
    return read(statement, params, through_the_index=bool(tsquery))


def past_candidates(visible, phrases, filters, candidates, window):
    """[(page id, head score)]: the `window` (offset, limit) of the matches other than `candidates`, by head score.

    The pages past the re-ranked candidates list the other matches in the
    head score's order: a page never repeats a practice an earlier one showed.
    """
    tsquery = fulltext.postgres_index_tsquery(phrases)
    others = fulltext.matching_index(visible, tsquery).exclude(pk__in=candidates)
    return read(*in_score_order("deeper", others, tsquery, filters, window), through_the_index=True).deeper


def on_match_rows(documents):
    """(SQL, params) of the `documents` queryset read from the match rows (`search/0013`) instead of the documents.

    The match rows carry the document table's columns that a search
    filters, counts and sorts by, the visibility rule's included, under the
    same names and types, plus `search_vector`: the documents' SQL (where
    the ORM names every table in quotes) reads them unchanged.
    """
    sql, params = documents.query.sql_with_params()
    return sql.replace(f'"{DOCUMENT_TABLE}"', f'"{fulltext.MATCH_TABLE}"'), params


def counting_parts(filters, kept, source, source_params):
    """[(SQL, params)] of the total and facet counts: each facet over the matches passing every filter but its own."""
    unselected = [facet for facet in FACETS if facet not in filters]
    parts = []
    if unselected:
        # Facets without a selection of their own are all counted over the same matches, in one pass.
        parts.append(facet_counts(unselected, kept, source, source_params, with_total=True))
    else:
        parts.append(
            (
                "SELECT 'total'::text, NULL::text, NULL::text, count(*)::float8, NULL::bigint "  # noqa: S608 - constants  # nosec B608
                f"FROM {source} WHERE {kept}",
                source_params,
            )
        )
    return parts + [
        facet_counts([facet], passes(filters, except_facet=facet), source, source_params) for facet in filters
    ]


def ranked_candidates(visible, tsquery, clauses, filters, limit):
    """([CTE], params) of `ranked`: the best `limit` by head score, of the documents whose head holds every clause.

    A broad query's words are in the head (title, tags, administration,
    summary) of tens of thousands of practices, and scoring each of them
    with `ts_rank` (over every stem and concept the query asks for) took
    most of a search's time. The practices whose head holds every clause of
    the query (`fulltext.postgres_all_clauses_tsquery`, answered by the
    index) are the ones the re-ranking puts first (it rewards covering the
    query more than repeating a word), and they are usually few: when there
    are at least `limit` of them the candidates are the best of those; when
    there are fewer, the best of every document with any clause in its head,
    as before.
    """
    every_clause = fulltext.postgres_all_clauses_tsquery(clauses) if clauses else tsquery
    heads = visible.extra(where=["head_vector @@ to_tsquery('simple', %s)"], params=[tsquery])  # noqa: S610 - constant SQL, the query text is a parameter
    if every_clause == tsquery:
        sql, params = in_score_order("ranked", heads, tsquery, filters, (0, limit))
        return [f"ranked AS MATERIALIZED ({sql})"], params
    covering = visible.extra(where=["head_vector @@ to_tsquery('simple', %s)"], params=[every_clause])  # noqa: S610 - constant SQL, the query text is a parameter
    covering_sql, covering_params = in_score_order("ranked", covering, tsquery, filters, (0, limit))
    # A condition on no column: PostgreSQL tests it once, and scores no head at all when enough cover the query.
    wider = heads.extra(where=["(SELECT count(*) FROM covering) < %s"], params=[limit])  # noqa: S610 - constant SQL
    wider_sql, wider_params = in_score_order("ranked", wider, tsquery, filters, (0, limit))
    ranked_sql = f"SELECT * FROM covering WHERE (SELECT count(*) FROM covering) >= %s UNION ALL {wider_sql}"  # noqa: S608 - constants and ORM SQL  # nosec B608
    return (
        [f"covering AS MATERIALIZED ({covering_sql})", f"ranked AS MATERIALIZED ({ranked_sql})"],
        [*covering_params, limit, *wider_params],
    )


def filter_conditions(filters):
    """[(facet, SQL condition, params)]: a document row has one of the selected values of each facet of `filters`."""
    conditions = []
    for facet, values in filters.items():
        column, separator = FACET_COLUMNS[facet]
        if separator:
            condition = f"string_to_array({column}, '{separator}') && %s::text[]"
        else:
            condition = f"{column} = ANY(%s::text[])"
        conditions.append((facet, condition, [[str(value) for value in values]]))
    return conditions


def flagged(matched_sql, params, filters):
    """(SQL, params) of the matches with a `passes_<facet>` flag per filter, each filter tested once per row.

    A match failing two filters counts for no facet and is left out.
    """
    conditions = filter_conditions(filters)
    if not conditions:
        return matched_sql, params
    flags = ", ".join(f"{condition} AS passes_{facet}" for facet, condition, _params in conditions)
    flag_params = [value for _facet, _condition, condition_params in conditions for value in condition_params]
    failed = " + ".join(f"(NOT passes_{facet})::int" for facet, _condition, _params in conditions)
    sql = (
        f"SELECT * FROM (SELECT matches.*, {flags} FROM ({matched_sql}) AS matches OFFSET 0) AS flagged "  # noqa: S608 - constants and ORM SQL  # nosec B608
        f"WHERE {failed} <= 1"
    )
    return sql, [*flag_params, *params]


def passes(filters, except_facet=None):
    """SQL condition: a row of `matched` passes every filter of `filters` but `except_facet`'s."""
    return " AND ".join(["TRUE", *(f"passes_{facet}" for facet in filters if facet != except_facet)])


def facet_counts(facets, condition, source, source_params, with_total=False):
    """(SQL, params): (facet, value, count) rows of `facets` over the `source` rows passing `condition`, in one pass.

    One GROUP BY with a grouping set per facet (and, `with_total`, the empty
    set: the total as a row of its own kind); a multi-valued facet is
    grouped by the row's whole list first (rows share lists), then each
    distinct list is split into its values.
    """
    columns = {facet: f"NULLIF({FACET_COLUMNS[facet][0]}, '')" for facet in facets}
    selected = ", ".join(f"{column} AS value_{facet}" for facet, column in columns.items())
    sets = ", ".join(["()"] * with_total + [f"({column})" for column in columns.values()])
    everything = f"GROUPING({', '.join(columns.values())}) = {(1 << len(columns)) - 1}" if with_total else "FALSE"
    facet_of = " ".join(f"WHEN value_{facet} IS NOT NULL THEN '{facet}'" for facet in facets)
    values_of = " ".join(
        f"WHEN value_{facet} IS NOT NULL THEN "
        + (f"string_to_array(value_{facet}, '{separator}')" if separator else f"ARRAY[value_{facet}]")
        for facet, (_column, separator) in ((facet, FACET_COLUMNS[facet]) for facet in facets)
    )
    sql = (
        "SELECT CASE WHEN facet IS NULL THEN 'total' ELSE 'facet' END, facet, value, "  # noqa: S608 - constants  # nosec B608
        "sum(documents)::float8, NULL::bigint "
        f"FROM (SELECT CASE WHEN everything THEN NULL {facet_of} END AS facet, "
        f"unnest(CASE WHEN everything THEN ARRAY[NULL::text] {values_of} END) AS value, documents FROM ("
        f"SELECT {selected}, {everything} AS everything, count(*) AS documents FROM {source} WHERE {condition} "
        f"GROUP BY GROUPING SETS ({sets})) AS grouped) AS expanded GROUP BY facet, value"
    )
    return sql, source_params


def in_score_order(kind, documents, tsquery, filters, window):
    """(SQL, params): rows of `kind` for the `window` (offset, limit) of `documents` under `filters`, by head score."""
    scored_sql, scored_params = (
        documents.annotate(score=head_score(tsquery)).values(*MATCHED_COLUMNS, "score").query.sql_with_params()
    )
    conditions = filter_conditions(filters)
    where = " AND ".join(["TRUE", *(condition for _facet, condition, _params in conditions)])
    params = [value for _facet, _condition, condition_params in conditions for value in condition_params]
    sql = (
        f"SELECT '{kind}', NULL, page_id::text, score, row_number() OVER (ORDER BY {ORDER_BY_SCORE}) "  # noqa: S608 - constants, the values are bound parameters  # nosec B608
        f"FROM (SELECT * FROM ({scored_sql}) AS scored WHERE {where} ORDER BY {ORDER_BY_SCORE} "
        "OFFSET %s LIMIT %s) AS in_order"  # noqa: S608 - constants and ORM SQL  # nosec B608
    )
    return sql, [*scored_params, *params, *window]


def read(statement, params, through_the_index):
    result = Found()
    ordered = {"ranked": [], "newest": [], "deeper": []}
    settings = fulltext.through_the_index() if through_the_index else fulltext.without_jit()
    with settings, connection.cursor() as cursor:
        cursor.execute(statement, params)
        rows = cursor.fetchall()
    for kind, facet, value, number, position in rows:
        if kind == "total":
            result.total = int(number)
        elif kind == "facet":
            result.facet_rows.append((facet, value, int(number)))
        else:
            ordered[kind].append((position, int(value), number))
    result.ranked = [(page_id, score) for _position, page_id, score in sorted(ordered["ranked"])]
    result.newest = [page_id for _position, page_id, _score in sorted(ordered["newest"])]
    result.deeper = [(page_id, score) for _position, page_id, score in sorted(ordered["deeper"])]
    return result


def stored_labels(values_by_facet):
    """{(facet, value): label} as indexed, for tag and administration values (one query, an index lookup each)."""
    pairs = [(facet, value) for facet in (TAG, ADMINISTRATION) for value in values_by_facet.get(facet, ())]
    if not pairs:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT wanted.facet, wanted.value, (SELECT label FROM search_practicesearchfacetvalue AS stored "
            "WHERE stored.facet = wanted.facet AND stored.value = wanted.value LIMIT 1) "
            "FROM unnest(%s::text[], %s::text[]) AS wanted(facet, value)",
            [[facet for facet, _value in pairs], [value for _facet, value in pairs]],
        )
        return {(facet, value): label or "" for facet, value, label in cursor.fetchall()}

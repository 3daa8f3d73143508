"""The vendor-specific part of the database engine: writing and querying the full-text index.

Everything else (filters, facets, visibility, sorting) is ORM code shared by
SQLite and PostgreSQL; only matching and relevance scores differ:

- SQLite: FTS5's bm25() with a weight per column;
- PostgreSQL: the weighted `search_vector` of the narrow match rows
  (`search/0013`), the weights A–D standing for the same fields, matched
  through its GIN index; `postgresql` ranks by `ts_rank` over the smaller
  `head_vector` of the document rows.
"""

import json
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models.expressions import RawSQL

from .visibility import DOCUMENTS

FTS_TABLE = "search_practice_fulltext"
# PostgreSQL: the narrow rows holding `search_vector` and its GIN index (`search/0013`).
MATCH_TABLE = "search_practicesearchmatch"
# Column weights: a word in the title counts most, then tags and the
# administration, then the summary, then the long narrative fields.
SQLITE_COLUMN_WEIGHTS = {"title": 6.0, "tags": 3.0, "summary": 2.5, "body": 1.0, "administration": 1.5}
# ts_rank's weights, in its order {D, C, B, A}: body, summary, tags/administration, title.
POSTGRES_WEIGHTS = "{0.15, 0.4, 0.5, 1.0}"


class UnsupportedDatabase(RuntimeError):
    """The database has no full-text index this engine knows how to use."""


def vendor():
    if connection.vendor not in ("sqlite", "postgresql"):
        raise UnsupportedDatabase(f"Practice search needs SQLite or PostgreSQL, not {connection.vendor}.")
    return connection.vendor


def write(documents):
    """Bring the full-text rows of `documents` (just saved) up to date. PostgreSQL's vector is generated."""
    if vendor() != "sqlite" or not documents:
        return
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(document.pk,) for document in documents])  # noqa: S608 - constant table name  # nosec B608
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, title, tags, summary, body, administration) "  # noqa: S608 - constant table name  # nosec B608
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [
                (
                    document.pk,
                    document.title_terms,
                    document.tag_terms,
                    document.summary_terms,
                    document.body_terms,
                    document.administration_terms,
                )
                for document in documents
            ],
        )


def delete(page_ids):
    if vendor() != "sqlite" or not page_ids:
        return
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(page_id,) for page_id in page_ids])  # noqa: S608 - constant table name  # nosec B608


def delete_all():
    if vendor() == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")  # noqa: S608 - constant table name  # nosec B608


def settle_after_rebuild():
    """PostgreSQL: statistics for the new rows, and the GIN indexes' pending entries merged in.

    Right after a rebuild the planner would otherwise plan with the old
    table's statistics, and every text match would also scan the entries
    the GIN indexes queued while the rows went in (`fastupdate`).
    """
    if vendor() != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE search_practicesearchdocument, {MATCH_TABLE}")
        cursor.execute(
            "SELECT gin_clean_pending_list(index_name::regclass) "
            "FROM unnest(ARRAY['search_match_vector', 'search_doc_head_vector']) AS index_name"
        )


def sqlite_match_expression(phrases):
    """FTS5 query: any of `phrases` (tuples of analysed terms, letters and digits only)."""
    return " OR ".join('"' + " ".join(phrase) + '"' for phrase in sorted(phrases))


def postgres_tsquery(phrases):
    """to_tsquery text: any of `phrases`, a multi-word phrase as adjacent lexemes."""
    return " | ".join("(" + " <-> ".join(f"'{term}'" for term in phrase) + ")" for phrase in sorted(phrases))


def postgres_index_tsquery(phrases):
    """to_tsquery text the GIN index answers on its own: any of `phrases`, each phrase as all of its words.

    The index holds no positions, so a phrase (`<->`) makes PostgreSQL read
    every candidate's `tsvector` back from TOAST to check it (most of a
    broad search's time at 100 000 practices). Asked as all of its words, a
    phrase needs no such check; the ranking still counts only true phrases
    (`ranking.AnalysedField.phrase_occurrences`). A phrase holding a word
    that is also asked for on its own adds no match, and is left out.
    """
    singles = {phrase[0] for phrase in phrases if len(phrase) == 1}
    kept = [phrase for phrase in phrases if len(phrase) == 1 or not singles.intersection(phrase)]
    return " | ".join("(" + " & ".join(f"'{term}'" for term in phrase) + ")" for phrase in sorted(kept))


def postgres_all_clauses_tsquery(clauses):
    """to_tsquery text the GIN index answers on its own: every one of `clauses` (each a set of phrases, any of them)."""
    return " & ".join("(" + postgres_index_tsquery(alternatives) + ")" for alternatives in clauses)


def has_match(visible, phrases):
    """Whether a document that `visible` admits holds any of `phrases`.

    `visible`: (SQL condition, params), `visibility.visible_condition`.
    """
    condition, params = visible
    if vendor() == "sqlite":
        matching_rows = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608 - constant table name  # nosec B608
        text_query = sqlite_match_expression(phrases)
    else:
        matching_rows = f"SELECT page_id FROM {MATCH_TABLE} WHERE search_vector @@ to_tsquery('simple', %s)"  # noqa: S608 - constant table name  # nosec B608
        text_query = postgres_tsquery(phrases)
    statement = f"SELECT 1 FROM {DOCUMENTS} WHERE {condition} AND page_id IN ({matching_rows}) LIMIT 1"  # noqa: S608 - constant SQL, values as parameters  # nosec B608
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, text_query])
        return cursor.fetchone() is not None


def matching_index(documents, tsquery):
    """PostgreSQL: `documents` whose match row's `search_vector` answers the to_tsquery text `tsquery`."""
    matching_rows = f"SELECT page_id FROM {MATCH_TABLE} WHERE search_vector @@ to_tsquery('simple', %s)"  # noqa: S608 - constant table name  # nosec B608
    return documents.filter(pk__in=RawSQL(matching_rows, [tsquery]))  # noqa: S611  # nosec B611


def scored_matches(visible, phrases):
    """SQLite: [(page id, score, published_at)] of the documents `visible` admits holding any of `phrases`, unordered.

    `visible`: (SQL condition, params), `visibility.visible_condition`. One
    pass over the index per search: the total, the ranking and the facets
    all reuse these ids, so the text is matched once, not once for each.
    (PostgreSQL counts and ranks in one statement, `postgresql`.)
    """
    return sqlite_scored_matches(visible, phrases)


# What `through_the_index` sets for one search: see there why.
SEARCH_SETTINGS = {
    "enable_seqscan": "off",
    "jit": "off",
    "max_parallel_workers_per_gather": "0",
    "work_mem": "32MB",
}


def through_the_index():
    """PostgreSQL told to find the matches through the GIN index rather than by reading every row.

    The planner prices `@@` as cheap and, when a word is in a good share of
    the practices, scans the table, de-TOASTing every `tsvector` to test it:
    140 ms at 10 000 practices, where the index's bitmap reads only the
    matching rows (20 ms, their ranking included). JIT goes too: the
    penalty that steers the planner away from the scan would otherwise
    look expensive enough to compile the query (0.4 s). No parallel workers
    either: one search keeps to one core (on a busy server, starting
    workers for the ranking scan made it slower). The default 4 MB of
    `work_mem` made a broad search write its matches to a temporary file;
    32 MB holds the 100 000 matches of the broadest search in memory. Scoped
    to this one query: set for the transaction, put back right after.
    """
    return settings_for_one_query(SEARCH_SETTINGS)


def without_jit():
    """PostgreSQL told not to compile a listing's statement (no words: every visible practice, counted).

    Showing one version per translated practice (`visibility`) asks, for
    each version, whether a better one exists: a correlated subquery the
    planner prices at millions once practices have translations, far above
    `jit_above_cost`, for a statement that runs in a fraction of what
    compiling it takes (at 10 000 practices, a tenth of them versions: 1.8 s
    of JIT for 0.2 s of work, on a busy machine). Scoped like `through_the_index`.
    """
    return settings_for_one_query({"jit": "off"})


@contextmanager
def settings_for_one_query(settings):
    """PostgreSQL `settings` for the query run inside, set for the transaction and put back right after."""
    names, values = list(settings), list(settings.values())
    # Outside a transaction, the one opened here ends right after the query, and the settings with it.
    put_back = connection.in_atomic_block
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config(name, value, true) FROM unnest(%s::text[], %s::text[]) AS setting(name, value)",
            [names, values],
        )
        yield
        if put_back:
            cursor.execute("SELECT set_config(name, reset_val, true) FROM pg_settings WHERE name = ANY(%s)", [names])


def sqlite_scored_matches(visible, phrases):
    """The unary `+` keeps SQLite from looking FTS5 rows up by id, which re-ran the MATCH for every visible row."""
    weights = ", ".join(str(weight) for weight in SQLITE_COLUMN_WEIGHTS.values())
    condition, params = visible
    sql = (
        f"SELECT {FTS_TABLE}.rowid, -bm25({FTS_TABLE}, {weights}), {DOCUMENTS}.published_at "  # noqa: S608 - constant SQL, values as parameters  # nosec B608
        f"FROM {FTS_TABLE} JOIN {DOCUMENTS} ON {DOCUMENTS}.page_id = +{FTS_TABLE}.rowid "
        f"WHERE {FTS_TABLE} MATCH %s AND {condition}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [sqlite_match_expression(phrases), *params])
        return cursor.fetchall()


def among_ids(page_ids):
    """SQLite: (SQL of `page_ids` as `page_id`, params): one JSON parameter, however many ids."""
    return "SELECT value AS page_id FROM json_each(%s)", [json.dumps(list(page_ids))]

"""Wagtail's SQLite (FTS5) backend, with pages and queries stemmed in their language before FTS5 sees them.

FTS5 does not stem: the index entry's title and body hold the page's words
stemmed in its language (`stemmed_text`), and a query's words are stemmed
the same way, in its language (in each site language, ORed, when it names
none). The autocomplete column stays Wagtail's: plain words.
"""

from django.db.models import F
from modelsearch.backends.database.sqlite.query import MatchExpression, SQLiteFTSIndexEntry, normalize
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends.database.sqlite.sqlite import SQLiteIndex, SQLiteSearchBackend, SQLiteSearchQueryCompiler
from wagtail.search.query import And, MatchAll, Not, Or, Phrase, PlainText
from wagtail.search.utils import get_content_type_pk

from home.sql_rows import fetch_rows

from .languages import LanguageQueryCompilerMixin, group_by_language
from .stemmed_text import stemmed_text


class StemmedSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """Wagtail writes the entries' text; each entry's title and body are then replaced by their stems.

        Wagtail builds the entries with a module-level indexer class a
        subclass cannot swap, so its entries are rewritten (one query) rather
        than its method copied. Title norms are Wagtail's, from the unstemmed
        title, until `update_index` recomputes them over the stems.
        """
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        language_by_id = {str(obj.pk): language for language, group in group_by_language(objs) for obj in group}
        entries = list(
            self.entries.filter(content_type_id=get_content_type_pk(model), object_id__in=language_by_id).only(
                "pk", "object_id", "title", "body"
            )
        )
        for entry in entries:
            language = language_by_id[entry.object_id]
            entry.title = stemmed_text(entry.title, language)
            entry.body = stemmed_text(entry.body, language)
        self.entries.bulk_update(entries, ["title", "body"])


def stemmed_query(query, language):
    """`query` with the words of its plain texts and phrases stemmed in `language`.

    A text with no word in it (punctuation only) goes to FTS5 as written, as Wagtail would send it.
    """
    if isinstance(query, PlainText):
        return PlainText(stemmed_text(query.query_string, language) or query.query_string, query.operator, query.boost)
    if isinstance(query, Phrase):
        return Phrase(stemmed_text(query.query_string, language) or query.query_string)
    if isinstance(query, (And, Or)):
        return type(query)([stemmed_query(subquery, language) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(stemmed_query(query.subquery, language))
    return query


def is_match_all_or_none(query):
    return isinstance(query, MatchAll) or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))


class StemmedSQLiteSearchQueryCompiler(LanguageQueryCompilerMixin, SQLiteSearchQueryCompiler):
    """The query stemmed in its language; without one, in each site language (identical forms once), ORed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_match_all_or_none(self.query):
            variants = {}
            for language in self.query_languages:
                variant = stemmed_query(self.query, language)
                variants.setdefault(repr(variant), variant)
            self.query = next(iter(variants.values())) if len(variants) == 1 else Or(list(variants.values()))

    def ranked_rows(self, config, limit, fields):
        """The `fields` (the first one "pk") of the matching objects, best first, at most `limit`.

        What Wagtail's `search` (ordered by relevance) returns, read as rows:
        the same filter, scores and order (score, then id descending). Wagtail
        orders by a correlated subquery that runs the full-text MATCH again
        for every matching row (some 4 ms for a common word on the demo site,
        most of a cold search's SQL); here the matches and their scores are
        read once, as a derived table the queryset's rows are joined to.
        None for a query Wagtail answers without ranking (match all or none,
        a negation): its own `search` answers those.
        """
        normalized_query = normalize(self.query)
        if isinstance(normalized_query, (MatchAll, Not)):
            return None
        matches = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(normalized_query, config))
            )
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
            .annotate(
                matched_id=F("index_entry__object_id"),
                score=self._build_rank_expression(self.get_search_vectors(), config),
            )
            .values_list("matched_id", "score")
        )
        rows = self.queryset.order_by().values_list(*fields)
        rows_sql, rows_params = rows.query.sql_with_params()
        matches_sql, matches_params = matches.query.sql_with_params()
        pk = fields[0]
        statement = f"""
SELECT rows.* FROM ({rows_sql}) rows
INNER JOIN ({matches_sql}) matches ON matches.matched_id = rows.{pk}
ORDER BY matches.score ASC, rows.{pk} DESC
LIMIT %s
"""  # noqa: S608 - both parts are the ORM's compiled SQL, their values parameters  # nosec B608
        return fetch_rows(statement, [*rows_params, *matches_params, limit])


class StemmedSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmedSQLiteIndex
    query_compiler_class = StemmedSQLiteSearchQueryCompiler

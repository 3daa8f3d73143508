"""Wagtail's database backend (SQLite FTS5, PostgreSQL), analysing pages and queries per language.

- PostgreSQL has a text search configuration per language (`english`,
  `french`, `spanish`: Snowball stemmers and stop words), but Wagtail uses
  one, `SEARCH_CONFIG` or the database's default, for every page and query.
  Here each page's vector is built with its own language's configuration
  and a query is analysed with its language's (several, ORed, when it names
  none).
- SQLite's FTS5 does not stem: the index holds the page's words stemmed in
  its language (`stemmed_text`), and a query's words are stemmed the same
  way before FTS5 matches them.

The autocomplete index is Wagtail's on both: plain words, no stemming.
"""

import copy
import operator
from functools import reduce

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.backends.database.sqlite.sqlite import SQLiteIndex, SQLiteSearchBackend, SQLiteSearchQueryCompiler
from wagtail.search.query import And, MatchAll, Not, Or, Phrase, PlainText
from wagtail.search.utils import get_content_type_pk

from .languages import LanguageQueryCompilerMixin, language_of, load_locales
from .stemmed_text import stemmed_text

POSTGRES_CONFIGS = {"en": "english", "fr": "french", "es": "spanish"}


def group_by_language(objs):
    """[(language, objects in it)] for the objects being indexed, their locales fetched in one query."""
    objs = list(objs)
    load_locales(objs)
    groups = {}
    for obj in objs:
        groups.setdefault(language_of(obj), []).append(obj)
    return groups.items()


# ---- PostgreSQL


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with its configuration: Wagtail's indexer takes it from the backend."""
        for language, group in group_by_language(objs):
            super(LanguagePostgresIndex, self.in_language(language)).add_items(model, group)

    def in_language(self, language):
        index = copy.copy(self)
        index.backend = copy.copy(self.backend)
        index.backend.config = POSTGRES_CONFIGS[language]
        return index


class LanguagePostgresSearchQueryCompiler(LanguageQueryCompilerMixin, PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        """The query analysed in each of its languages, any of which may match (`config` is Wagtail's one: unused)."""
        queries = [super().build_tsquery(query, config=POSTGRES_CONFIGS[lang]) for lang in self.query_languages]
        return reduce(operator.or_, queries)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    query_compiler_class = LanguagePostgresSearchQueryCompiler


# ---- SQLite


class StemmedSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """Wagtail writes the entries' text; each entry's title and body are then replaced by their stems."""
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
    """`query` with the words of its plain texts and phrases stemmed in `language`."""
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
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_match_all_or_none(self.query):
            variants = {}
            for language in self.query_languages:
                variant = stemmed_query(self.query, language)
                variants.setdefault(repr(variant), variant)
            self.query = next(iter(variants.values())) if len(variants) == 1 else Or(list(variants.values()))


class StemmedSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmedSQLiteIndex
    query_compiler_class = StemmedSQLiteSearchQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The backend for the default database, as `wagtail.search.backends.database` chooses it."""
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        return StemmedSQLiteSearchBackend(params)
    raise ImproperlyConfigured(f"The site's search backend supports SQLite and PostgreSQL, not {connection.vendor}.")

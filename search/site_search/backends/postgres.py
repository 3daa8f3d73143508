"""Wagtail's PostgreSQL backend, with each page's vector built with its language's configuration.

PostgreSQL has a text search configuration per language (`english`,
`french`, `spanish`: Snowball stemmers and stop words), but Wagtail uses
one, `SEARCH_CONFIG` or the database's default, for every page and query.
Here each page's vector is built with its own language's configuration and
a query is parsed with its language's (with each of them, ORed, when it
names none). The autocomplete vector stays Wagtail's (`simple`).
"""

import copy
import operator
from functools import reduce

from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from .languages import LanguageQueryCompilerMixin, group_by_language

POSTGRES_CONFIGS = {"en": "english", "fr": "french", "es": "spanish"}


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with its configuration: Wagtail's indexer takes it from the backend."""
        for language, group in group_by_language(objs):
            super(LanguagePostgresIndex, self.in_language(language)).add_items(model, group)

    def in_language(self, language):
        """This index, writing with `language`'s configuration (Wagtail's indexer reads `backend.config`)."""
        index = copy.copy(self)
        index.backend = copy.copy(self.backend)
        index.backend.config = POSTGRES_CONFIGS[language]
        return index


class LanguagePostgresSearchQueryCompiler(LanguageQueryCompilerMixin, PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        """The query analysed in each of its languages, any of which may match (`config` is Wagtail's one: unused)."""
        build = super().build_tsquery
        queries = [build(query, config=POSTGRES_CONFIGS[language]) for language in self.query_languages]
        return reduce(operator.or_, queries)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    query_compiler_class = LanguagePostgresSearchQueryCompiler

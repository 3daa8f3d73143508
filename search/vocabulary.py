"""The concept vocabulary as searches and indexing read it: `SearchConcept` rows, kept per process.

A search must not read every concept from the database, so each process
keeps a `ConceptLexicon` (`search.practices.text.concepts`) built from
them, under a version held in Django's cache. A reindex after a concept
change (`search.tasks.reindex_practices_for_concepts`) renews the version
once the practices carry the new concepts, and every process sharing the
cache rebuilds its lexicon at its next search. A process that cannot see
that version (a per-process cache, no Redis) reloads the concepts after
LEXICON_MAX_AGE seconds at most.

The database engine reads its index's state on every search anyway, and
that row holds a token of the concepts too, renewed by every concept change
(`concepts_changed`): its searches ask for the lexicon of that token
(`current_lexicon(concepts_token)`), which a process keeps while the token
stands (LEXICON_MAX_AGE at most), with no read of the cache, even an emptied
one: a cold search read some 360 concept rows before (issue 12). A publish
renews the index's token, not the concepts'.
"""

import threading
import time
from functools import lru_cache
from uuid import uuid4

from django.core.cache import cache

from home.sql_rows import fetch_rows

VERSION_KEY = "search-concepts:version"
CONCEPT_ROWS = 'SELECT {columns} FROM {concepts} ORDER BY "key"'
LEXICON_MAX_AGE = 300


class KeptLexicon:
    """A process's lexicon and the version it was read under, for LEXICON_MAX_AGE seconds at most."""

    def __init__(self):
        self._lock = threading.Lock()
        self.forget()

    def get(self, version, read):
        """The lexicon kept under `version`, or `read()` (then kept under it) when that is not the one kept."""
        with self._lock:
            fresh = time.monotonic() - self._loaded_at < LEXICON_MAX_AGE
            if self._lexicon is not None and self._version == version and fresh:
                return self._lexicon
        lexicon = read()
        with self._lock:
            self._version, self._loaded_at, self._lexicon = version, time.monotonic(), lexicon
        return lexicon

    def forget(self):
        self._version, self._loaded_at, self._lexicon = None, 0.0, None


# Kept under the version in the cache (Elasticsearch's searches, indexing), and under the concepts token of
# the database index (its searches; see the module's docstring).
_under_cache_version = KeptLexicon()
_under_concepts_token = KeptLexicon()


def current_lexicon(concepts_token=None):
    """The `ConceptLexicon` of the concepts as they stand (as of the last reindex after a change).

    `concepts_token`: the one the database index holds, as the search read
    it; the lexicon read under the same token is still the concepts'.
    """
    if concepts_token:
        return _under_concepts_token.get(concepts_token, lexicon_from_database)
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid4().hex
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY) or version
    return _under_cache_version.get(version, lexicon_from_database)


def lexicon_from_database():
    """The lexicon of the concept rows as they are now: read every time, analysed only when they changed.

    Read by a fixed statement (the rows as `values_list` gives them, in the
    model's order): a queryset built for it cost a cold search more than the read.
    """
    from .models import TERM_FIELDS, SearchConcept

    columns = ", ".join(['"key"', *TERM_FIELDS.values(), "acronyms"])
    statement = CONCEPT_ROWS.format(columns=columns, concepts=SearchConcept._meta.db_table)
    return lexicon_of_rows(tuple(fetch_rows(statement)))


@lru_cache(maxsize=4)
def lexicon_of_rows(rows):
    """The `ConceptLexicon` of `rows` (key, terms of each language, acronyms): a function of them alone.

    Reading the rows is one short query; analysing their terms is most of
    the cost of a lexicon. So a process that must rebuild its lexicon
    (the shared cache lost the version, or another process renewed it)
    while the rows are what they were reuses the one it built from them.
    """
    from .models import TERM_FIELDS, SearchConcept
    from .practices.text.concepts import ConceptLexicon

    field_names = ("key", *TERM_FIELDS.values(), "acronyms")
    return ConceptLexicon(SearchConcept(**dict(zip(field_names, row, strict=True))) for row in rows)


def concepts_changed():
    """Every process reads the concepts again at its next search (this one at once).

    Renews the vocabulary's version in the cache (Elasticsearch's searches,
    indexing) and the concepts token of the database index (its searches).
    """
    from .practices.database.generation import concepts_changed as renew_concepts_token

    renew_concepts_token()
    cache.set(VERSION_KEY, uuid4().hex, timeout=None)
    _under_cache_version.forget()
    _under_concepts_token.forget()

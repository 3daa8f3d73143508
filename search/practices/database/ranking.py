"""Relevance: BM25F over the analysed fields, computed the same way on SQLite and PostgreSQL.

The full-text index finds the matching practices and its own score
(FTS5's bm25(), PostgreSQL's ts_rank) picks the best few hundred; those are
then scored here, so both databases rank alike and the ranking can weigh
what the databases cannot:

- each clause of the query (a word, or a concept) counts once,
  weighted by its rarity (IDF, from `PracticeSearchTerm`) and saturated
  (BM25's k1), so a practice that covers more of the query wins over one
  that repeats a single word;
- fields weigh differently (title > tags > summary > body), with length
  normalisation per field;
- a concept the query names counts for less than the word typed
  (`PRACTICE_SEARCH_CONCEPT_WEIGHT`);
- a practice in the reader's language gets PRACTICE_SEARCH_READER_LANGUAGE_BOOST
  added: a tie-breaker, so that of two practices matching alike the reader
  sees first the one written in their language.

The saturation (`PRACTICE_SEARCH_BM25_K1`), the field weights
(`PRACTICE_SEARCH_FIELD_WEIGHTS`, over the defaults of `FIELDS`) and a
reward for covering more of the query (`PRACTICE_SEARCH_COVERAGE_EXPONENT`:
the score times the share of the query's word and concept weight the
practice holds, to that power; 0 leaves it out) are settings, read at each
search, so the relevance benchmark compares values as candidates.
"""

import math
from functools import lru_cache

from django.conf import settings

from home.sql_rows import fetch_rows, placeholders

from ...models import PracticeSearchDocument, PracticeSearchTerm

# How many of the index's best matches are re-scored here; deeper pages keep the index's order.
CANDIDATES = 200
FIELDS = {
    # analysed column: (weight, length normalisation b)
    "title_terms": (3.0, 0.5),
    "tag_terms": (2.5, 0.3),
    "summary_terms": (2.0, 0.6),
    "body_terms": (1.0, 0.75),
    "administration_terms": (0.5, 0.3),
}


# The candidates' analysed fields, and the index's statistics of the query's terms, as rows.
CANDIDATE_FIELDS = "SELECT page_id, language, {fields} FROM {documents} WHERE page_id IN ({ids})"
TERM_COUNTS = "SELECT term, document_count FROM {terms} WHERE term IN ({wanted})"


def field_settings():
    """{analysed column: (weight, length normalisation)}: `FIELDS`, weights overridden by the setting."""
    weights = settings.PRACTICE_SEARCH_FIELD_WEIGHTS
    return {name: (weights.get(name, weight), normalisation) for name, (weight, normalisation) in FIELDS.items()}


def rescored(page_ids, analysed, document_count):
    """[(page id, score)] for `page_ids`, best first, scored for the `analysed` query.

    `document_count`: the N of the IDF, as the search read it with the index's token (`generation.current`).
    """
    if not page_ids:
        return []
    wanted = frozenset(term for clause in analysed.clauses for phrase in clause.alternatives for term in phrase)
    fields, languages = {}, {}
    statement = CANDIDATE_FIELDS.format(
        fields=", ".join(FIELDS), documents=PracticeSearchDocument._meta.db_table, ids=placeholders(len(page_ids))
    )
    for page_id, language, *columns in fetch_rows(statement, page_ids):
        fields[page_id] = {name: AnalysedField(terms, wanted) for name, terms in zip(FIELDS, columns, strict=True)}
        languages[page_id] = language
    average_lengths = {
        name: max(1.0, sum(len(document[name].terms) for document in fields.values()) / len(fields)) for name in FIELDS
    }
    weights = field_settings().items()
    for document in fields.values():
        for name, (weight, normalisation) in weights:
            field = document[name]
            field.weight = weight / (1 - normalisation + normalisation * len(field.terms) / average_lengths[name])
    idfs = clause_idfs(analysed.clauses, document_count)
    order = {page_id: position for position, page_id in enumerate(page_ids)}
    boost = settings.PRACTICE_SEARCH_READER_LANGUAGE_BOOST
    k1, coverage_exponent = settings.PRACTICE_SEARCH_BM25_K1, settings.PRACTICE_SEARCH_COVERAGE_EXPONENT
    scores = [
        (
            page_id,
            score(list(document.values()), analysed.clauses, idfs, k1, coverage_exponent)
            + (boost if languages[page_id] == analysed.language else 0.0),
        )
        for page_id, document in fields.items()
    ]
    # Ties keep the index's order (which breaks its own ties by date).
    return sorted(scores, key=lambda item: (-item[1], order[item[0]]))


def clause_idfs(clauses, document_count):
    """{clause: IDF}; a clause is as common as its most common alternative, a phrase as its rarest word."""
    terms = list({term for clause in clauses for phrase in clause.alternatives for term in phrase})
    statement = TERM_COUNTS.format(terms=PracticeSearchTerm._meta.db_table, wanted=placeholders(len(terms)))
    counts = dict(fetch_rows(statement, terms)) if terms else {}
    total = max(1, document_count)
    idfs = {}
    for clause in clauses:
        frequency = max(
            (min(counts.get(term, 0) for term in phrase) for phrase in clause.alternatives),
            default=0,
        )
        frequency = min(frequency, total)
        idfs[clause] = math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))
    return idfs


def score(fields, clauses, idfs, k1=2.0, coverage_exponent=0.0):
    """BM25F of one document: `fields` are its `AnalysedField`s, each weighted and length-normalised already.

    With a `coverage_exponent`, times the share of the query's word and concept
    clauses (by weight; proximity pairs only rank) the document holds, to that power.
    """
    alternatives_by_term = alternatives_by_first_term(clauses)
    weighted_frequencies = [0.0] * len(clauses)
    for field in fields:
        # A field's counts hold only the query's terms it has: mostly none, never many.
        if not field.counts:
            continue
        occurrences = [0] * len(clauses)
        for term, count in field.counts.items():
            for index, phrase in alternatives_by_term.get(term, ()):
                occurrences[index] += count if phrase is None else field.phrase_occurrences(phrase)
        for index, clause_occurrences in enumerate(occurrences):
            if clause_occurrences:
                weighted_frequencies[index] += field.weight * clause_occurrences
    total = 0.0
    for clause, weighted_frequency in zip(clauses, weighted_frequencies, strict=True):
        if weighted_frequency:
            total += clause.weight * idfs[clause] * weighted_frequency * (k1 + 1) / (weighted_frequency + k1)
    if coverage_exponent:
        total *= coverage(clauses, weighted_frequencies) ** coverage_exponent
    return total


def coverage(clauses, weighted_frequencies):
    """The share of the weight of the query's word and concept clauses a document holds (pairs only: 1.0)."""
    asked = held = 0.0
    for clause, weighted_frequency in zip(clauses, weighted_frequencies, strict=True):
        if not clause.proximity:
            asked += clause.weight
            held += clause.weight if weighted_frequency else 0.0
    return held / asked if asked else 1.0


@lru_cache(maxsize=256)
def alternatives_by_first_term(clauses):
    """{term: [(clause index, None for the term alone or a phrase of several terms starting with it)]}."""
    alternatives = {}
    for index, clause in enumerate(clauses):
        for phrase in clause.alternatives:
            alternatives.setdefault(phrase[0], []).append((index, None if len(phrase) == 1 else phrase))
    return alternatives


class AnalysedField:
    """A field's terms, with counts of the query's terms for quick lookups and positions for phrases.

    Only the terms of `wanted` (the query's) are counted: a long body
    holds a few of them at most, and counting all of its terms for each of
    the candidates cost more than the scoring. `weight` is set by
    `rescored`: the field's weight over its length normalisation.
    """

    def __init__(self, text, wanted):
        self.terms = text.split()
        self.counts = {term: self.terms.count(term) for term in wanted.intersection(self.terms)}
        self.weight = 0.0
        self._positions = None

    def phrase_occurrences(self, phrase):
        if not all(term in self.counts for term in phrase):
            return 0
        width = len(phrase)
        return sum(1 for start in self.positions(phrase[0]) if tuple(self.terms[start : start + width]) == phrase)

    def positions(self, term):
        """Where `term` (one of the counted) stands in the field: found by `list.index`, not a loop over every term."""
        if self._positions is None:
            self._positions = {}
        if term not in self._positions:
            found, start = [], -1
            for _occurrence in range(self.counts[term]):
                start = self.terms.index(term, start + 1)
                found.append(start)
            self._positions[term] = found
        return self._positions[term]

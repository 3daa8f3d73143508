"""A search text turned into what the full-text index is asked for.

Each query word becomes the set of its stems in every language; a run of
query words that spells a term of a synonym group (`search/synonyms.txt`)
also brings in every term of that group, as phrases. Each word and each
matched group is a clause; a practice matches when it has any alternative
of any clause, and `ranking` scores it by the clauses it holds.
"""

from dataclasses import dataclass
from functools import cache, lru_cache

from search.vocabulary import synonym_groups

from .analysis import LANGUAGES, fold, is_stop_word, raw_words, stem, word_stems

MAX_QUERY_WORDS = 32
# A synonym counts for less than the word typed: it widens the search more than it ranks.
WORD_WEIGHT = 1.0
SYNONYM_WEIGHT = 0.8
# Two query words side by side in a practice ("border posts") count a little more than apart.
PAIR_WEIGHT = 0.6


@dataclass(frozen=True)
class Clause:
    """One thing the query asks for: a word (any of its stems) or a synonym group (any of its phrases)."""

    alternatives: frozenset  # tuples of indexed terms
    weight: float
    # A pair of neighbouring query words: only ranks (a practice having both words already matches).
    proximity: bool = False


@dataclass(frozen=True)
class AnalysedQuery:
    words: tuple  # the query's content words, folded, in order
    clauses: tuple
    highlight_terms: frozenset  # terms worth a <mark> in a snippet: single-word alternatives
    word_terms: frozenset  # the forms of the words typed: a snippet prefers them

    @property
    def phrases(self):
        """Every alternative of every clause: what the full-text index is asked to match."""
        return frozenset(phrase for clause in self.clauses if not clause.proximity for phrase in clause.alternatives)

    def __bool__(self):
        return bool(self.clauses)


def content_words(text):
    """The query's words without stop words (all of them if that would leave none)."""
    words = [word for word in raw_words(text) if word.strip()][: MAX_QUERY_WORDS * 2]
    content = [word for word in words if not is_stop_word(word)]
    return (content or words)[:MAX_QUERY_WORDS]


def analyse_query(text, corrections=None):
    """The `AnalysedQuery` for `text`, with misspelt words replaced by `corrections` ({folded word: word})."""
    corrections = corrections or {}
    words = [corrections.get(fold(word), word) for word in content_words(text)]
    clauses = {}
    for word in words:
        clauses.setdefault(frozenset((term,) for term in word_stems(word)), WORD_WEIGHT)
    for group in matched_synonym_groups(words):
        alternatives = frozenset(
            phrase for term_words in synonym_terms(group) for phrase in phrase_variants(term_words)
        )
        clauses.setdefault(alternatives, SYNONYM_WEIGHT)
    proximity = [frozenset(phrase_variants(pair)) for pair in zip(words, words[1:], strict=False)]
    word_terms = frozenset(term for word in words for term in word_stems(word))
    highlight_terms = frozenset(phrase[0] for alternatives in clauses for phrase in alternatives if len(phrase) == 1)
    return AnalysedQuery(
        tuple(fold(word) for word in words),
        tuple(Clause(alternatives, weight) for alternatives, weight in clauses.items())
        + tuple(Clause(alternatives, PAIR_WEIGHT, proximity=True) for alternatives in proximity),
        highlight_terms,
        word_terms,
    )


def phrase_variants(words):
    """The phrase `words` as a practice in each language would have indexed it."""
    variants = {tuple(stem(word, language) for word in words) for language in LANGUAGES}
    variants |= {tuple(stem(fold(word), language) for word in words) for language in LANGUAGES}
    return variants


@cache
def synonym_terms(group):
    """Each term of a synonym group as its content words."""
    return tuple(tuple(word for word in raw_words(term) if not is_stop_word(word)) for term in group)


def matched_synonym_groups(words):
    """The synonym groups one of whose terms appears, word for word, among the query `words`."""
    return _matched_synonym_groups(tuple(words))


# A search asks more than once (each engine's query, and the snippets), popular searches again and again.
@lru_cache(maxsize=2048)
def _matched_synonym_groups(words):
    stems = [word_stems(word) for word in words]
    matched = []
    for group in synonym_groups():
        if any(term_words and occurs_in(term_words, stems) for term_words in synonym_terms(group)):
            matched.append(group)
    return tuple(matched)


def occurs_in(term_words, query_stems):
    width = len(term_words)
    term_stems = [word_stems(word) for word in term_words]
    for start in range(len(query_stems) - width + 1):
        if all(term_stems[offset] & query_stems[start + offset] for offset in range(width)):
            return True
    return False

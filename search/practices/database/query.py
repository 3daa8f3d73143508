"""A search text turned into what the full-text index is asked for.

Each query word becomes the set of its stems in every language; a run of
query words that spells a term of a synonym group (`search/synonyms.txt`)
also brings in every term of that group, as phrases. All of them are
OR-ed: the ranking (BM25 on SQLite, ts_rank on PostgreSQL) rewards
practices that match more of them, in more important fields.
"""

from dataclasses import dataclass
from functools import cache

from search.vocabulary import synonym_groups

from .analysis import LANGUAGES, fold, is_stop_word, raw_words, stem, word_stems

MAX_QUERY_WORDS = 32


@dataclass(frozen=True)
class AnalysedQuery:
    words: tuple  # the query's content words, folded, in order
    phrases: frozenset  # tuples of indexed terms, any of which may match
    highlight_terms: frozenset  # terms worth a <mark> in a snippet: single-word alternatives
    word_terms: frozenset  # the forms of the words typed (and their corrections): a snippet prefers them

    def __bool__(self):
        return bool(self.phrases)


def content_words(text):
    """The query's words without stop words (all of them if that would leave none)."""
    words = [word for word in raw_words(text) if word.strip()][: MAX_QUERY_WORDS * 2]
    content = [word for word in words if not is_stop_word(word)]
    return (content or words)[:MAX_QUERY_WORDS]


def analyse_query(text, extra_words=()):
    """The `AnalysedQuery` for `text`; `extra_words` (spelling corrections) are OR-ed in too."""
    words = content_words(text)
    word_terms = frozenset(term for word in [*words, *extra_words] for term in word_stems(word))
    phrases = {(term,) for term in word_terms}
    for group in matched_synonym_groups(words):
        for term_words in synonym_terms(group):
            phrases |= phrase_variants(term_words)
    highlight_terms = frozenset(phrase[0] for phrase in phrases if len(phrase) == 1)
    return AnalysedQuery(tuple(fold(word) for word in words), frozenset(phrases), highlight_terms, word_terms)


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
    stems = [word_stems(word) for word in words]
    matched = []
    for group in synonym_groups():
        if any(term_words and occurs_in(term_words, stems) for term_words in synonym_terms(group)):
            matched.append(group)
    return matched


def occurs_in(term_words, query_stems):
    width = len(term_words)
    term_stems = [word_stems(word) for word in term_words]
    for start in range(len(query_stems) - width + 1):
        if all(term_stems[offset] & query_stems[start + offset] for offset in range(width)):
            return True
    return False

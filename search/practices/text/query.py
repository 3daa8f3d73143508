"""A search text turned into what the full-text index is asked for, read in the reader's language.

Each query word becomes the set of its stems in the reader's language; each
concept of the vocabulary that the query names in that language
(`concepts.ConceptLexicon.keys_in_query`) becomes a clause asking for the
practices carrying that concept, whatever their language. Each word and
each concept is a clause; a practice matches when it has any alternative
of any clause, and `ranking` scores it by the clauses it holds.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation

from search.vocabulary import current_lexicon

from .analysis import fold, is_stop_word, language_or_default, raw_words, stem, word_stems
from .concepts import concept_token

MAX_QUERY_WORDS = 32
WORD_WEIGHT = 1.0
# Two query words side by side in a practice ("border posts") count a little more than apart.
PAIR_WEIGHT = 0.6


def concept_weight():
    """What a concept named by the query weighs against a word typed in the database engine's ranking.

    The setting `PRACTICE_SEARCH_DATABASE_CONCEPT_WEIGHT`: Elasticsearch reads
    its own (`PRACTICE_SEARCH_CONCEPT_WEIGHT`), so the two rankings are tuned
    apart (only the database engine ranks with these clause weights).
    """
    return settings.PRACTICE_SEARCH_DATABASE_CONCEPT_WEIGHT


@dataclass(frozen=True)
class Clause:
    """One thing the query asks for: a word (any of its stems) or a concept (its token)."""

    alternatives: frozenset  # tuples of indexed terms
    weight: float
    # A pair of neighbouring query words: only ranks (a practice having both words already matches).
    proximity: bool = False


@dataclass(frozen=True)
class AnalysedQuery:
    words: tuple  # the query's content words, folded, in order
    clauses: tuple
    highlight_terms: frozenset  # terms worth a <mark> in a snippet: the stems of the words typed
    word_terms: frozenset  # the forms of the words typed: a snippet prefers them
    language: str = "en"  # the reader's: the words were read in it
    concepts: tuple = ()  # keys of the concepts the query names
    # {language: analysed terms of those concepts}: marked too in a practice of that language.
    concept_terms: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def phrases(self):
        """Every alternative of every clause: what the full-text index is asked to match."""
        return frozenset(phrase for clause in self.clauses if not clause.proximity for phrase in clause.alternatives)

    def highlight_terms_in(self, language):
        """The terms a snippet of a practice in `language` marks: the words typed, and the concepts' wording there."""
        return self.highlight_terms | self.concept_terms.get(language, frozenset())

    def __bool__(self):
        return bool(self.clauses)


def content_words(text):
    """The query's words without stop words (all of them if that would leave none)."""
    words = [word for word in raw_words(text) if word.strip()][: MAX_QUERY_WORDS * 2]
    content = [word for word in words if not is_stop_word(word)]
    return (content or words)[:MAX_QUERY_WORDS]


def query_concepts(words, language, lexicon=None):
    """The keys of the concepts the query `words` name in `language`, at most PRACTICE_SEARCH_MAX_QUERY_CONCEPTS."""
    if not words:
        return []
    lexicon = current_lexicon() if lexicon is None else lexicon
    return lexicon.keys_in_query(words, language)[: settings.PRACTICE_SEARCH_MAX_QUERY_CONCEPTS]


def analyse_query(text, corrections=None, language=None, typed_concepts=None, lexicon=None):
    """The `AnalysedQuery` for `text` in the reader's `language` (the active one when not given).

    Misspelt words are replaced by `corrections` ({folded word: word}).
    With `typed_concepts` (by default the setting
    PRACTICE_SEARCH_KEEP_TYPED_CONCEPTS, the database engine's), the
    concepts the words name as typed are kept before those the corrected
    words name: a correction of a word the corpus lacks ("portées" to
    "portee") must not lose the concept the typed phrase named
    ("caméras portées"). `lexicon`: the concepts to name, by default the
    current ones (`current_lexicon`).
    """
    language = language_or_default(language or translation.get_language())
    corrections = corrections or {}
    typed = content_words(text)
    words = [corrections.get(fold(word), word) for word in typed]
    clauses = {}
    for word in words:
        clauses.setdefault(frozenset((term,) for term in word_stems(word, language)), WORD_WEIGHT)
    # No words, no concepts: the listing and its filters never need the lexicon.
    if words and lexicon is None:
        lexicon = current_lexicon()
    concepts = query_concepts(words, language, lexicon)
    if typed_concepts is None:
        typed_concepts = settings.PRACTICE_SEARCH_KEEP_TYPED_CONCEPTS
    if typed_concepts and words != typed:
        named = query_concepts(typed, language, lexicon)
        concepts = list(dict.fromkeys([*named, *concepts]))[: settings.PRACTICE_SEARCH_MAX_QUERY_CONCEPTS]
    for key in concepts:
        clauses.setdefault(frozenset({(concept_token(key),)}), concept_weight())
    proximity = [frozenset(phrase_variants(pair, language)) for pair in zip(words, words[1:], strict=False)]
    word_terms = frozenset(term for word in words for term in word_stems(word, language))
    return AnalysedQuery(
        tuple(fold(word) for word in words),
        tuple(Clause(alternatives, weight) for alternatives, weight in clauses.items())
        + tuple(Clause(alternatives, PAIR_WEIGHT, proximity=True) for alternatives in proximity),
        word_terms,
        word_terms,
        language=language,
        concepts=tuple(concepts),
        concept_terms=lexicon.highlight_terms(concepts) if concepts else {},
    )


def phrase_variants(words, language):
    """The phrase `words` as a practice in `language` indexes it (as written and folded)."""
    return {
        tuple(stem(word, language) for word in words),
        tuple(stem(fold(word), language) for word in words),
    }

"""Concepts found in a practice and in a query, each in its own language only.

A practice is analysed in its language (`analysis.analyse`), and so are
the terms of each concept in that language and its acronyms: a concept is
in the practice when one of them occurs there as a phrase of analysed
terms. A query is analysed in the reader's language and matched against
the concepts' terms in that language (and the acronyms) the same way.
So "gifts" (English) names the concept whose English terms hold "gift",
and finds a Spanish practice saying "obsequios" because indexing found
that concept's Spanish term there; no text is ever stemmed in another
language than its own, and "presentaron" stays a Spanish verb.

The engines store what a practice carries as `concept_token`s (the
database engine, in its full-text index) or keys (Elasticsearch, a keyword
field), and ask for the tokens or keys of the query's concepts.
"""

import hashlib
from functools import lru_cache

from .analysis import LANGUAGES, analyse, language_or_default, word_stems


def concept_token(key):
    """The term standing for concept `key` in the database engine's index: letters and digits no word analyses to."""
    return "zc" + hashlib.blake2s(key.encode("utf-8"), digest_size=6).hexdigest()


class ConceptLexicon:
    """The concepts' terms and acronyms, analysed in each language, as phrases to look for.

    `concepts` are `SearchConcept`s (anything with `key`, `terms_in(language)`
    and `acronym_list()`).
    """

    def __init__(self, concepts):
        # language: {first analysed term: [(phrase, key)]}
        self.phrases = {language: {} for language in LANGUAGES}
        # language: {key: analysed terms of its wording}: what a snippet marks.
        self.words = {language: {} for language in LANGUAGES}
        for concept in concepts:
            acronyms = concept.acronym_list()
            for language in LANGUAGES:
                for term in [*concept.terms_in(language), *acronyms]:
                    phrase = analysed_phrase(term, language)
                    if not phrase:
                        continue
                    self.phrases[language].setdefault(phrase[0], []).append((phrase, concept.key))
                    self.words[language].setdefault(concept.key, set()).update(phrase)
        # language: every analysed term of every concept's wording there.
        self.terms = {language: frozenset().union(*self.words[language].values()) for language in LANGUAGES}

    def keys_in(self, analysed_texts, language):
        """The keys of the concepts occurring in `analysed_texts` (analysed in `language`), in order of appearance."""
        table = self.phrases[language_or_default(language)]
        found = {}
        for text in analysed_texts:
            terms = text.split()
            for start, term in enumerate(terms):
                for phrase, key in table.get(term, ()):
                    if key not in found and tuple(terms[start : start + len(phrase)]) == phrase:
                        found[key] = None
        return list(found)

    def keys_in_query(self, words, language):
        """The keys of the concepts a query names: `words` (its content words) read in the reader's `language`."""
        return self.keys_in([analyse(" ".join(words), language)], language)

    def knows(self, word, language):
        """Whether `word`, read in `language`, is a word of some concept's wording there: a word, not a typo."""
        language = language_or_default(language)
        return bool(word_stems(word, language) & self.terms[language])

    def highlight_terms(self, keys):
        """{language: analysed terms} of the concepts `keys`, for marking them in a practice of that language."""
        return {
            language: frozenset(term for key in keys for term in self.words[language].get(key, ()))
            for language in LANGUAGES
        }


@lru_cache(maxsize=50_000)
def analysed_phrase(term, language):
    """`term` as the tuple of analysed terms a text in `language` holds it as.

    Depends on nothing but its arguments and the analysis code, so each
    process works it out once: rebuilding a lexicon (a concept changed, or
    the shared cache lost its version) then costs reading the rows, not
    analysing some 5,000 terms again.
    """
    return tuple(analyse(term, language).split())


# Tags are written in English whatever the practice's language, and analysed as English.
TAG_LANGUAGE = "en"


def concepts_in_practice(texts, language, lexicon, tag_names=""):
    """The keys of the concepts a practice in `language` names in its `texts` (title, summary, body) or its tags."""
    language = language_or_default(language)
    keys = lexicon.keys_in([analyse(text, language) for text in texts], language)
    in_tags = lexicon.keys_in([analyse(tag_names, TAG_LANGUAGE)], TAG_LANGUAGE) if tag_names else []
    return list(dict.fromkeys([*keys, *in_tags]))

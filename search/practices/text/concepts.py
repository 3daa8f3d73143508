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

from .analysis import LANGUAGES, analyse, analysed_terms, language_or_default, word_stems


def concept_token(key):
    """The term standing for concept `key` in the database engine's index: letters and digits no word analyses to."""
    return "zc" + hashlib.blake2s(key.encode("utf-8"), digest_size=6).hexdigest()


class ConceptLexicon:
    """The concepts' terms and acronyms, analysed in each language, as phrases to look for.

    `concepts` are `SearchConcept`s (anything with `key`, `terms_in(language)`
    and `acronym_list()`).
    """

    def __init__(self, concepts):
        # language: a trie of the phrases, {first analysed term: node}; a node is [{next term: node},
        # ((order, key) of the phrases ending there)], `order` saying which phrase was added first.
        self.phrases = {language: {} for language in LANGUAGES}
        # language: {key: analysed terms of its wording}: every word, for telling a word from a typo.
        self.words = {language: {} for language in LANGUAGES}
        # language: {key: its one-word terms and acronyms, analysed}: what a snippet marks. A word of a longer
        # term alone ("period" of "maximum period in post") is not the concept, and marked it in most practices.
        self.marked = {language: {} for language in LANGUAGES}
        order = 0
        for concept in concepts:
            acronyms = concept.acronym_list()
            for language in LANGUAGES:
                for term in [*concept.terms_in(language), *acronyms]:
                    phrase = analysed_phrase(term, language)
                    if not phrase:
                        continue
                    children = self.phrases[language]
                    for analysed_term in phrase:
                        node = children.setdefault(analysed_term, [{}, ()])
                        children = node[0]
                    node[1] += ((order, concept.key),)
                    order += 1
                    self.words[language].setdefault(concept.key, set()).update(phrase)
                    if len(phrase) == 1:
                        self.marked[language].setdefault(concept.key, set()).update(phrase)
        # language: every analysed term of every concept's wording there.
        self.terms = {language: frozenset().union(*self.words[language].values()) for language in LANGUAGES}

    def keys_in(self, analysed_texts, language):
        """The keys of the concepts occurring in `analysed_texts` (analysed in `language`), in order of appearance."""
        found = {}
        for text in analysed_texts:
            self.add_keys_in(text.split(), language, found)
        return list(found)

    def add_keys_in(self, terms, language, found):
        """Adds to `found` (a dict used as an ordered set) the keys of the concepts occurring in `terms`, in order.

        One pass over the terms, walking the trie from each term that starts
        a phrase: the cost grows with the text, not with the number of
        concepts. Of the phrases found at one place, those added to the
        lexicon first come first.
        """
        trie = self.phrases[language_or_default(language)]
        last = len(terms) - 1
        for start, term in enumerate(terms):
            node = trie.get(term)
            if node is None:
                continue
            children, ending = node
            longer = None
            position = start
            while children and position < last:
                position += 1
                node = children.get(terms[position])
                if node is None:
                    break
                children, ends_here = node
                if ends_here:
                    longer = ends_here if longer is None else longer + ends_here
            for _order, key in ending if longer is None else sorted(ending + longer):
                if key not in found:
                    found[key] = None

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
            language: frozenset(term for key in keys for term in self.marked[language].get(key, ()))
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


def concepts_in_versions(texts, lexicon, tag_names=""):
    """(named, headline): the keys of the concepts a practice's versions name, each in its own language, or its tags.

    `texts` is {language: {"title", "summary", "body"}}; `named` are the
    concepts named anywhere, `headline` those named in a title, summary or
    tag, each in order of appearance (versions in order, then the tags).
    Each text is analysed once (`analysed_terms`) for both.
    """
    named, headline = {}, {}
    for language, text in texts.items():
        language = language_or_default(language)
        found = {}
        for field in ("title", "summary"):
            lexicon.add_keys_in(analysed_terms(text[field], language), language, found)
        headline.update(dict.fromkeys(found))
        lexicon.add_keys_in(analysed_terms(text["body"], language), language, found)
        named.update(dict.fromkeys(found))
    if tag_names:
        in_tags = {}
        lexicon.add_keys_in(analysed_terms(tag_names, TAG_LANGUAGE), TAG_LANGUAGE, in_tags)
        named.update(in_tags)
        headline.update(in_tags)
    return list(named), list(headline)

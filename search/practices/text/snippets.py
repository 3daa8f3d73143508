"""Highlighted snippets: the passage of a practice that best matches the query, as safe HTML.

Everything is escaped; only the words whose indexed form the query asked
for are wrapped in <mark>. The passage is the sentence (of the summary or
narrative) with the most distinct matched terms, cut to a readable length
around its first match.
"""

import re
from functools import lru_cache

from django.utils.html import escape

from .analysis import WORD, fold, language_or_default, stem, words_of_token

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
SNIPPET_LENGTH = 240
LEAD_IN = 60


def snippet(texts, language, terms, preferred_terms=frozenset()):
    """Safe HTML: the best passage of `texts` for the analysed query `terms`, matches in <mark>.

    A sentence scores one per distinct term of `terms` it holds, two for a
    term of `preferred_terms` (the words typed, rather than their concepts' wording).
    """
    if not terms:
        # Nothing to look for (a listing with no words): the opening sentence, no words stemmed.
        return escape(cut(opening_sentence(texts), language, QueryTerms(())))
    language = language_or_default(language)
    terms = QueryTerms(terms)
    best_sentence, best_score = "", -1
    for text in texts:
        for sentence in SENTENCE_END.split(text or ""):
            sentence = sentence.strip()
            if not sentence:
                continue
            matched = set(terms.found_in(sentence, language))
            score = len(matched) + len(matched & preferred_terms)
            if score > best_score:
                best_sentence, best_score = sentence, score
    return highlight(cut(best_sentence, language, terms), language, terms)


def opening_sentence(texts):
    for text in texts:
        for sentence in SENTENCE_END.split(text or ""):
            if sentence.strip():
                return sentence.strip()
    return ""


class QueryTerms:
    """The analysed terms a snippet looks for, with a cheap test that skips stemming most words.

    A stem starts with the first letters of the folded word in all but rare
    cases, so a word whose first letters begin no query term is not stemmed.
    """

    PREFIX_LENGTH = 3

    def __init__(self, terms):
        self.terms = frozenset(terms)
        self.prefixes = frozenset(term[: self.PREFIX_LENGTH] for term in self.terms)
        self.word_starts = word_start_pattern(self.prefixes)

    def __contains__(self, term):
        return term in self.terms

    def found_in(self, text, language):
        """The query terms among the words of `text`, looking only at words that start like one."""
        if self.word_starts is None:
            return
        lowered = text.lower()
        for candidate in self.word_starts.finditer(lowered):
            # From a word's start, the whole token ("whistle-blower" gives its joined form too); from a
            # part after a hyphen or apostrophe, that part on.
            token = WORD.match(lowered, candidate.start())
            if token is None:
                continue
            for start, term in starts_and_stems(token.group(), language, self.PREFIX_LENGTH):
                if start in self.prefixes and term in self.terms:
                    yield term


@lru_cache(maxsize=50_000)
def starts_and_stems(token, language, prefix_length):
    """((folded first letters, stem)) of each word of a lower-case `token`: a pure function, kept like the stems.

    A passage repeats its words, and every hit's passages are read: each
    distinct token is split, folded and stemmed once a process.
    """
    pairs = []
    for word in words_of_token(token):
        start = word[:prefix_length]
        pairs.append((start if start.isascii() else fold(start), stem(word, language)))
    return tuple(pairs)


def _letters_folding_to():
    """{ASCII letter: every lower-case Latin letter that folds to it}: "e" → "eéèêë…"."""
    variants = {}
    for code in range(0xC0, 0x250):
        letter = chr(code).lower()
        folded = fold(letter)
        if len(folded) == 1 and folded.isascii() and folded != letter:
            variants.setdefault(folded, set()).add(letter)
    return {ascii_letter: ascii_letter + "".join(sorted(others)) for ascii_letter, others in variants.items()}


LETTERS_FOLDING_TO = _letters_folding_to()


@lru_cache(maxsize=256)
def word_start_pattern(prefixes):
    """A pattern finding, case-insensitively, a word (or part of one) starting with one of the folded `prefixes`.

    A pure function of the prefixes (a frozenset), kept per process as `re` keeps
    compiled patterns: every hit of a search in one language asks for the same one.
    """
    if not prefixes:
        return None
    alternatives = (
        "".join(f"[{re.escape(LETTERS_FOLDING_TO.get(char, char))}]" for char in prefix) for prefix in sorted(prefixes)
    )
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def matches_query(token, language, terms):
    if not terms.terms:
        return False
    return next(terms.found_in(token, language), None) is not None


def cut(sentence, language, terms):
    """At most SNIPPET_LENGTH characters of `sentence`, starting a little before its first match."""
    if len(sentence) <= SNIPPET_LENGTH:
        return sentence
    first = next((m.start() for m in WORD.finditer(sentence) if matches_query(m.group(), language, terms)), 0)
    start = max(0, first - LEAD_IN)
    if start:
        start = sentence.find(" ", start) + 1 or start
    end = start + SNIPPET_LENGTH
    if end < len(sentence):
        end = sentence.rfind(" ", start, end) if sentence.rfind(" ", start, end) > start else end
    return ("…" if start else "") + sentence[start:end].strip() + ("…" if end < len(sentence) else "")


def highlight(text, language, terms):
    parts, position = [], 0
    for match in WORD.finditer(text):
        if matches_query(match.group(), language, terms):
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)

"""Highlighted snippets: the passage of a practice that best matches the query, as safe HTML.

Everything is escaped; only the words whose indexed form the query asked
for are wrapped in <mark>. The passage is the sentence (of the summary or
narrative) with the most distinct matched terms, cut to a readable length
around its first match.

A practice's text runs to dozens of sentences and a passage to dozens of
words, and a page of hits reads them all: word by word, that was most of a
cold search's Python (issue 12). So each text is first searched once for
where a query term starts (`QueryTerms.places_in`: one regular expression
finds the words that start like one, and only those are stemmed); a
sentence's score and a word's mark are then read from those places.
"""

import re
from functools import lru_cache
from html import escape
from itertools import accumulate
from operator import itemgetter

from .analysis import WORD, fold, language_or_default, stem, words_of_token

# Where a sentence ends: white space after `.!?;`, or line breaks. Split by it with the separators kept,
# sentences sit at the even places. Written to start with one character class (`(?<=[.!?;])\s+|\n+`
# began with a look-behind), which `re` scans for in C: a third of the time on a practice's narrative.
SENTENCE_PARTS = re.compile(r"([\s](?:(?<=[.!?;]\s)\s*|(?<=\n)\n*))")
SNIPPET_LENGTH = 240
LEAD_IN = 60


def snippet(texts, language, terms, preferred_terms=frozenset()):
    """Safe HTML: the best passage of `texts` for the analysed query `terms`, matches in <mark>.

    `terms`: the analysed terms, or their `QueryTerms`, made once for the
    hits of one language.

    A sentence scores one per distinct term of `terms` it holds, two for a
    term of `preferred_terms` (the words typed, rather than their concepts' wording).
    """
    if not terms:
        # Nothing to look for (a listing with no words): the opening sentence, no words stemmed.
        return escape(cut(opening_sentence(texts), language, QueryTerms(())))
    language = language_or_default(language)
    terms = terms if isinstance(terms, QueryTerms) else QueryTerms(terms)
    return highlight(cut(best_sentence(texts, language, terms, preferred_terms), language, terms), language, terms)


def best_sentence(texts, language, terms, preferred_terms):
    """The first sentence of `texts` with the best score (see `snippet`); "" when they hold none."""
    best, best_score = "", -1
    for text in texts:
        if not text:
            continue
        parts = SENTENCE_PARTS.split(text)
        found = terms.places_in(text, language)
        pointer, count = 0, len(found) if found is not None else 0
        for index, end in enumerate(accumulate(map(len, parts))):
            first = pointer
            while pointer < count and found[pointer][0] < end:
                pointer += 1
            # A separator, or a sentence holding no term once one has scored: nothing to read.
            if index % 2 or (first == pointer and found is not None and best_score >= 0):
                continue
            sentence = parts[index].strip()
            if not sentence:
                continue
            if found is None:
                held = terms.found_in(sentence, language)
            else:
                held = {term for _place, term in found[first:pointer]}
            score = len(held) + len(held & preferred_terms)
            if score > best_score:
                best, best_score = sentence, score
    return best


def opening_sentence(texts):
    for text in texts:
        for sentence in SENTENCE_PARTS.split(text or "")[::2]:
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
        # Mapped in C: a query holds dozens of terms with its concepts' wording, and every hit makes its own.
        self.prefixes = frozenset(map(itemgetter(slice(self.PREFIX_LENGTH)), self.terms))
        self.word_starts = word_start_pattern(self.prefixes)

    def __contains__(self, term):
        return term in self.terms

    def __bool__(self):
        return bool(self.terms)

    def places_in(self, text, language):
        """[(place, term)] of each query term among the words of `text`, in order, or None.

        None when `text` in lower case is not as long as `text` (a few
        letters lower to two), so a place there is not a place in `text`.
        """
        lowered = text.lower()
        if len(lowered) != len(text):
            return None
        return self.found_at(lowered, language)

    def found_in(self, text, language):
        """The query terms among the words of `text`."""
        return {term for _place, term in self.found_at(text.lower(), language)}

    def found_at(self, lowered, language):
        """[(place, term)] of each query term among the words of the lower-case `lowered`.

        Only the words (or parts of one) that start like a term are stemmed.
        """
        if self.word_starts is None:
            return []
        found = []
        # A space in front: the pattern matches the character before a word (see `word_start_pattern`).
        for candidate in self.word_starts.finditer(" " + lowered):
            # From a word's start, the whole token ("whistle-blower" gives its joined form too); from a
            # part after a hyphen or apostrophe, that part on.
            place = candidate.start()
            token = WORD.match(lowered, place)
            if token is None:
                continue
            for start, term in starts_and_stems(token.group(), language, self.PREFIX_LENGTH):
                if start in self.prefixes and term in self.terms:
                    found.append((place, term))
        return found


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
    """A pattern finding, in lower-case text, a word (or part of one) starting with one of the folded `prefixes`.

    It matches the character before the word (not a letter or digit), so it
    is searched in the text with a space in front, and a match's start is
    where the word starts in the text itself. Starting with one character
    class, and the prefixes grouped by first letter, lets `re` skip in C
    what the look-behind `(?<![^\\W_])` made it try at every character.
    A pure function of the prefixes (a frozenset), kept per process as `re` keeps
    compiled patterns: every hit of a search in one language asks for the same one.
    """
    if not prefixes:
        return None
    by_first_letter = {}
    for prefix in sorted(prefixes):
        by_first_letter.setdefault(prefix[0], []).append(prefix[1:])
    branches = "|".join(
        letter_class(first) + "(?:" + "|".join("".join(map(letter_class, rest)) for rest in rests) + ")"
        for first, rests in by_first_letter.items()
    )
    return re.compile(r"[\W_](?:" + branches + ")")


def letter_class(char):
    """`[…]`: `char` and every lower-case Latin letter that folds to it, as found case-insensitively in lower-case text.

    The text is in lower case already, where an ASCII letter's class found
    case-insensitively finds one letter more, the dotless "ı" for "i"
    (`tests/search/test_practice_snippets.py` checks every letter), so only
    other characters are matched case-insensitively: `re` tests a plain
    class faster.
    """
    letters = LETTERS_FOLDING_TO.get(char, char) + ("ı" if char == "i" else "")
    if char.isascii():
        return f"[{re.escape(letters)}]"
    return f"(?i:[{re.escape(letters)}])"


def marked_words(text, language, terms):
    """(start, end) of each word of `text` holding a query term, in order."""
    found = terms.places_in(text, language)
    if found is None:
        yield from (match.span() for match in WORD.finditer(text) if terms.found_in(match.group(), language))
        return
    pointer, count = 0, len(found)
    for match in WORD.finditer(text):
        if pointer == count:
            return
        end = match.end()
        if found[pointer][0] >= end:
            continue
        while pointer < count and found[pointer][0] < end:
            pointer += 1
        yield match.span()


def cut(sentence, language, terms):
    """At most SNIPPET_LENGTH characters of `sentence`, starting a little before its first match."""
    if len(sentence) <= SNIPPET_LENGTH:
        return sentence
    first = next((start for start, _end in marked_words(sentence, language, terms)), 0)
    start = max(0, first - LEAD_IN)
    if start:
        start = sentence.find(" ", start) + 1 or start
    end = start + SNIPPET_LENGTH
    if end < len(sentence):
        end = sentence.rfind(" ", start, end) if sentence.rfind(" ", start, end) > start else end
    return ("…" if start else "") + sentence[start:end].strip() + ("…" if end < len(sentence) else "")


def highlight(text, language, terms):
    parts, position = [], 0
    for start, end in marked_words(text, language, terms):
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)

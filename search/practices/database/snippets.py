"""Highlighted snippets: the passage of a practice that best matches the query, as safe HTML.

Everything is escaped; only the words whose indexed form the query asked
for are wrapped in <mark>. The passage is the sentence (of the summary or
narrative) with the most distinct matched terms, cut to a readable length
around its first match.
"""

import re

from django.utils.html import escape

from .analysis import WORD, language_or_default, stem, words_of_token

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
SNIPPET_LENGTH = 240
LEAD_IN = 60


def snippet(texts, language, terms, preferred_terms=frozenset()):
    """Safe HTML: the best passage of `texts` for the analysed query `terms`, matches in <mark>.

    A sentence scores one per distinct term of `terms` it holds, two for a
    term of `preferred_terms` (the words typed, rather than their synonyms).
    """
    language = language_or_default(language)
    best_sentence, best_score = "", -1
    for text in texts:
        for sentence in SENTENCE_END.split(text or ""):
            sentence = sentence.strip()
            if not sentence:
                continue
            matched = {term for term in sentence_terms(sentence, language) if term in terms}
            score = len(matched) + len(matched & preferred_terms)
            if score > best_score:
                best_sentence, best_score = sentence, score
    return highlight(cut(best_sentence, language, terms), language, terms)


def sentence_terms(sentence, language):
    for match in WORD.finditer(sentence.lower()):
        for word in words_of_token(match.group()):
            yield stem(word, language)


def matches_query(token, language, terms):
    return any(stem(word, language) in terms for word in words_of_token(token.lower()))


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

""" "Did you mean": spelling corrections from the words of the indexed practices.

A query word is taken as misspelt when no indexed practice has it in any
form (neither the word nor any of its stems). Its correction is the closest
known word (difflib's similarity, among words of a similar length with the
same first letter), kept only if it finds a practice the user may see, so
a suggestion never reveals a word of a practice hidden from them. The
search then runs with the corrections OR-ed in, so "declaraton" already
finds "declaration".
"""

import difflib

from django.db.models import Q
from django.db.models.functions import Length

from ...models import PracticeSearchWord
from . import fulltext
from .analysis import WORD, fold, word_stems
from .query import phrase_variants

MIN_WORD_LENGTH = 4
MAX_CORRECTED_WORDS = 3
LENGTH_SLACK = 2
SIMILARITY_CUTOFF = 0.75


def corrections(words, visible_documents):
    """{misspelt query word: correction} for the folded query `words`."""
    candidates = [word for word in dict.fromkeys(words) if len(word) >= MIN_WORD_LENGTH and word.isalpha()]
    if not candidates:
        return {}
    stems = {stem for word in candidates for stem in word_stems(word)}
    known = PracticeSearchWord.objects.filter(Q(word__in=candidates) | Q(stem__in=stems)).values_list("word", "stem")
    known_words, known_stems = set(), set()
    for word, stem in known:
        known_words.add(word)
        known_stems.add(stem)
    unknown = [word for word in candidates if word not in known_words and not word_stems(word) & known_stems]
    fixes = {}
    for word in unknown[:MAX_CORRECTED_WORDS]:
        correction = closest_word(word)
        if correction and fulltext.matching(visible_documents, phrase_variants((correction,))).exists():
            fixes[word] = correction
    return fixes


def closest_word(word):
    similar_length = (
        PracticeSearchWord.objects.annotate(length=Length("word"))
        .filter(word__startswith=word[0], length__gte=len(word) - LENGTH_SLACK, length__lte=len(word) + LENGTH_SLACK)
        .values_list("word", flat=True)
    )
    matches = difflib.get_close_matches(word, list(similar_length), n=1, cutoff=SIMILARITY_CUTOFF)
    return matches[0] if matches else None


def corrected_text(text, fixes):
    """`text` with each misspelt word replaced by its correction, the rest as typed."""
    return WORD.sub(lambda match: fixes.get(fold(match.group()), match.group()), text)

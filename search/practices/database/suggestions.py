""" "Did you mean": spelling corrections from the words of the indexed practices.

A word typed in the query is taken as misspelt when no indexed practice
has it in any form (neither the word nor any of its stems). Its correction
is the known word at the smallest edit distance (a swap of two letters
counts as one edit; one edit allowed in short words, two in longer ones,
by PRACTICE_SEARCH_CORRECTION_EDITS; same first letter), the one in the
most practices among equals. It is kept only if it finds a practice the
user may see, so a suggestion never reveals a word of a practice hidden
from them. The search then runs with
the corrected words, so "declaraton" already finds "declaration".
"""

from django.conf import settings

from ..known_words import allowed_edits, closest_word, unknown_words
from ..text.analysis import WORD, fold
from ..text.query import phrase_variants
from . import fulltext

MAX_CORRECTED_WORDS = 3


def corrections(text, words, visible, language):
    """{misspelt query word: correction} for the folded content `words` of the query `text`, read in `language`.

    `visible`: (SQL condition, params) of the documents the reader may find (`visibility.visible_condition`).
    """
    edits = tuple(settings.PRACTICE_SEARCH_CORRECTION_EDITS)
    typed = {fold(token) for token in WORD.findall(text)}
    candidates = [
        word for word in dict.fromkeys(words) if allowed_edits(word, edits) and word.isalpha() and word in typed
    ]
    if not candidates:
        return {}
    fixes = {}
    for word in unknown_words(candidates, language)[:MAX_CORRECTED_WORDS]:
        correction = closest_word(word, edits)
        if correction and fulltext.has_match(visible, phrase_variants((correction,), language)):
            fixes[word] = correction
    return fixes

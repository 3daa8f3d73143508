""" "Did you mean": spelling corrections from the words of the indexed practices.

A word typed in the query is taken as misspelt when no indexed practice
has it in any form (neither the word nor any of its stems). Its correction
is the known word at the smallest edit distance (a swap of two letters
counts as one edit; one edit allowed in short words, two in longer ones;
same first letter), the one in the most practices among equals. It is kept
only if it finds a practice the user may see, so a suggestion never
reveals a word of a practice hidden from them. The search then runs with
the corrected words, so "declaraton" already finds "declaration".
"""

from django.db.models.functions import Length

from ...models import PracticeSearchTerm, PracticeSearchWord
from ..known_words import unknown_words
from ..text.analysis import WORD, fold
from ..text.query import phrase_variants
from . import fulltext

MIN_WORD_LENGTH = 4
MAX_CORRECTED_WORDS = 3
SHORT_WORD_LENGTH = 5


def corrections(text, words, visible_documents, language):
    """{misspelt query word: correction} for the folded content `words` of the query `text`, read in `language`."""
    typed = {fold(token) for token in WORD.findall(text)}
    candidates = [
        word for word in dict.fromkeys(words) if len(word) >= MIN_WORD_LENGTH and word.isalpha() and word in typed
    ]
    if not candidates:
        return {}
    fixes = {}
    for word in unknown_words(candidates, language)[:MAX_CORRECTED_WORDS]:
        correction = closest_word(word)
        if correction and fulltext.matching(visible_documents, phrase_variants((correction,), language)).exists():
            fixes[word] = correction
    return fixes


def closest_word(word):
    """The known word nearest to `word`, or None when none is within the allowed edits."""
    allowed = 1 if len(word) <= SHORT_WORD_LENGTH else 2
    similar = list(
        PracticeSearchWord.objects.annotate(length=Length("word"))
        .filter(word__startswith=word[0], length__gte=len(word) - allowed, length__lte=len(word) + allowed)
        .values_list("word", "stem")
    )
    near = []
    for known, stem in similar:
        distance = edit_distance(word, known, allowed)
        if distance <= allowed:
            near.append((distance, known, stem))
    if not near:
        return None
    nearest = min(distance for distance, _known, _stem in near)
    tied = [(known, stem) for distance, known, stem in near if distance == nearest]
    frequency = dict(
        PracticeSearchTerm.objects.filter(term__in={stem for _known, stem in tied}).values_list(
            "term", "document_count"
        )
    )
    return max(tied, key=lambda pair: (frequency.get(pair[1], 0), -abs(len(pair[0]) - len(word)), pair[0]))[0]


def edit_distance(first, second, limit):
    """Edits (insert, delete, substitute, swap two neighbours) from `first` to `second`; limit + 1 when more."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous_row, row = None, list(range(len(second) + 1))
    for i, first_letter in enumerate(first, 1):
        before_previous, previous_row = previous_row, row
        row = [i] + [0] * len(second)
        for j, second_letter in enumerate(second, 1):
            cost = first_letter != second_letter
            row[j] = min(previous_row[j] + 1, row[j - 1] + 1, previous_row[j - 1] + cost)
            if i > 1 and j > 1 and first_letter == second[j - 2] and first[i - 2] == second_letter:
                row[j] = min(row[j], before_previous[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
    return row[-1]


def corrected_text(text, fixes):
    """`text` with each misspelt word replaced by its correction, the rest as typed; None if nothing changed."""
    corrected = WORD.sub(lambda match: fixes.get(fold(match.group()), match.group()), text)
    return corrected if corrected != text else None

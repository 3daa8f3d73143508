"""Which words of a query no indexed practice holds in any form: the likely typos.

Both engines ask: each corrects them to the nearest known word
(`closest_word`) and searches with the correction (the database engine
also offers it as "did you mean"), and Elasticsearch matches the ones left
uncorrected with typo tolerance, since a fuzzy clause on words spelt right
finds nothing the words themselves do not, and on a large index it costs
more than the rest of the search. The vocabulary is `PracticeSearchWord`,
which indexing keeps whichever engine answers.
"""

from django.db.models.functions import Length

from home.sql_rows import fetch_rows, placeholders

from ..models import PracticeSearchTerm, PracticeSearchWord
from .text.analysis import WORD, fold, word_stems

# The known words among a query's, or sharing a stem with one: a fixed statement, read by every cold search.
WORDS_OR_STEMS = "SELECT word, stem FROM {words_table} WHERE word IN ({words}) OR stem IN ({stems})"

# How many edits a correction may make, by the length of the word: (the fewest letters a word
# needs to be corrected at all, by one edit; the fewest for two edits). The database engine's
# (and Elasticsearch's unless its ranking says otherwise): one edit from 4 letters, two from 6.
CORRECTION_EDITS = (4, 6)


def unknown_words(words, language):
    """The `words` (folded) that no indexed practice holds, neither as written nor stemmed in `language`."""
    words = list(dict.fromkeys(words))
    if not words:
        return []
    stems = list({stem for word in words for stem in word_stems(word, language)})
    known_words, known_stems = set(), set()
    statement = WORDS_OR_STEMS.format(
        words_table=PracticeSearchWord._meta.db_table, words=placeholders(len(words)), stems=placeholders(len(stems))
    )
    for word, stem in fetch_rows(statement, [*words, *stems]):
        known_words.add(word)
        known_stems.add(stem)
    return [word for word in words if word not in known_words and not word_stems(word, language) & known_stems]


def allowed_edits(word, edits=CORRECTION_EDITS):
    """How many edits a correction of `word` may make (0: too short to correct), by `edits` (see CORRECTION_EDITS)."""
    one_edit, two_edits = edits
    return 0 if len(word) < one_edit else 1 if len(word) < two_edits else 2


def closest_word(word, edits=CORRECTION_EDITS):
    """The known word nearest to `word`, or None when none is within the allowed edits (`allowed_edits`)."""
    allowed = allowed_edits(word, edits)
    if not allowed:
        return None
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

"""Which words of a query no indexed practice holds in any form: the likely typos.

Both engines ask: the database engine corrects them ("did you mean"), and
Elasticsearch matches only them with typo tolerance, since a fuzzy clause
on words spelt right finds nothing the words themselves do not, and on a
large index it costs more than the rest of the search. The vocabulary is
`PracticeSearchWord`, which indexing keeps whichever engine answers.
"""

from django.db.models import Q

from ..models import PracticeSearchWord
from .text.analysis import word_stems


def unknown_words(words, language):
    """The `words` (folded) that no indexed practice holds, neither as written nor stemmed in `language`."""
    words = list(dict.fromkeys(words))
    if not words:
        return []
    stems = {stem for word in words for stem in word_stems(word, language)}
    known_words, known_stems = set(), set()
    for word, stem in PracticeSearchWord.objects.filter(Q(word__in=words) | Q(stem__in=stems)).values_list(
        "word", "stem"
    ):
        known_words.add(word)
        known_stems.add(stem)
    return [word for word in words if word not in known_words and not word_stems(word, language) & known_stems]

"""Text as the SQLite index holds it: each word replaced by its Snowball stem in the text's language.

SQLite's FTS5 cannot stem in Python's `sqlite3` (a tokenizer is C code,
and its built-in `porter` one is English-only and would stem every page
alike), so the words are stemmed before FTS5 sees them, in the indexed
text and in the query alike. Words are cut where FTS5's `unicode61`
tokenizer cuts them (at anything but a letter or digit), so phrases keep
their word order. The stemmer is the practice search's (`stem`): French
and Spanish stemmed before accents are folded, English after.
"""

import re

from search.practices.text.analysis import stem

WORD = re.compile(r"[^\W_]+")


def stemmed_text(text, language):
    """ "Declaring gifts" → "declar gift" for English text."""
    return " ".join(stem(word, language) for word in WORD.findall((text or "").lower()))

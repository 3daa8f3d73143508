"""Text analysis for the database engine: what a word is indexed and searched as.

Both SQLite FTS5 and PostgreSQL's full-text search are given text that is
already analysed here, so the two databases rank the same terms and the
engine behaves alike on both:

- lower case and accent folding ("Déclaration" and "declaration" meet);
- hyphenated words indexed as their parts and joined ("whistle-blower"
  also finds "whistleblower");
- stop words of the text's language left out;
- Snowball stemming in the practice's language ("rotating" and "rotation"
  meet). French and Spanish are stemmed before folding, because their
  stemmers know accented suffixes; English after, because its stemmer
  treats an accented letter as a consonant.

A query is read in the reader's (active) language only: its words are
stemmed in that language, never in the others (`word_stems`).
"""

import re
import threading
import unicodedata
from functools import lru_cache
from itertools import chain, repeat

import snowballstemmer

from .stop_words import ANY_LANGUAGE, BY_LANGUAGE

STEMMER_NAMES = {"en": "english", "fr": "french", "es": "spanish"}
LANGUAGES = tuple(STEMMER_NAMES)
FOLD_BEFORE_STEMMING = {"en"}
# Letters and digits, with inner hyphens or apostrophes kept for now.
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
MAX_WORD_LENGTH = 40


def fold(text):
    """Lower case without accents: "Mobilité" → "mobilite"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


_stemmers = threading.local()


def stemmer(language):
    """This thread's Snowball stemmer for `language`: a stemmer keeps state as it works, threads must not share one."""
    stemmers = _stemmers.__dict__.setdefault("by_language", {})
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(STEMMER_NAMES[language])
    return stemmers[language]


@lru_cache(maxsize=200_000)
def stem(word, language):
    """The indexed form of a lower-case `word` of a text in `language`."""
    if language in FOLD_BEFORE_STEMMING:
        return stemmer(language).stemWord(fold(word))
    return fold(stemmer(language).stemWord(word))


def raw_words(text):
    """Lower-case words of `text` in order, each as written (hyphens and apostrophes split)."""
    for match in WORD.finditer(text.lower()):
        yield from words_of_token(match.group())


def words_of_token(token):
    """ "whistle-blower" → whistle, blower, whistleblower; "d'intérêts" → d, intérêts."""
    if "'" in token or "’" in token:
        parts = re.split(r"['’]", token)
        yield from (part[:MAX_WORD_LENGTH] for part in parts if part)
        return
    parts = token.split("-")
    yield from (part[:MAX_WORD_LENGTH] for part in parts)
    if len(parts) > 1:
        yield "".join(parts)[:MAX_WORD_LENGTH]


def language_or_default(language):
    return language if language in STEMMER_NAMES else "en"


def analyse(text, language):
    """`text` as the space-separated terms it is indexed by, for a practice in `language`.

    Each word as written (a match of WORD in the lower-cased text) is
    analysed once per process (`token_stems`): indexing a practice
    mostly meets words met before, and splitting, folding and the stop-word
    test cost more than the stemming, which was all that was remembered.
    """
    tokens = WORD.findall((text or "").lower())
    return " ".join(chain.from_iterable(map(token_stems, tokens, repeat(language_or_default(language)))))


def analysed_terms(text, language):
    """`analyse(text, language).split()`, without joining and splitting again: what concepts are looked for in."""
    terms_of = _token_terms[language_or_default(language)]
    return list(chain.from_iterable(map(terms_of.__getitem__, WORD.findall((text or "").lower()))))


class TokenTerms(dict):
    """{token: `token_stems` as separate terms} of one language, filled as tokens are met.

    A stem is one term but for the rare letters NFKD folds to several
    words. A plain dict read (through `map`) costs less than `lru_cache`,
    which builds a key tuple per word. Emptied when it holds
    MAX_REMEMBERED_TOKENS.
    """

    def __init__(self, language):
        super().__init__()
        self.language = language

    def __missing__(self, token):
        if len(self) >= MAX_REMEMBERED_TOKENS:
            self.clear()
        terms = self[token] = tuple(" ".join(token_stems(token, self.language)).split())
        return terms


MAX_REMEMBERED_TOKENS = 200_000
_token_terms = {language: TokenTerms(language) for language in LANGUAGES}


@lru_cache(maxsize=200_000)
def token_stems(token, language):
    """The indexed forms of one lower-case WORD match of a text in `language`: its words but stop words, stemmed."""
    stop_words = BY_LANGUAGE[language]
    return tuple(stem(word, language) for word in words_of_token(token) if fold(word) not in stop_words)


@lru_cache(maxsize=20_000)
def word_stems(word, language):
    """The forms a query `word` may be indexed as, read in the reader's `language`: stemmed as written and folded.

    Matched against practices of every language: a word spelt and stemmed
    alike there ("cctv", "audit") finds them too; meaning crosses languages
    through the concepts (`concepts`), never through another language's stemmer.
    """
    language = language_or_default(language)
    return frozenset({stem(word, language), stem(fold(word), language)})


def is_stop_word(word):
    return fold(word) in ANY_LANGUAGE


def prefix_form(text):
    """Folded words separated by single spaces, for prefix matching: "E-Payment (OSBP)" → "e payment osbp"."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(text)).split())

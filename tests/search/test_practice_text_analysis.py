"""Text analysis of the database engine: the same terms for a text, whatever thread analyses it."""

import threading

import snowballstemmer

from search.practices.text.analysis import analyse, stemmer

WORDS = [
    f"{stem}{suffix}"
    for stem in ("rotat", "declar", "investigat", "procur", "whistleblow")
    for suffix in ("ion", "ions", "ing", "ed", "ement", "er", "ers", "ations")
]


def test_threads_each_get_their_own_stemmer():
    """A Snowball stemmer keeps state while it stems: shared by gunicorn threads, it raised IndexError (a 500)."""
    expected = [snowballstemmer.stemmer("english").stemWord(word) for word in WORDS] * 200
    outcomes = []

    def stem_everything():
        try:
            outcomes.append([stemmer("en").stemWord(word) for word in WORDS] * 200 == expected)
        except IndexError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=stem_everything) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == [True] * 8


def test_analysis_folds_accents_splits_hyphens_drops_stop_words_and_stems_by_language():
    assert analyse("La déclaration des Whistle-blowers", "fr") == "declar whistl blower whistleblower"
    assert analyse("Rotating officers at the border", "en") == "rotat offic border"

"""Snippets: the sentence that best matches the query, escaped, with the query's words marked."""

from search.practices.text.analysis import stem
from search.practices.text.snippets import SNIPPET_LENGTH, snippet

SUMMARY = "Officers <b>rotate</b> every year. The rotation of staff cut collusion at the border."


def test_the_sentence_holding_most_query_terms_is_chosen_and_marked():
    html = snippet([SUMMARY], "en", {stem("rotation", "en"), stem("border", "en")})

    assert html == "The <mark>rotation</mark> of staff cut collusion at the <mark>border</mark>."


def test_without_query_terms_the_opening_sentence_shows_escaped_and_unmarked():
    html = snippet(["", SUMMARY], "en", frozenset())

    assert html == "Officers &lt;b&gt;rotate&lt;/b&gt; every year."


def test_a_long_opening_sentence_is_cut_at_a_word():
    long_sentence = "Integrity " * 60

    html = snippet([long_sentence], "en", frozenset())

    assert html.endswith("…") and len(html) <= SNIPPET_LENGTH + 1
    assert "<mark>" not in html


def test_a_word_written_with_accents_or_capitals_is_found_and_marked():
    summary = "Une réunion a eu lieu. La DÉCLARATION de patrimoine est publiée chaque année."

    html = snippet([summary], "fr", {stem("déclaration", "fr")})

    assert html == "La <mark>DÉCLARATION</mark> de patrimoine est publiée chaque année."


def test_a_word_after_an_apostrophe_or_hyphen_is_found():
    html = snippet(["Rien ici. Conflits d'intérêts déclarés."], "fr", {stem("intérêts", "fr")})

    assert "<mark>" in html and html.startswith("Conflits")

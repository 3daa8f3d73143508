"""Snippets: the sentence that best matches the query, escaped, with the query's words marked."""

import re
import string

from search.practices.text.analysis import stem
from search.practices.text.snippets import LETTERS_FOLDING_TO, SNIPPET_LENGTH, letter_class, snippet

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


def test_the_best_sentence_is_found_deep_in_the_narrative_and_only_its_words_are_marked():
    summary = "Officers rotate every year. Nothing else here."
    body = " ".join(f"Sentence {number} says nothing." for number in range(40)) + (
        " Staff rotation cut collusion at the border post. The end."
    )

    html = snippet([summary, body], "en", {stem("rotation", "en"), stem("border", "en"), stem("staff", "en")})

    assert html == "<mark>Staff</mark> <mark>rotation</mark> cut collusion at the <mark>border</mark> post."


def test_without_a_matching_sentence_the_first_sentence_shows():
    html = snippet(["", "First words. Second words."], "en", {stem("rotation", "en")})

    assert html == "First words."


def test_a_long_sentence_is_cut_around_its_first_match_and_the_match_marked():
    sentence = "Word " * 80 + "rotation of staff " + "word " * 40

    html = snippet([sentence.strip() + "."], "en", {stem("rotation", "en")})

    assert html.startswith("…") and html.endswith("…")
    assert html.count("<mark>rotation</mark>") == 1


def test_text_whose_lower_case_is_longer_is_still_marked_at_the_right_words():
    # "İ" lowers to two characters: places in the lower-case text are not places in the text.
    summary = "İİİ İstanbul staff. The rotation of İzmir staff."

    html = snippet([summary], "en", {stem("rotation", "en"), stem("staff", "en")})

    assert html == "The <mark>rotation</mark> of İzmir <mark>staff</mark>."


def test_every_character_html_gives_meaning_to_is_escaped_around_the_marks():
    html = snippet(['Tom\'s <rotation> & "staff".'], "en", {stem("rotation", "en")})

    assert html == "Tom&#x27;s &lt;<mark>rotation</mark>&gt; &amp; &quot;staff&quot;."


def test_each_ascii_letters_class_finds_in_lower_case_text_what_a_case_insensitive_one_finds():
    # Case-insensitive matching relates only characters with a case mapping (and digits to themselves).
    cased = (chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    lower_case = {lowered for c in cased if c.upper() != c or c.lower() != c for lowered in c.lower()}
    lower_case |= set(string.digits)
    for char in string.ascii_lowercase + string.digits:
        plain = re.compile(letter_class(char))
        insensitive = re.compile(f"[{re.escape(LETTERS_FOLDING_TO.get(char, char))}]", re.IGNORECASE)
        assert {c for c in lower_case if plain.fullmatch(c)} == {c for c in lower_case if insensitive.fullmatch(c)}


def test_a_concept_marks_its_one_word_terms_and_not_a_word_of_a_longer_term_alone(db):
    """ "Period" of "maximum period in post" is not the rotation concept: marking it marked most practices."""
    from search.factories import SearchConceptFactory
    from search.practices.text.query import analyse_query
    from search.vocabulary import current_lexicon

    SearchConceptFactory(key="staff-rotation", en=["rotation", "redeployment", "maximum period in post"])
    analysed = analyse_query("rotation", language="en", lexicon=current_lexicon())
    text = "The maximum period in one post ends with a redeployment."
    marked = snippet([text], "en", analysed.highlight_terms_in("en"), analysed.word_terms)
    assert marked == "The maximum period in one post ends with a <mark>redeployment</mark>."

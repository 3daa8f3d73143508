"""The trilingual concept vocabulary (`search/concepts.jsonl`) is well-formed data.

The file is edited by hand and read by both search engines, so its shape is
checked here rather than trusted: a malformed line or a term claimed by two
concepts would silently change what a query matches.
"""

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

SEARCH_DIR = Path(__file__).resolve().parents[2] / "search"
CONCEPTS_FILE = SEARCH_DIR / "concepts.jsonl"

LANGUAGES = ("en", "fr", "es")
SCHEMA = {"key": str, "en": list, "fr": list, "es": list, "acronyms": list, "notes": str}
KEY_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ACRONYM_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]*[A-Z0-9]$")
MINIMUM_CONCEPTS = 300


def folded(term):
    """Case- and accent-insensitive form, the way two terms are judged the same."""
    decomposed = unicodedata.normalize("NFKD", term.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def load_concepts():
    lines = CONCEPTS_FILE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def concepts():
    return load_concepts()


def test_every_line_is_a_json_object_in_readable_utf8():
    for number, line in enumerate(CONCEPTS_FILE.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"line {number} is blank"
        assert isinstance(json.loads(line), dict), f"line {number} is not a JSON object"
        assert "\\u" not in line, f"line {number} escapes non-ASCII text (write with ensure_ascii=False)"


def test_there_are_enough_concepts(concepts):
    assert len(concepts) >= MINIMUM_CONCEPTS


def test_every_concept_has_exactly_the_schema(concepts):
    for concept in concepts:
        assert list(concept) == list(SCHEMA), f"{concept.get('key')}: keys {list(concept)}"
        for field, kind in SCHEMA.items():
            assert isinstance(concept[field], kind), f"{concept['key']}.{field} is not {kind.__name__}"
        for field in (*LANGUAGES, "acronyms"):
            for term in concept[field]:
                assert isinstance(term, str) and term == term.strip() and term, (
                    f"{concept['key']}.{field}: bad term {term!r}"
                )


def test_keys_are_unique_lowercase_ascii_with_hyphens(concepts):
    keys = [concept["key"] for concept in concepts]
    assert len(keys) == len(set(keys)), [key for key in keys if keys.count(key) > 1]
    for key in keys:
        assert KEY_PATTERN.match(key), key


def test_every_language_has_terms_and_every_concept_a_note(concepts):
    for concept in concepts:
        for language in LANGUAGES:
            assert concept[language], f"{concept['key']} has no {language} term"
        assert concept["notes"].strip(), f"{concept['key']} has no note"


def test_terms_are_lower_case_unless_they_carry_a_proper_name(concepts):
    """Lower case is the rule; an upper-case letter must start a word (a name or an acronym)."""
    for concept in concepts:
        for language in LANGUAGES:
            for term in concept[language]:
                for word in re.split(r"[\s'’/-]+", term):
                    assert word[1:] == word[1:].lower() or word.isupper(), f"{concept['key']}.{language}: {term!r}"


def test_no_term_is_repeated_within_a_list(concepts):
    """Within one language; the same word may rightly appear in two languages ("collusion")."""
    for concept in concepts:
        for field in (*LANGUAGES, "acronyms"):
            terms = [folded(term) for term in concept[field]]
            assert len(terms) == len(set(terms)), f"{concept['key']}.{field} repeats a term"


def test_acronyms_are_upper_case_letters_digits_and_hyphens(concepts):
    for concept in concepts:
        for acronym in concept["acronyms"]:
            assert ACRONYM_PATTERN.match(acronym), f"{concept['key']}: {acronym!r}"


def test_no_term_belongs_to_two_concepts_of_the_same_language(concepts):
    for field in (*LANGUAGES, "acronyms"):
        owners = defaultdict(set)
        for concept in concepts:
            for term in concept[field]:
                owners[folded(term)].add(concept["key"])
        shared = {term: sorted(keys) for term, keys in owners.items() if len(keys) > 1}
        assert not shared, f"{field} terms in several concepts: {shared}"


def test_no_acronym_is_a_term_of_another_concept(concepts):
    """Acronyms match in every language, so no language list elsewhere may claim one."""
    owners = defaultdict(set)
    for concept in concepts:
        for field in LANGUAGES:
            for term in concept[field]:
                owners[folded(term)].add(concept["key"])
    for concept in concepts:
        for acronym in concept["acronyms"]:
            others = owners[folded(acronym)] - {concept["key"]}
            assert not others, f"{acronym} of {concept['key']} is also a term of {sorted(others)}"

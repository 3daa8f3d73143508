"""The concepts found in the corpus practices and the development queries stay what they were, and their analysis too.

`tests/search/data/concepts_found.json` holds, for the shared corpus's 120
practices, the app's demo practices and the relevance development set's
queries, the concept keys (in order of appearance) that the concept lexicon
of the seed vocabulary (`search/concepts.jsonl`) found in them, and a digest
of their analysed text (`text.analysis.analyse`), when concept
finding was rewritten for speed (December 2026), computed with the code
before the rewrite. Any change to how concepts are found changes what both
engines index and match; this test says which text it changed. A deliberate
change of the seed vocabulary or of the analysis renews the file:

    .venv/bin/python manage.py shell -c \
        "from tests.search.test_concepts_found_unchanged import write_expected; write_expected()"
"""

import hashlib
import json
from pathlib import Path

import pytest

from search.concept_seed import read_seed
from search.models import SearchConcept
from search.practices.text.analysis import analyse
from search.practices.text.concepts import TAG_LANGUAGE, ConceptLexicon, concepts_in_versions

PROJECT_ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).with_name("data") / "concepts_found.json"
RECORDS = {
    "corpus": PROJECT_ROOT.parent / "shared" / "corpus" / "practices.jsonl",
    "demo": PROJECT_ROOT / "knowledgebase" / "demo" / "practices.jsonl",
}
QUERIES = PROJECT_ROOT / "benchmarks" / "relevance" / "dev_queries.jsonl"
NARRATIVE = ("problem", "actions", "results", "lessons_learned")
# The shared corpus sits beside a checkout, not in it; where it is absent the
# app's demo practices and the development queries are still checked.
SOURCES_PRESENT = [source for source, path in RECORDS.items() if path.exists()] + ["queries"]


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_lexicon():
    return ConceptLexicon(SearchConcept(**values) for values in read_seed())


def concepts_of_record(record, lexicon):
    """What indexing finds in a practice record: as Elasticsearch's document has them, and as the database engine's."""
    language = record["language"]
    body = " ".join(record.get(field) or "" for field in NARRATIVE)
    tags = " ".join(record.get("themes") or [])
    named, headline = concepts_in_versions(
        {language: {"title": record["title"], "summary": record["summary"], "body": body}}, lexicon, tags
    )
    analysed = [analyse(text, language) for text in (record["title"], record["summary"], body)]
    return {
        "named": named,
        "headline": headline,
        "head": lexicon.keys_in(analysed[:2], language),
        "body": lexicon.keys_in(analysed[2:], language),
        "tags": lexicon.keys_in([analyse(tags, TAG_LANGUAGE)], TAG_LANGUAGE),
        # The analysed text itself (what the database engine indexes), as a digest.
        "analysed": digest(analysed),
    }


def digest(texts):
    return hashlib.sha256("\x1e".join(texts).encode("utf-8")).hexdigest()[:16]


def concepts_of_query(query, lexicon):
    return [
        lexicon.keys_in_query(query["query"].split(), query["language"]),
        digest([analyse(query["query"], query["language"])]),
    ]


def found_now(source, lexicon):
    if source == "queries":
        return {query["id"]: concepts_of_query(query, lexicon) for query in read_jsonl(QUERIES)}
    return {record["external_id"]: concepts_of_record(record, lexicon) for record in read_jsonl(RECORDS[source])}


@pytest.fixture(scope="module")
def lexicon():
    return seed_lexicon()


@pytest.fixture(scope="module")
def expected():
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("source", SOURCES_PRESENT)
def test_the_same_concepts_are_found_in_the_same_order(source, lexicon, expected):
    found = found_now(source, lexicon)
    assert found.keys() == expected[source].keys()
    changed = {name: (expected[source][name], found[name]) for name in found if found[name] != expected[source][name]}
    assert not changed, f"{len(changed)} of {len(found)} {source} texts now name other concepts: {changed}"
    # The pinned data is not trivially empty: most texts name some concept.
    named = [value[0] if source == "queries" else value["named"] for value in found.values()]
    assert sum(1 for keys in named if keys) > len(found) / 2


def write_expected():
    """Renew the expected data from the code and seed as they are (see the module docstring)."""
    lexicon = seed_lexicon()
    data = {source: found_now(source, lexicon) for source in [*RECORDS, "queries"]}
    EXPECTED.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

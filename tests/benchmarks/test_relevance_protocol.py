"""The relevance evaluation protocol: folds, per-kind means, choice by cross-validation, and the development set."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.relevance.candidates import CANDIDATES
from benchmarks.relevance.protocol import (
    FOLDS,
    KINDS,
    MINIMUM_PER_KIND,
    MINIMUM_QUERIES,
    Spread,
    assign_folds,
    choose_by_cross_validation,
    chosen_spread,
    cross_validated,
    per_kind_means,
)

DEV_QUERIES = Path(__file__).resolve().parents[2] / "benchmarks" / "relevance" / "dev_queries.jsonl"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def queries_of(kind_counts):
    return [
        {"id": f"{kind}-{number:02d}", "kind": kind} for kind, count in kind_counts.items() for number in range(count)
    ]


# ---------------------------------------------------------------- folds


def test_every_fold_holds_its_share_of_each_kind():
    queries = queries_of({"keyword": 30, "paraphrase": 27, "acronym": 20, "filtered": 12, "concept": 3})
    assignment = assign_folds(queries)

    assert set(assignment) == {query["id"] for query in queries}
    assert set(assignment.values()) == set(range(FOLDS))
    for kind in ("keyword", "paraphrase", "acronym", "filtered"):
        per_fold = Counter(fold for query_id, fold in assignment.items() if query_id.startswith(f"{kind}-"))
        assert max(per_fold.values()) - min(per_fold.values()) <= 1, kind
    sizes = Counter(assignment.values())
    assert max(sizes.values()) - min(sizes.values()) <= 1


def test_folds_are_the_same_on_every_run_and_whatever_the_order_of_the_file():
    queries = queries_of({"keyword": 17, "natural": 11, "misspelling": 9})

    assert assign_folds(queries) == assign_folds(list(reversed(queries)))
    assert assign_folds(queries) != assign_folds(queries, seed=18)


# ---------------------------------------------------------------- means


def test_per_kind_means_average_each_kind_separately_in_the_protocol_order():
    scores = {"a": 1.0, "b": 0.5, "c": 0.2, "d": 0.0}
    kinds = {"a": "paraphrase", "b": "keyword", "c": "paraphrase", "d": "keyword"}

    means = per_kind_means(scores, kinds)

    assert means == pytest.approx({"keyword": 0.25, "paraphrase": 0.6})
    assert list(means) == ["keyword", "paraphrase"]


def test_cross_validated_figures_are_the_held_out_fold_means_and_their_spread():
    assignment = {"a": 0, "b": 0, "c": 1, "d": 2, "e": 3, "f": 4}
    scores = {"a": 1.0, "b": 0.0, "c": 0.6, "d": 0.7, "e": 0.8, "f": 0.4}

    spread = cross_validated(scores, assignment)

    assert spread.per_fold == pytest.approx((0.5, 0.6, 0.7, 0.8, 0.4))
    assert spread.mean == pytest.approx(0.6)
    assert spread.stdev == pytest.approx(0.158113883)
    assert (spread.low, spread.high) == (pytest.approx(0.4), pytest.approx(0.8))


def test_a_kind_is_cross_validated_on_the_folds_that_hold_it():
    assignment = {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4, "x": 0}
    scores = {"a": 0.2, "b": 0.4, "c": 0.6, "d": 0.8, "e": 1.0, "x": 0.0}

    assert cross_validated(scores, assignment, only={"a", "b"}).per_fold == pytest.approx((0.2, 0.4))


# ---------------------------------------------------------------- choice


def test_each_fold_chooses_the_candidate_best_on_the_other_folds_and_scores_it_on_its_own():
    assignment = {"q0": 0, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
    candidate_scores = {
        "current": {"q0": 0.5, "q1": 0.5, "q2": 0.5, "q3": 0.5, "q4": 0.5},
        # best overall only thanks to q0: chosen everywhere except when q0 is the held-out fold
        "fits_q0": {"q0": 1.0, "q1": 0.5, "q2": 0.5, "q3": 0.5, "q4": 0.4},
    }

    choices = choose_by_cross_validation(candidate_scores, assignment)

    assert [choice.chosen for choice in choices] == ["current", "fits_q0", "fits_q0", "fits_q0", "fits_q0"]
    assert [choice.held_out_mean for choice in choices] == pytest.approx([0.5, 0.5, 0.5, 0.5, 0.4])
    assert choices[1].training_mean == pytest.approx((1.0 + 0.5 + 0.5 + 0.4) / 4)
    # the cross-validated mean of the choice is below what fits_q0 shows on the whole set (0.58)
    assert chosen_spread(choices).mean == pytest.approx(0.48)


def test_a_tie_keeps_the_candidate_listed_first():
    assignment = {"q0": 0, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
    same = {f"q{number}": 0.7 for number in range(5)}

    choices = choose_by_cross_validation({"current": same, "other": dict(same)}, assignment)

    assert {choice.chosen for choice in choices} == {"current"}


def test_the_registry_starts_with_the_current_configuration_unchanged():
    assert next(iter(CANDIDATES)) == "current"
    assert CANDIDATES["current"] == {}
    assert all(isinstance(overrides, dict) for overrides in CANDIDATES.values())


def test_a_spread_of_one_fold_has_no_deviation():
    assert Spread.of([0.3]).stdev == 0.0


# ---------------------------------------------------------------- the development set


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def records():
    path = CORPUS / "practices.jsonl"
    if not path.exists():
        pytest.skip(f"the shared corpus is not at {path}")
    return {record["external_id"]: record for record in read_jsonl(path)}


@pytest.fixture(scope="module")
def dev_set():
    return read_jsonl(DEV_QUERIES)


def test_the_development_set_is_large_enough_and_covers_every_kind(dev_set):
    kinds = Counter(query["kind"] for query in dev_set)

    assert len(dev_set) >= MINIMUM_QUERIES
    assert len({query["id"] for query in dev_set}) == len(dev_set)
    assert set(kinds) == set(KINDS)
    for kind, minimum in MINIMUM_PER_KIND.items():
        assert kinds[kind] >= minimum, kind
    assert {query["language"] for query in dev_set} == {"en", "fr", "es"}
    assert {query["as"] for query in dev_set} == {"public", "coordinator"}


def test_cross_language_queries_go_in_every_direction(dev_set, records):
    directions = {
        (query["language"], records[external_id]["language"])
        for query in dev_set
        if query["kind"] == "cross_language"
        for external_id, grade in query["relevant"].items()
        if grade == 3 and records[external_id]["language"] != query["language"]
    }

    assert {("en", "fr"), ("en", "es"), ("fr", "en"), ("fr", "es"), ("es", "en"), ("es", "fr")} <= directions


def test_the_public_queries_are_included_unchanged(dev_set):
    public_file = CORPUS / "queries_public.jsonl"
    if not public_file.exists():
        pytest.skip(f"the shared corpus is not at {public_file}")
    included = {query["id"]: query for query in dev_set}

    for query in read_jsonl(public_file):
        assert {key: value for key, value in included[query["id"]].items() if key != "kind"} == query


def test_every_judgment_is_valid_for_its_query(dev_set, records):
    for query in dev_set:
        grades = query["relevant"]
        assert 3 in grades.values(), query["id"]
        for external_id, grade in grades.items():
            record = records.get(external_id)
            assert record is not None, (query["id"], external_id)
            assert grade in (1, 2, 3), (query["id"], external_id)
            if query["as"] == "public":
                assert record["visibility"] == "public", (query["id"], external_id)
            if "region" in query["filters"]:
                assert record["region"] == query["filters"]["region"], (query["id"], external_id)
            if "key_factor" in query["filters"]:
                assert query["filters"]["key_factor"] in record["key_factors"], (query["id"], external_id)


def test_filtered_queries_have_a_filter_and_only_they_do(dev_set):
    for query in dev_set:
        assert set(query["filters"]) <= {"region", "key_factor"}, query["id"]
        assert bool(query["filters"]) == (query["kind"] == "filtered"), query["id"]


def test_other_kinds_grade_other_language_records_at_most_1(dev_set, records):
    """The corpus README's cross-language rule, for every kind but cross_language (the new queries)."""
    for query in dev_set:
        if query["kind"] == "cross_language" or not query["id"].startswith("d"):
            continue
        for external_id, grade in query["relevant"].items():
            if records[external_id]["language"] != query["language"]:
                assert grade <= 1, (query["id"], external_id)


def test_cross_language_queries_want_records_in_another_language(dev_set, records):
    for query in dev_set:
        if query["kind"] == "cross_language":
            best = [external_id for external_id, grade in query["relevant"].items() if grade == 3]
            assert any(records[external_id]["language"] != query["language"] for external_id in best), query["id"]


# Words that name the domain itself, not a practice: shared by nearly every record.
DOMAIN_WORDS = {"customs", "officer", "officers", "staff"}


def content_words(text):
    """Words of 3+ letters, compared by their first 5 letters (a crude stem that works across en/fr/es)."""
    return {word[:5] for word in re.findall(r"[^\W\d_]{3,}", text.lower()) if word not in DOMAIN_WORDS}


def test_new_paraphrases_share_no_content_word_with_their_best_records(dev_set, records):
    stop = content_words(
        "the and for with from that this what which how who whose you your their can not too long each every "
        "before after into than when while instead through about without one out "
        "les des une aux même tout que par pour sans dans el los las del por que su sin"
    )
    for query in dev_set:
        if query["kind"] != "paraphrase" or not query["id"].startswith("d"):
            continue
        for external_id, grade in query["relevant"].items():
            if grade == 3:
                record = records[external_id]
                shown = content_words(" ".join([record["title"], record["summary"], *record["themes"]]))
                assert not (content_words(query["query"]) - stop) & shown, (query["id"], external_id)

"""The marking rules, as pure functions of a snapshot and the answers."""

from decimal import Decimal
from fractions import Fraction

import pytest

from elearning.scoring import ALL_OR_NOTHING, PARTIAL, percentage, question_credit, score_attempt


def choice_question(kind="single_choice", correct=("a",), options=("a", "b", "c"), scoring=None, points=1):
    question = {
        "id": "q",
        "type": kind,
        "points": points,
        "options": [{"id": option, "correct": option in correct} for option in options],
    }
    if scoring:
        question["scoring"] = scoring
    return question


def matching_question(scoring=PARTIAL):
    return {
        "id": "m",
        "type": "matching",
        "points": 2,
        "scoring": scoring,
        "items": [{"id": "i1", "answer": "x"}, {"id": "i2", "answer": "y"}, {"id": "i3", "answer": "x"}],
        "choices": [{"id": "x"}, {"id": "y"}],
    }


@pytest.mark.parametrize(
    ("selected", "credit"),
    [(["a"], 1), (["b"], 0), ([], 0), (["a", "b"], 0), (["zzz"], 0)],
)
def test_single_choice_needs_exactly_the_right_option(selected, credit):
    assert question_credit(choice_question(), selected) == credit


@pytest.mark.parametrize(
    ("selected", "credit"),
    [(["a", "b"], 1), (["a"], 0), (["a", "b", "c"], 0), ([], 0)],
)
def test_multiple_choice_all_or_nothing(selected, credit):
    question = choice_question(
        "multiple_choice", correct=("a", "b"), options=("a", "b", "c", "d"), scoring=ALL_OR_NOTHING
    )
    assert question_credit(question, selected) == credit


@pytest.mark.parametrize(
    ("selected", "credit"),
    [
        (["a", "b"], Fraction(1)),
        (["a"], Fraction(1, 2)),
        (["a", "c"], Fraction(0)),
        (["a", "b", "c"], Fraction(1, 2)),
        (["a", "b", "c", "d"], Fraction(0)),  # ticking every box earns nothing
        (["c", "d"], Fraction(0)),  # never below zero
    ],
)
def test_multiple_choice_partial_credit_takes_off_for_wrong_picks(selected, credit):
    question = choice_question("multiple_choice", correct=("a", "b"), options=("a", "b", "c", "d"), scoring=PARTIAL)
    assert question_credit(question, selected) == credit


def test_true_false_is_marked_like_single_choice():
    question = choice_question("true_false", correct=("false",), options=("true", "false"))
    assert question_credit(question, ["false"]) == 1
    assert question_credit(question, ["true"]) == 0


def test_matching_partial_and_all_or_nothing():
    answers = {"i1": "x", "i2": "y", "i3": "y"}
    assert question_credit(matching_question(PARTIAL), answers) == Fraction(2, 3)
    assert question_credit(matching_question(ALL_OR_NOTHING), answers) == 0
    assert question_credit(matching_question(ALL_OR_NOTHING), {"i1": "x", "i2": "y", "i3": "x"}) == 1


def test_malformed_answers_earn_nothing():
    assert question_credit(choice_question(), {"a": "a"}) == 0
    assert question_credit(matching_question(), ["x"]) == 0
    assert question_credit(choice_question(), None) == 0


def test_the_score_weights_questions_by_points_and_rounds_half_up():
    assert percentage([Fraction(1), Fraction(0)], [2, 1]) == Decimal("66.67")
    assert percentage([Fraction(1, 2)], [1]) == Decimal("50.00")
    assert percentage([Fraction(1, 3), Fraction(1)], [1, 2]) == Decimal("77.78")
    assert percentage([], []) == Decimal("0.00")


def test_an_attempt_passes_at_the_pass_mark_exactly():
    questions = [choice_question(points=7), {**choice_question(points=3), "id": "q2"}]
    result = score_attempt(questions, {"q": ["a"], "q2": ["b"]}, pass_mark=70)
    assert result.percentage == Decimal("70.00")
    assert result.passed is True
    assert result.credits == [1, 0]
    assert score_attempt(questions, {"q": ["b"], "q2": ["a"]}, pass_mark=70).passed is False

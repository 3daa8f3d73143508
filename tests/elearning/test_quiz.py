"""Drawing an attempt from the pool, what the browser may see of it, and reading the answers back."""

import random

import pytest
from django.http import QueryDict

from elearning.factories import build_course, single_choice
from elearning.quiz import draw_snapshot, parse_responses, questions_for_display

pytestmark = pytest.mark.django_db

ANSWER_KEY_FIELDS = {"correct", "feedback", "explanation", "answer", "scoring"}


def pool_of(count):
    return [
        single_choice(f"Question {number}?", [(f"Right {number}", True), (f"Wrong {number}", False)])
        for number in range(count)
    ]


def assessment_with(pool, **fields):
    tree = build_course(lesson_count=0, assessment_fields={"questions": pool, **fields})
    return tree.assessment, tree.course


def test_each_attempt_draws_n_questions_from_the_pool():
    assessment, course = assessment_with(pool_of(15), questions_per_attempt=10)

    draws = [draw_snapshot(assessment, course, random.Random(seed)) for seed in range(5)]

    for snapshot in draws:
        prompts = [question["prompt"] for question in snapshot["questions"]]
        assert len(prompts) == len(set(prompts)) == 10
    assert len({tuple(question["id"] for question in snapshot["questions"]) for snapshot in draws}) > 1


def test_the_whole_pool_when_it_is_smaller_and_its_order_when_not_shuffled():
    pool = pool_of(3)
    assessment, course = assessment_with(pool, questions_per_attempt=10, shuffle_questions=False, shuffle_options=False)

    snapshot = draw_snapshot(assessment, course, random.Random(1))

    assert [question["id"] for question in snapshot["questions"]] == [question["id"] for question in pool]
    assert [option["text"] for option in snapshot["questions"][0]["options"]] == ["Right 0", "Wrong 0"]


def test_options_are_shuffled_per_attempt():
    assessment, course = assessment_with(pool_of(1), shuffle_options=True)

    orders = {
        tuple(
            option["text"]
            for option in draw_snapshot(assessment, course, random.Random(seed))["questions"][0]["options"]
        )
        for seed in range(20)
    }

    assert orders == {("Right 0", "Wrong 0"), ("Wrong 0", "Right 0")}


def test_the_snapshot_freezes_the_rules_in_force(course_tree):
    snapshot = draw_snapshot(course_tree.assessment, course_tree.course)

    assert snapshot["settings"] == {
        "pass_mark": 70,
        "attempt_limit": 3,
        "time_limit_minutes": None,
        "review_policy": "feedback",
        "hold_review_until_final": True,
    }
    assert snapshot["course_title"] == course_tree.course.title


def test_what_the_browser_sees_carries_no_answer_key(course_tree):
    snapshot = draw_snapshot(course_tree.assessment, course_tree.course)

    def keys(value):
        if isinstance(value, dict):
            return set(value) | {key for item in value.values() for key in keys(item)}
        if isinstance(value, list):
            return {key for item in value for key in keys(item)}
        return set()

    shown = questions_for_display(snapshot)
    assert len(shown) == 4
    assert not keys(shown) & ANSWER_KEY_FIELDS
    true_false = next(question for question in shown if question["type"] == "true_false")
    assert [option["text"] for option in true_false["options"]] == ["True", "False"]


def test_answers_are_read_back_only_for_options_this_attempt_offered(course_tree):
    snapshot = draw_snapshot(course_tree.assessment, course_tree.course)
    by_type = {question["type"]: question for question in snapshot["questions"]}
    single, multiple, matching = by_type["single_choice"], by_type["multiple_choice"], by_type["matching"]
    data = QueryDict(mutable=True)
    data.setlist(f"q-{single['id']}", [option["id"] for option in single["options"]] + ["forged"])
    data.setlist(f"q-{multiple['id']}", [multiple["options"][0]["id"], multiple["options"][0]["id"], "forged"])
    first_item, second_item = matching["items"][:2]
    data[f"q-{matching['id']}-{first_item['id']}"] = matching["choices"][0]["id"]
    data[f"q-{matching['id']}-{second_item['id']}"] = "forged"

    responses = parse_responses(snapshot, data)

    assert responses[single["id"]] == [single["options"][0]["id"]]
    assert responses[multiple["id"]] == [multiple["options"][0]["id"]]
    assert responses[matching["id"]] == {first_item["id"]: matching["choices"][0]["id"]}
    assert responses[by_type["true_false"]["id"]] == []

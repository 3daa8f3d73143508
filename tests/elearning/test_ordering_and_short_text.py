"""Ordering and short text questions: their marking rules, the attempt page, bad input and the review."""

import random
import re
from fractions import Fraction

import pytest
from django.urls import reverse

from elearning.factories import build_course, ordering, short_text
from elearning.learner_progress import enrol
from elearning.models import QuizAttempt, ReviewPolicy
from elearning.quiz import draw_snapshot
from elearning.scoring import ALL_OR_NOTHING, PARTIAL, SHORT_TEXT_MAX_LENGTH, fold_text, question_credit

from .conftest import start_attempt

STEPS = ["Decline the offer", "Write down what happened", "Tell your supervisor", "File the integrity report"]
ACCEPTED = ["Arusha Declaration", "Déclaration d'Arusha"]


def ordering_question(scoring=PARTIAL):
    return {
        "id": "o",
        "type": "ordering",
        "points": 1,
        "scoring": scoring,
        "steps": [{"id": step_id, "text": step_id} for step_id in "CADB"],
        "order": list("ABCD"),
    }


def positions(order):
    return {step_id: position for position, step_id in enumerate(order, start=1)}


@pytest.mark.parametrize(
    ("given", "credit"),
    [
        ({"A": 1, "B": 2, "C": 3, "D": 4}, 1),
        # B C D A keeps B-C and C-D.
        (positions("BCDA"), Fraction(2, 3)),
        # A B D C keeps only A-B.
        (positions("ABDC"), Fraction(1, 3)),
        (positions("DCBA"), 0),
        # C D A B keeps A-B and C-D: pairs count wherever they stand.
        (positions("CDAB"), Fraction(2, 3)),
        # A duplicate, a gap, a step left out, or nothing: counted wrong.
        ({"A": 1, "B": 2, "C": 2, "D": 4}, 0),
        ({"A": 1, "B": 2, "C": 3}, 0),
        ({}, 0),
    ],
)
def test_ordering_partial_credit_counts_neighbouring_pairs_in_order(given, credit):
    assert question_credit(ordering_question(PARTIAL), given) == credit


@pytest.mark.parametrize(("given", "credit"), [(positions("ABCD"), 1), (positions("BCDA"), 0), (positions("ABDC"), 0)])
def test_ordering_all_or_nothing_needs_the_whole_order(given, credit):
    assert question_credit(ordering_question(ALL_OR_NOTHING), given) == credit


def test_ordering_answers_of_the_wrong_shape_earn_nothing():
    assert question_credit(ordering_question(), ["A", "B", "C", "D"]) == 0
    assert question_credit(ordering_question(), None) == 0


@pytest.mark.parametrize(
    ("typed", "credit"),
    [
        ("declaration d'arusha", 1),
        ("  ARUSHA   déclaration ", 1),
        ("arusha declaration", 1),
        ("Declaration d’Arusha", 0),  # a typographic apostrophe is another character
        ("Arusha", 0),
        ("", 0),
        ("   ", 0),
    ],
)
def test_short_text_folds_case_accents_and_spaces(typed, credit):
    question = {"id": "s", "type": "short_text", "points": 1, "accepted": ACCEPTED}
    assert question_credit(question, typed) == credit


def test_folding_makes_declaration_equal_its_accented_form():
    assert fold_text("Déclaration") == fold_text("declaration") == "declaration"
    assert fold_text(" Ｄéclaration\t d'Arusha ") == "declaration d'arusha"


def test_an_overlong_short_answer_earns_nothing_even_if_it_starts_right():
    question = {"id": "s", "type": "short_text", "points": 1, "accepted": ["a" * SHORT_TEXT_MAX_LENGTH]}
    assert question_credit(question, "a" * SHORT_TEXT_MAX_LENGTH) == 1
    assert question_credit(question, "a" * (SHORT_TEXT_MAX_LENGTH + 1)) == 0


@pytest.mark.django_db
def test_steps_are_never_shown_in_the_right_order():
    tree = build_course(
        lesson_count=0,
        assessment_fields={"questions": [ordering("Order the steps.", STEPS[:2])], "shuffle_options": False},
    )
    for seed in range(10):
        question = draw_snapshot(tree.assessment, tree.course, random.Random(seed))["questions"][0]
        assert [step["id"] for step in question["steps"]] == list(reversed(question["order"]))


@pytest.fixture
def new_types_course(learner):
    tree = build_course(
        lesson_count=0,
        assessment_fields={
            "questions": [
                ordering("Put the steps in order.", STEPS, scoring=PARTIAL, explanation="EXPLANATION-order"),
                short_text("Which declaration sets the key factors?", ACCEPTED, explanation="EXPLANATION-text"),
            ],
            "review_policy": ReviewPolicy.FEEDBACK,
            "hold_review_until_final": False,
        },
    )
    enrol(learner, tree.course)
    return tree


@pytest.fixture
def new_types_attempt(client, learner, new_types_course):
    client.force_login(learner)
    _response, attempt = start_attempt(client, new_types_course.assessment)
    return attempt


def questions_by_type(attempt):
    return {question["type"]: question for question in attempt.snapshot["questions"]}


def submit(client, attempt, data):
    return client.post(reverse("elearning:attempt", args=[attempt.pk]), data)


@pytest.mark.django_db
def test_the_attempt_page_shows_steps_and_a_text_box_but_no_key(client, new_types_attempt):
    html = client.get(reverse("elearning:attempt", args=[new_types_attempt.pk])).content.decode()
    form = html[html.index('class="quiz"') :]
    form = form[: form.index("</form>")]
    by_type = questions_by_type(new_types_attempt)

    shown_steps = re.findall(r'<label for="q-[^"]+-[^"]+">([^<]+)</label>', form)
    shown_steps = [text for text in shown_steps if text in STEPS]
    assert sorted(shown_steps) == sorted(STEPS) and shown_steps != STEPS
    for step in by_type["ordering"]["steps"]:
        select = re.search(rf'<select id="q-{by_type["ordering"]["id"]}-{step["id"]}"[^>]*>(.*?)</select>', form, re.S)
        assert re.findall(r'value="([^"]*)"', select.group(1)) == ["", "1", "2", "3", "4"]
        assert "selected" not in select.group(1)
    assert f'name="q-{by_type["short_text"]["id"]}"' in form
    for secret in ["Arusha", "arusha", "EXPLANATION", "correct", "accepted", "data-answer", "right order"]:
        assert secret not in form
    assert 'src="/static/js/ordering.js"' in html


@pytest.mark.django_db
def test_both_types_are_marked_on_the_server_and_shown_in_the_review(client, new_types_attempt):
    by_type = questions_by_type(new_types_attempt)
    order_question, text_question = by_type["ordering"], by_type["short_text"]
    # The first two steps swapped: of A-B, B-C, C-D only C-D stays in order.
    swapped = [order_question["order"][1], order_question["order"][0], *order_question["order"][2:]]
    data = {f"q-{order_question['id']}-{step_id}": str(position) for position, step_id in enumerate(swapped, 1)}
    data[f"q-{text_question['id']}"] = "  DECLARATION d'arusha "

    response = submit(client, new_types_attempt, data)

    assert response.status_code == 302
    new_types_attempt.refresh_from_db()
    marks = {mark["id"]: mark["credit"] for mark in new_types_attempt.question_scores}
    assert marks == {order_question["id"]: "1/3", text_question["id"]: "1"}
    assert str(new_types_attempt.score) == "66.67"
    assert new_types_attempt.responses[text_question["id"]] == "DECLARATION d'arusha"
    review = client.get(reverse("elearning:attempt_result", args=[new_types_attempt.pk])).content.decode()
    assert "Partly correct" in review and "Accepted answers:" in review
    assert "Arusha Declaration · Déclaration d&#x27;Arusha" in review
    assert "DECLARATION d&#x27;arusha" in review
    table = review[review.index("Step, in the right order") :]
    assert [re.sub(r"\s+", " ", cell) for cell in re.findall(r'<th scope="row">([^<]+)</th>', table)[:4]] == STEPS


BAD_POSITIONS = [
    ["0", "1", "2", "3"],
    ["5", "1", "2", "3"],
    ["1", "1", "2", "3"],
    ["one", "2", "3", "4"],
    ["-1", "2", "3", "4"],
    ["²", "2", "3", "4"],
    ["", "", "", ""],
    ["1" * 5000, "2", "3", "4"],
]


@pytest.mark.django_db
@pytest.mark.parametrize("bad_positions", BAD_POSITIONS)
def test_bad_positions_are_counted_wrong_not_a_server_error(client, new_types_attempt, bad_positions):
    order_question = questions_by_type(new_types_attempt)["ordering"]
    data = {
        f"q-{order_question['id']}-{step_id}": position
        for step_id, position in zip(order_question["order"], bad_positions, strict=True)
    }

    response = submit(client, new_types_attempt, data)

    assert response.status_code == 302
    new_types_attempt.refresh_from_db()
    assert new_types_attempt.status == QuizAttempt.Status.SUBMITTED
    marks = {mark["id"]: mark["credit"] for mark in new_types_attempt.question_scores}
    assert marks[order_question["id"]] == "0"


@pytest.mark.django_db
def test_an_overlong_answer_is_stored_cut_and_counted_wrong(client, new_types_attempt):
    text_question = questions_by_type(new_types_attempt)["short_text"]
    overlong = "Arusha Declaration" + " " * 10 + "x" * 100_000

    response = submit(client, new_types_attempt, {f"q-{text_question['id']}": overlong})

    assert response.status_code == 302
    new_types_attempt.refresh_from_db()
    assert len(new_types_attempt.responses[text_question["id"]]) == SHORT_TEXT_MAX_LENGTH + 1
    assert {mark["id"]: mark["credit"] for mark in new_types_attempt.question_scores}[text_question["id"]] == "0"


def test_an_ordering_question_needs_steps_with_different_texts():
    from django.core.exceptions import ValidationError

    from elearning.models.questions import OrderingQuestionBlock

    block = OrderingQuestionBlock()
    value = {"prompt": "Order", "explanation": "", "points": 1, "scoring": PARTIAL}
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**value, "steps": ["Report", " report "]}))
    assert block.clean(block.to_python({**value, "steps": ["Decline", "Report"]}))


@pytest.mark.parametrize("block_name", ["ordering", "short_text"])
def test_the_new_blocks_describe_themselves_for_editors(block_name):
    from elearning.models import QuestionPoolBlock

    block = QuestionPoolBlock().child_blocks[block_name]
    assert block.meta.icon and block.meta.label and block.meta.description
    assert block.get_preview_value()["prompt"]

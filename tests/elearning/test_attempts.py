"""Honest scoring: no answer keys in the browser, one attempt per form, server-side time, frozen results."""

import re
import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from elearning.factories import answer_form_data, single_choice
from elearning.models import QuizAttempt, ReviewPolicy
from elearning.quiz_attempts import SUBMISSION_GRACE

from .conftest import start_attempt

pytestmark = pytest.mark.django_db


def attempt_page(client, attempt):
    response = client.get(reverse("elearning:attempt", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def submit(client, attempt, data):
    return client.post(reverse("elearning:attempt", args=[attempt.pk]), data)


def result_page(client, attempt):
    response = client.get(reverse("elearning:attempt_result", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def result_and_review(html):
    """The result page from its heading to the end of the review, without the site shell or messages."""
    return html[html.index("<h1") : html.index("</main>")]


def test_the_attempt_page_holds_no_answer_key(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    html = attempt_page(learner_client, attempt)

    questions = attempt.snapshot["questions"]
    assert len(questions) == 4
    for question in questions:
        assert question["prompt"] in html
        assert question["explanation"] not in html
        for option in question.get("options", []):
            assert option["text"] in html
            if option["feedback"]:
                assert option["feedback"] not in html
        for item in question.get("items", []):
            if item["feedback"]:
                assert item["feedback"] not in html
    assert "FEEDBACK" not in html and "EXPLANATION" not in html
    assert not re.search(r"correct|is_best|data-answer", html, re.IGNORECASE)
    # Right and wrong options share one markup: only their name, id and value differ.
    choice_inputs = re.findall(r'<input type="(?:radio|checkbox)"[^>]*>', html)
    shapes = {re.sub(r'\s(?:id|name|value)="[^"]*"', "", tag) for tag in choice_inputs}
    assert shapes == {'<input type="radio">', '<input type="checkbox">'}


def test_matching_choices_do_not_reveal_which_item_they_belong_to(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    html = attempt_page(learner_client, attempt)
    matching = next(question for question in attempt.snapshot["questions"] if question["type"] == "matching")

    item_ids = {item["id"] for item in matching["items"]}
    choice_ids = [choice["id"] for choice in matching["choices"]]
    assert not item_ids & set(choice_ids)
    assert [choice["text"] for choice in matching["choices"]] == sorted(
        choice["text"] for choice in matching["choices"]
    )
    for item in matching["items"]:
        select = re.search(rf'<select id="q-{matching["id"]}-{item["id"]}"[^>]*>(.*?)</select>', html, re.S).group(1)
        assert re.findall(r'value="([^"]+)"', select) == choice_ids


def test_questions_use_fieldsets_with_legends_and_labelled_options(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    html = attempt_page(learner_client, attempt)

    assert html.count("<fieldset") == html.count("<legend") == len(attempt.snapshot["questions"])
    for input_id in re.findall(r'<(?:input type="(?:radio|checkbox)"|select)[^>]*id="([^"]+)"', html):
        assert f'<label for="{input_id}">' in html
    assert html.count("<h1") == 1


def test_scoring_happens_on_the_server(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)

    response = submit(learner_client, attempt, {**answer_form_data(attempt.snapshot), "score": "100", "passed": "1"})

    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED
    assert attempt.score == 100
    assert attempt.passed is True


def test_wrong_answers_fail_whatever_else_is_posted(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)

    submit(learner_client, attempt, {**answer_form_data(attempt.snapshot, correct=False), "score": "100"})

    attempt.refresh_from_db()
    assert attempt.score == 0
    assert attempt.passed is False


def test_a_double_submit_and_a_replay_give_one_scored_attempt(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    wrong = answer_form_data(attempt.snapshot, correct=False)

    first = submit(learner_client, attempt, wrong)
    second = submit(learner_client, attempt, wrong)
    replay_with_better_answers = submit(learner_client, attempt, answer_form_data(attempt.snapshot))

    result_url = reverse("elearning:attempt_result", args=[attempt.pk])
    assert first.url == second.url == replay_with_better_answers.url == result_url
    assert QuizAttempt.objects.count() == 1
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.passed) == (QuizAttempt.Status.SUBMITTED, 0, False)
    assert "already submitted; your result has not changed" in learner_client.get(result_url).content.decode()


def test_a_doubled_or_replayed_start_form_creates_one_attempt(learner_client, course_tree):
    key = uuid.uuid4()
    first, attempt = start_attempt(learner_client, course_tree.assessment, key)
    second, same = start_attempt(learner_client, course_tree.assessment, key)

    assert first.url == second.url == reverse("elearning:attempt", args=[attempt.pk])
    assert same.pk == attempt.pk
    assert QuizAttempt.objects.count() == 1

    submit(learner_client, attempt, answer_form_data(attempt.snapshot, correct=False))
    replayed_after_submitting, _ = start_attempt(learner_client, course_tree.assessment, key)
    assert replayed_after_submitting.url == reverse("elearning:attempt_result", args=[attempt.pk])
    assert QuizAttempt.objects.count() == 1


def test_a_second_start_while_one_is_open_resumes_it(learner_client, course_tree):
    _response, first = start_attempt(learner_client, course_tree.assessment)
    response, _ = start_attempt(learner_client, course_tree.assessment)

    assert response.url == reverse("elearning:attempt", args=[first.pk])
    assert QuizAttempt.objects.count() == 1


def test_a_late_submission_is_refused_and_the_saved_answers_are_marked(learner_client, course_tree):
    course_tree.assessment.time_limit_minutes = 20
    course_tree.assessment.save_revision().publish()
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    assert attempt.deadline == attempt.started_at + timedelta(minutes=20)
    wrong = answer_form_data(attempt.snapshot, correct=False)
    learner_client.post(reverse("elearning:save_answers", args=[attempt.pk]), wrong)
    # The learner sat on the page past the deadline and its grace period.
    deadline = timezone.now() - SUBMISSION_GRACE - timedelta(seconds=1)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - timedelta(minutes=21), deadline=deadline
    )

    response = submit(learner_client, attempt, answer_form_data(attempt.snapshot))

    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED and attempt.marked_at_deadline
    assert (attempt.score, attempt.passed, attempt.submitted_at) == (0, False, deadline)
    html = learner_client.get(response.url).content.decode()
    assert "Time ran out before your answers arrived." in html
    assert "marked with the answers saved before the deadline" in html


def test_a_submission_within_the_time_limit_is_accepted(learner_client, course_tree):
    course_tree.assessment.time_limit_minutes = 20
    course_tree.assessment.save_revision().publish()
    _response, attempt = start_attempt(learner_client, course_tree.assessment)

    html = attempt_page(learner_client, attempt)
    assert "Submit your answers by" in html
    submit(learner_client, attempt, answer_form_data(attempt.snapshot))

    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED


def test_an_open_attempt_past_its_deadline_closes_when_revisited(learner_client, course_tree):
    course_tree.assessment.time_limit_minutes = 5
    course_tree.assessment.save_revision().publish()
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))

    response = learner_client.get(reverse("elearning:attempt", args=[attempt.pk]))

    assert response.url == reverse("elearning:attempt_result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED and attempt.marked_at_deadline
    assert attempt.score == 0 and attempt.passed is False


def test_editing_the_quiz_after_an_attempt_leaves_its_score_and_review_unchanged(learner_client, course_tree):
    assessment = course_tree.assessment
    assessment.review_policy = ReviewPolicy.FEEDBACK
    assessment.hold_review_until_final = False
    assessment.save_revision().publish()
    _response, attempt = start_attempt(learner_client, assessment)
    submit(learner_client, attempt, answer_form_data(attempt.snapshot))
    attempt.refresh_from_db()
    review_before = result_and_review(result_page(learner_client, attempt))
    score_before = attempt.score

    # An editor rewrites the pool: new wording, a different right answer, fewer questions.
    assessment.refresh_from_db()
    assessment.questions = [
        single_choice("A completely new question?", [("Yes", False), ("No", True)], explanation="NEW-EXPLANATION")
    ]
    assessment.save_revision().publish()

    attempt.refresh_from_db()
    review_after = result_and_review(result_page(learner_client, attempt))
    assert attempt.score == score_before == 100
    assert review_after == review_before
    assert "A completely new question?" not in review_after
    assert "EXPLANATION-gift" in review_after


def test_the_attempt_limit_is_enforced(learner_client, course_tree):
    course_tree.assessment.attempt_limit = 2
    course_tree.assessment.save_revision().publish()
    for _ in range(2):
        _response, attempt = start_attempt(learner_client, course_tree.assessment)
        submit(learner_client, attempt, answer_form_data(attempt.snapshot, correct=False))

    response, refused = start_attempt(learner_client, course_tree.assessment)

    assert refused is None
    assert QuizAttempt.objects.count() == 2
    page = learner_client.get(response.url).content.decode()
    assert "You have used all 2 attempts." in page


def test_no_new_attempt_after_passing(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    submit(learner_client, attempt, answer_form_data(attempt.snapshot))

    _response, refused = start_attempt(learner_client, course_tree.assessment)

    assert refused is None
    assert QuizAttempt.objects.count() == 1


def test_someone_elses_attempt_is_not_found(client, learner_client, course_tree):
    from accounts.factories import UserFactory

    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    client.force_login(UserFactory())

    assert client.get(reverse("elearning:attempt", args=[attempt.pk])).status_code == 404
    assert submit(client, attempt, answer_form_data(attempt.snapshot)).status_code == 404
    assert client.get(reverse("elearning:attempt_result", args=[attempt.pk])).status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_open


def test_only_enrolled_learners_may_start(client, course_tree):
    from accounts.factories import UserFactory

    client.force_login(UserFactory())
    response, attempt = start_attempt(client, course_tree.assessment)

    assert attempt is None
    assert "Enrol in the course to take its assessment." in client.get(response.url).content.decode()


@pytest.mark.parametrize(
    ("policy", "shows_answers", "shows_feedback"),
    [(ReviewPolicy.SCORE, False, False), (ReviewPolicy.ANSWERS, True, False), (ReviewPolicy.FEEDBACK, True, True)],
)
def test_the_review_shows_what_the_policy_allows(learner_client, course_tree, policy, shows_answers, shows_feedback):
    course_tree.assessment.review_policy = policy
    course_tree.assessment.hold_review_until_final = False
    course_tree.assessment.save_revision().publish()
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    submit(learner_client, attempt, answer_form_data(attempt.snapshot, correct=False))

    html = result_page(learner_client, attempt)

    assert "Your score: 0%" in html
    assert ("(correct answer)" in html) is shows_answers
    assert ("EXPLANATION-gift" in html) is shows_feedback
    assert ("FEEDBACK-" in html) is shows_feedback


def test_answers_are_held_back_until_the_learner_passes_or_runs_out(learner_client, course_tree):
    course_tree.assessment.attempt_limit = 2
    course_tree.assessment.save_revision().publish()
    _response, first = start_attempt(learner_client, course_tree.assessment)
    submit(learner_client, first, answer_form_data(first.snapshot, correct=False))

    held = result_page(learner_client, first)
    assert "will be shown once you pass or have used all your attempts" in held
    assert "(correct answer)" not in held and "EXPLANATION" not in held

    _response, second = start_attempt(learner_client, course_tree.assessment)
    submit(learner_client, second, answer_form_data(second.snapshot, correct=False))
    assert "EXPLANATION-gift" in result_page(learner_client, first)

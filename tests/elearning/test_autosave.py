"""Answers saved as the learner goes: own attempt only, shown on resume, marked when time runs out."""

import uuid
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.factories import UserFactory
from elearning.factories import answer_form_data
from elearning.models import Certificate, QuizAttempt
from elearning.quiz import parse_responses
from elearning.quiz_attempts import SUBMISSION_GRACE, close_overdue_attempts
from tests.query_counts import session_read_queries

from .conftest import complete_lessons, start_attempt

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
# Pinned: saving costs the same whatever the number of questions or earlier attempts.
# Both without the session read, which tests.query_counts.session_read_queries adds.
# The attempt page cost 8 while it was the first request to read the site's top rows (home.shell.site_top);
# the course's outline now works out its URLs from them (elearning.outline_rows), so an earlier request of
# the test (starting the attempt) has them cached, as every request on a running site finds them.
SAVE_QUERIES = 5
ATTEMPT_PAGE_QUERIES = 7


def save_url(attempt):
    return reverse("elearning:save_answers", args=[attempt.pk])


def first_half(snapshot, correct=True):
    """The form data answering the first half of the questions."""
    half = {question["id"] for question in snapshot["questions"][: len(snapshot["questions"]) // 2]}
    return {name: value for name, value in answer_form_data(snapshot, correct).items() if question_id_of(name) in half}


def question_id_of(field):
    """The question a field answers: "q-<question uuid>" or "q-<question uuid>-<item>"."""
    return field[2:38]


@pytest.fixture
def timed_course(course_tree):
    course_tree.assessment.time_limit_minutes = 1
    course_tree.assessment.save_revision().publish()
    return course_tree


def overdue(attempt):
    """Put the attempt's deadline, and the grace after it, in the past (the server's clock decides)."""
    deadline = timezone.now() - SUBMISSION_GRACE - timedelta(seconds=5)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=deadline)
    return deadline


def test_answers_are_saved_in_the_shape_submitting_stores_and_shown_on_resume(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    data = answer_form_data(attempt.snapshot)

    response = learner_client.post(save_url(attempt), data, **JSON)

    assert response.status_code == 200
    assert "Your answers were saved at" in response.json()["message"]
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.answers_saved_at is not None
    form = QueryDict(mutable=True)
    for name, value in data.items():
        form.setlist(name, value if isinstance(value, list) else [value])
    assert attempt.responses == parse_responses(attempt.snapshot, form)

    html = learner_client.get(reverse("elearning:attempt", args=[attempt.pk])).content.decode()
    for question in attempt.snapshot["questions"]:
        for option in question.get("options", []):
            checked = f'value="{option["id"]}" checked>' in html
            assert checked == option["correct"], option
        for item in question.get("items", []):
            assert f'<option value="{item["answer"]}" selected>' in html
    assert "Your answers were saved at" in html


def test_the_save_button_without_javascript_saves_and_returns_to_the_attempt(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)

    response = learner_client.post(save_url(attempt), first_half(attempt.snapshot))

    assert response.status_code == 302 and response.url == reverse("elearning:attempt", args=[attempt.pk])
    attempt.refresh_from_db()
    answered = {question_id for question_id, answer in attempt.responses.items() if answer}
    assert answered == {question["id"] for question in attempt.snapshot["questions"][:2]}
    assert "Your answers were saved at" in learner_client.get(response.url).content.decode()


def test_submitting_marks_what_is_submitted_not_what_was_saved(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    learner_client.post(save_url(attempt), answer_form_data(attempt.snapshot, correct=False), **JSON)

    learner_client.post(reverse("elearning:attempt", args=[attempt.pk]), answer_form_data(attempt.snapshot))

    attempt.refresh_from_db()
    assert attempt.score == 100 and not attempt.marked_at_deadline


def test_nobody_saves_into_another_learners_attempt(client, learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    client.force_login(UserFactory())

    assert client.post(save_url(attempt), answer_form_data(attempt.snapshot), **JSON).status_code == 404
    assert client.post(save_url(attempt), answer_form_data(attempt.snapshot)).status_code == 404
    client.logout()
    assert client.post(save_url(attempt), answer_form_data(attempt.snapshot)).status_code == 302  # to log in
    attempt.refresh_from_db()
    assert attempt.responses == {} and attempt.answers_saved_at is None


def test_an_unknown_attempt_is_not_found(learner_client):
    assert learner_client.post(f"/en/learn/attempts/{uuid.uuid4()}/answers/", {}, **JSON).status_code == 404


@pytest.mark.parametrize(
    "bad_field",
    [
        lambda attempt: {f"q-{uuid.uuid4()}": "x"},
        lambda attempt: {f"q-{attempt.snapshot['questions'][0]['id']}": "x" * 5000},
        lambda attempt: {"q-": ""},
    ],
    ids=["unknown question", "oversized value", "empty name"],
)
def test_bad_input_is_a_400_and_saves_nothing(learner_client, course_tree, bad_field):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    data = {**answer_form_data(attempt.snapshot), **bad_field(attempt)}

    as_json = learner_client.post(save_url(attempt), data, **JSON)
    as_form = learner_client.post(save_url(attempt), data)

    assert as_json.status_code == as_form.status_code == 400
    assert "do not belong to this attempt" in as_json.json()["error"]
    assert "do not belong to this attempt" in as_form.content.decode()
    attempt.refresh_from_db()
    assert attempt.responses == {}


def test_offered_ids_only_are_kept_like_submitting_does(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    question = attempt.snapshot["questions"][0]

    response = learner_client.post(save_url(attempt), {f"q-{question['id']}": "not-an-option"}, **JSON)

    assert response.status_code == 200
    attempt.refresh_from_db()
    assert attempt.responses[question["id"]] in ([], {})


def test_saving_after_the_deadline_is_refused_and_marks_what_was_saved(learner_client, timed_course):
    _response, attempt = start_attempt(learner_client, timed_course.assessment)
    learner_client.post(save_url(attempt), first_half(attempt.snapshot), **JSON)
    deadline = overdue(attempt)

    response = learner_client.post(save_url(attempt), answer_form_data(attempt.snapshot), **JSON)

    assert response.status_code == 409
    assert "This attempt is closed" in response.json()["error"]
    assert response.json()["result_url"] == reverse("elearning:attempt_result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED and attempt.marked_at_deadline
    assert attempt.submitted_at == deadline
    assert 0 < attempt.score < 100  # the saved half, not the late whole
    again = learner_client.post(save_url(attempt), answer_form_data(attempt.snapshot))
    assert again.status_code == 302 and again.url == response.json()["result_url"]
    attempt.refresh_from_db()
    assert 0 < attempt.score < 100


def test_saving_into_a_submitted_attempt_is_refused(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    learner_client.post(reverse("elearning:attempt", args=[attempt.pk]), answer_form_data(attempt.snapshot))

    response = learner_client.post(save_url(attempt), answer_form_data(attempt.snapshot, correct=False), **JSON)

    assert response.status_code == 409
    attempt.refresh_from_db()
    assert attempt.score == 100


def test_the_result_page_says_the_saved_answers_were_marked(learner_client, timed_course):
    _response, attempt = start_attempt(learner_client, timed_course.assessment)
    learner_client.post(save_url(attempt), first_half(attempt.snapshot), **JSON)
    overdue(attempt)

    response = learner_client.get(reverse("elearning:attempt", args=[attempt.pk]))

    html = learner_client.get(response.url).content.decode()
    assert "Time ran out: your answers saved before the deadline were marked." in html
    assert "Your score:" in html


def test_close_overdue_attempts_marks_saved_answers_once(learner_client, enrolled_learner, timed_course):
    complete_lessons(learner_client, timed_course.lessons)
    _response, attempt = start_attempt(learner_client, timed_course.assessment)
    learner_client.post(save_url(attempt), answer_form_data(attempt.snapshot), **JSON)
    other_learner_open = UserFactory()
    deadline = overdue(attempt)

    call_command("close_overdue_attempts", verbosity=0)

    attempt.refresh_from_db()
    assert (attempt.status, attempt.marked_at_deadline, attempt.score) == (QuizAttempt.Status.SUBMITTED, True, 100)
    assert attempt.submitted_at == deadline
    certificate = Certificate.objects.get(user=enrolled_learner)
    assert certificate.attempt_id == attempt.pk

    assert close_overdue_attempts() == 0
    call_command("close_overdue_attempts", verbosity=0)
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.submitted_at == deadline
    assert Certificate.objects.filter(user=enrolled_learner).count() == 1
    assert other_learner_open.quiz_attempts.count() == 0


def test_close_overdue_attempts_leaves_attempts_still_in_time(learner_client, timed_course):
    _response, attempt = start_attempt(learner_client, timed_course.assessment)
    learner_client.post(save_url(attempt), first_half(attempt.snapshot), **JSON)

    assert close_overdue_attempts() == 0
    attempt.refresh_from_db()
    assert attempt.is_open


def test_an_attempt_closed_unscored_before_autosave_does_not_use_up_an_attempt(learner_client, course_tree):
    course_tree.assessment.attempt_limit = 1
    course_tree.assessment.save_revision().publish()
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    QuizAttempt.objects.filter(pk=attempt.pk).update(status=QuizAttempt.Status.EXPIRED)

    _response, second = start_attempt(learner_client, course_tree.assessment)

    assert second is not None and second.number == 2 and second.is_open


def test_saving_and_the_attempt_page_cost_a_fixed_number_of_queries(learner_client, course_tree):
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    data = answer_form_data(attempt.snapshot)
    learner_client.post(save_url(attempt), data, **JSON)

    with CaptureQueriesContext(connection) as saving:
        assert learner_client.post(save_url(attempt), data, **JSON).status_code == 200
    with CaptureQueriesContext(connection) as showing:
        assert learner_client.get(reverse("elearning:attempt", args=[attempt.pk])).status_code == 200

    session = session_read_queries()
    assert (len(saving), len(showing)) == (SAVE_QUERIES + session, ATTEMPT_PAGE_QUERIES + session)


def test_starting_again_after_time_ran_out_marks_the_open_attempt_first(learner_client, timed_course):
    _response, attempt = start_attempt(learner_client, timed_course.assessment)
    learner_client.post(save_url(attempt), answer_form_data(attempt.snapshot), **JSON)
    overdue(attempt)

    response, second = start_attempt(learner_client, timed_course.assessment)

    assert second is None  # the saved answers passed: no new attempt
    attempt.refresh_from_db()
    assert attempt.passed and attempt.marked_at_deadline
    assert "You have passed this assessment." in learner_client.get(response.url).content.decode()

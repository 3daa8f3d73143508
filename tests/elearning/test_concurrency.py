"""Two requests racing each other still make one attempt and one score (PostgreSQL row locks and constraints)."""

import threading
import uuid

import pytest
from django.db import connection
from django.http import QueryDict

from elearning.factories import answer_form_data, build_course
from elearning.learner_progress import enrol
from elearning.models import Certificate, QuizAttempt
from elearning.quiz_attempts import SubmissionOutcome, start_attempt, submit_attempt

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def in_parallel(function, count):
    """Run `function` in `count` threads released at the same instant; return their results."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(index):
        barrier.wait()
        try:
            results[index] = function()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def ready_learner(learner):
    tree = build_course(lesson_count=0)
    enrol(learner, tree.course)
    return learner, tree


def test_simultaneous_submissions_score_the_attempt_once(ready_learner):
    learner, tree = ready_learner
    attempt = start_attempt(learner, tree.assessment, uuid.uuid4())
    data = QueryDict(mutable=True)
    for name, value in answer_form_data(attempt.snapshot).items():
        data.setlist(name, value if isinstance(value, list) else [value])

    outcomes = in_parallel(lambda: submit_attempt(learner, attempt.pk, data).outcome, 6)

    assert outcomes.count(SubmissionOutcome.SCORED) == 1
    assert outcomes.count(SubmissionOutcome.ALREADY_SUBMITTED) == 5
    assert QuizAttempt.objects.filter(status="submitted").count() == 1
    assert Certificate.objects.count() == 1


def test_simultaneous_starts_with_one_key_make_one_attempt(ready_learner):
    learner, tree = ready_learner
    key = uuid.uuid4()

    attempts = in_parallel(lambda: start_attempt(learner, tree.assessment, key).pk, 6)

    assert len(set(attempts)) == 1
    assert QuizAttempt.objects.count() == 1


def test_simultaneous_starts_with_different_keys_still_leave_one_open_attempt(ready_learner):
    learner, tree = ready_learner

    attempts = in_parallel(lambda: start_attempt(learner, tree.assessment, uuid.uuid4()).pk, 6)

    assert len(set(attempts)) == 1
    assert QuizAttempt.objects.filter(status="in_progress").count() == 1

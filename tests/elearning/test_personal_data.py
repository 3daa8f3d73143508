"""'Download my data' holds the learner's enrolments, progress, attempts, certificates, accommodations, no keys."""

import json

import pytest
from django.urls import reverse

from elearning.allowances import grant_accommodation
from elearning.factories import answer_form_data

from .conftest import complete_lessons, start_attempt

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_learning_records_without_answer_keys(learner_client, enrolled_learner, course_tree):
    grant_accommodation(
        enrolled_learner, course_tree.course.translation_key, None, reason="Screen reader user", extra_attempts=1
    )
    complete_lessons(learner_client, course_tree.lessons)
    _response, attempt = start_attempt(learner_client, course_tree.assessment)
    learner_client.post(reverse("elearning:attempt", args=[attempt.pk]), answer_form_data(attempt.snapshot))

    response = learner_client.get(reverse("accounts:export"))

    learning = json.loads(response.content)["records"]["learning"]
    assert [enrolment["course_key"] for enrolment in learning["enrolments"]] == [
        str(course_tree.course.translation_key)
    ]
    assert len(learning["completed_lessons"]) == 2
    exported_attempt = learning["assessment_attempts"][0]
    assert exported_attempt["score"] == "100.00" and exported_attempt["passed"] is True
    single_choice = next(
        answer for answer in exported_attempt["answers"] if answer["question"].startswith("A broker offers")
    )
    assert single_choice["answer"] == ["Refuse it and report the offer"]
    certificate = learning["certificates"][0]
    assert certificate["status"] == "valid" and certificate["holder_name"] == "Jonas Berg"
    assert [(item["reason"], item["extra_attempts"]) for item in learning["accommodations"]] == [
        ("Screen reader user", 1)
    ]
    text = response.content.decode()
    for secret in ("FEEDBACK", "EXPLANATION", '"correct"', "idempotency"):
        assert secret not in text


def test_the_export_holds_no_one_elses_learning(client, learner_client, course_tree):
    from accounts.factories import UserFactory

    start_attempt(learner_client, course_tree.assessment)
    client.force_login(UserFactory())

    learning = json.loads(client.get(reverse("accounts:export")).content)["records"]["learning"]

    assert learning == {
        "enrolments": [],
        "completed_lessons": [],
        "assessment_attempts": [],
        "certificates": [],
        "accommodations": [],
    }

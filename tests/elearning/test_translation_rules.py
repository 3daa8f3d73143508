"""Completion and certificates belong to the course as one thing, whatever state its translations are in.

An editor translating a course lesson by lesson leaves the translation with
a draft, unpublished or missing assessment, a missing lesson, or another
pass mark. None of that may lower the bar: these tests failed when each
language version built its requirements from its own live pages.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from elearning.factories import answer_form_data
from elearning.models import AssessmentPage, Certificate, Enrolment
from home.factories import translate_page

from .conftest import complete_lessons, start_attempt

pytestmark = pytest.mark.django_db


def french_course(tree):
    translate_page(tree.index, "fr", title="Cours", slug="cours")
    return translate_page(tree.course, "fr", title="Cours d'intégrité", slug="cours-integrite")


def french_lessons(tree):
    return [
        translate_page(lesson, "fr", title=f"Leçon {number}", slug=f"lecon-{number}")
        for number, lesson in enumerate(tree.lessons, start=1)
    ]


def french_assessment_in_state(tree, state):
    """The French assessment left as an editor might leave it halfway through translating."""
    if state == "never created":
        return
    french = translate_page(tree.assessment, "fr", title="Évaluation finale", slug="evaluation")
    if state == "draft":
        # A translation saved but never published, as wagtail-localize leaves it.
        AssessmentPage.objects.filter(pk=french.pk).update(live=False, has_unpublished_changes=True)
    elif state == "unpublished":
        french.unpublish()
    elif state == "deleted":
        french.delete()


def pass_attempt(client, assessment, language="en"):
    """Start (under the language's URLs, as a learner reading that language would) and pass an attempt."""
    with translation.override(language):
        _response, attempt = start_attempt(client, assessment)
        client.post(reverse("elearning:attempt", args=[attempt.pk]), answer_form_data(attempt.snapshot))
    attempt.refresh_from_db()
    assert attempt.passed is True
    return attempt


@pytest.mark.parametrize("state", ["draft", "unpublished", "deleted", "never created"])
def test_lessons_completed_in_a_translation_without_a_live_assessment_yield_no_certificate(
    learner_client, enrolled_learner, course_tree, state
):
    french_course(course_tree)
    lessons = french_lessons(course_tree)
    french_assessment_in_state(course_tree, state)

    complete_lessons(learner_client, lessons)

    assert not Certificate.objects.filter(user=enrolled_learner).exists()
    assert Enrolment.objects.get(user=enrolled_learner).completed_at is None


def test_a_translation_missing_a_required_lesson_does_not_drop_it(learner_client, enrolled_learner, course_tree):
    french_course(course_tree)
    first_lesson = translate_page(course_tree.lessons[0], "fr", title="Leçon 1", slug="lecon-1")
    french_assessment = translate_page(course_tree.assessment, "fr", title="Évaluation", slug="evaluation")

    complete_lessons(learner_client, [first_lesson])
    pass_attempt(learner_client, french_assessment, "fr")

    assert not Certificate.objects.filter(user=enrolled_learner).exists()
    complete_lessons(learner_client, course_tree.lessons[1:])
    assert Certificate.objects.filter(user=enrolled_learner).count() == 1


def test_a_translation_with_a_lower_pass_mark_keeps_the_courses(learner_client, course_tree):
    translate_page(course_tree.index, "fr", title="Cours", slug="cours")
    translate_page(course_tree.course, "fr", title="Cours d'intégrité", slug="cours-integrite", pass_mark=10)
    french_assessment = translate_page(course_tree.assessment, "fr", title="Évaluation", slug="evaluation")

    with translation.override("fr"):
        _response, attempt = start_attempt(learner_client, french_assessment)

    assert attempt.language == "fr"
    assert attempt.snapshot["settings"]["pass_mark"] == 70


def test_mixed_translation_states_issue_exactly_one_certificate_after_a_real_pass(
    learner_client, enrolled_learner, course_tree
):
    french_course(course_tree)
    first_french_lesson = translate_page(course_tree.lessons[0], "fr", title="Leçon 1", slug="lecon-1")
    french_assessment_in_state(course_tree, "unpublished")

    complete_lessons(learner_client, [first_french_lesson, course_tree.lessons[1]])
    assert not Certificate.objects.filter(user=enrolled_learner).exists()

    attempt = pass_attempt(learner_client, course_tree.assessment)
    complete_lessons(learner_client, [first_french_lesson, course_tree.lessons[0]])

    certificates = Certificate.objects.filter(user=enrolled_learner)
    assert certificates.count() == 1
    assert certificates.get().attempt_id == attempt.pk
    assert Enrolment.objects.get(user=enrolled_learner).completed_at is not None

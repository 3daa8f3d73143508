"""Enrolment, lesson completion, progress across languages, sequential mode, completion and certificates."""

import re

import pytest
from django.urls import reverse

from elearning.factories import answer_form_data, build_course
from elearning.learner_progress import enrol
from elearning.models import Certificate, Enrolment, LessonProgress
from home.factories import translate_page

from .conftest import complete_lessons, start_attempt

pytestmark = pytest.mark.django_db


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def translate_course(tree):
    """French versions of the catalogue, course, lessons and assessment."""
    translate_page(tree.index, "fr", title="Cours", slug="cours")
    course = translate_page(tree.course, "fr", title="Cours d'intégrité", slug="cours-integrite")
    lessons = [
        translate_page(lesson, "fr", title=f"Leçon {number}", slug=f"lecon-{number}")
        for number, lesson in enumerate(tree.lessons, start=1)
    ]
    assessment = translate_page(tree.assessment, "fr", title="Évaluation finale", slug="evaluation")
    return course, lessons, assessment


def test_self_enrolment_then_resume_on_the_first_lesson(client, learner, course_tree):
    client.force_login(learner)
    assert "Enrol in this course" in page_html(client, course_tree.course)

    response = client.post(reverse("elearning:enrol", args=[course_tree.course.translation_key]))

    assert response.url == course_tree.lessons[0].url
    assert Enrolment.objects.filter(user=learner, course_key=course_tree.course.translation_key).count() == 1
    client.post(reverse("elearning:enrol", args=[course_tree.course.translation_key]))
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_visitors_are_sent_to_log_in_and_outsiders_to_the_course(client, learner, course_tree):
    lesson_url = course_tree.lessons[0].url
    response = client.get(lesson_url)
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))

    client.force_login(learner)
    response = client.get(lesson_url)
    assert response.url == course_tree.course.url


def test_completing_lessons_moves_the_progress_bar_and_resume_link(learner_client, enrolled_learner, course_tree):
    first, second = course_tree.lessons
    assert "0% complete" in page_html(learner_client, course_tree.course)

    page_html(learner_client, second)  # visited, not completed: resume here
    course_page = page_html(learner_client, course_tree.course)
    assert f'href="{second.url}">Resume where you left off' in course_page

    complete_lessons(learner_client, [first])
    assert "33% complete" in page_html(learner_client, course_tree.course)  # 1 of 2 lessons + assessment
    response = learner_client.post(reverse("elearning:complete_lesson", args=[second.pk]))
    assert response.url == course_tree.assessment.url
    assert "66% complete" in page_html(learner_client, course_tree.course)
    assert LessonProgress.objects.filter(user=enrolled_learner).count() == 2


def test_switching_language_keeps_progress(learner_client, enrolled_learner, course_tree):
    french_course, french_lessons, french_assessment = translate_course(course_tree)
    complete_lessons(learner_client, [course_tree.lessons[0]])

    french_page = page_html(learner_client, french_course)
    assert '<progress max="100" value="33"' in french_page
    assert "Enrol in this course" not in french_page
    assert french_page.count("✓") == 1

    # Completing the other lesson in French counts for the English course too.
    complete_lessons(learner_client, [french_lessons[1]])
    english_page = page_html(learner_client, course_tree.course)
    assert '<progress max="100" value="66"' in english_page

    # Passing the French assessment completes the one enrolment.
    _response, attempt = start_attempt(learner_client, french_assessment)
    learner_client.post(reverse("elearning:attempt", args=[attempt.pk]), answer_form_data(attempt.snapshot))
    enrolment = Enrolment.objects.get(user=enrolled_learner)
    assert enrolment.completed_at is not None
    assert Certificate.objects.get(user=enrolled_learner).course_key == course_tree.course.translation_key
    assert "100% complete" in page_html(learner_client, course_tree.course)


def test_sequential_mode_opens_lessons_one_after_the_other(client, learner):
    tree = build_course(lesson_count=3, sequential=True)
    enrol(learner, tree.course)
    client.force_login(learner)
    first, second, third = tree.lessons

    assert client.get(second.url).url == tree.course.url
    assert client.post(reverse("elearning:complete_lesson", args=[third.pk])).url == tree.course.url
    assert not LessonProgress.objects.exists()
    course_page = page_html(client, tree.course)
    assert course_page.count("Locked") == 3  # two lessons and the assessment
    _response, attempt = start_attempt(client, tree.assessment)
    assert attempt is None

    complete_lessons(client, [first])
    assert client.get(second.url).status_code == 200
    assert client.get(third.url).url == tree.course.url


def test_free_mode_lets_learners_open_any_lesson(learner_client, course_tree):
    assert learner_client.get(course_tree.lessons[1].url).status_code == 200


def test_optional_lessons_do_not_block_completion(client, learner):
    tree = build_course(lesson_count=2, with_assessment=False)
    optional = tree.lessons[1]
    optional.required = False
    optional.save_revision().publish()
    enrol(learner, tree.course)
    client.force_login(learner)

    complete_lessons(client, [tree.lessons[0]])

    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner).count() == 1


def test_failing_then_passing_completes_the_course_and_issues_one_certificate(
    learner_client, enrolled_learner, course_tree
):
    complete_lessons(learner_client, course_tree.lessons)
    _response, failed = start_attempt(learner_client, course_tree.assessment)
    learner_client.post(
        reverse("elearning:attempt", args=[failed.pk]), answer_form_data(failed.snapshot, correct=False)
    )
    assert Enrolment.objects.get(user=enrolled_learner).completed_at is None
    assert not Certificate.objects.exists()

    _response, passed = start_attempt(learner_client, course_tree.assessment)
    response = learner_client.post(reverse("elearning:attempt", args=[passed.pk]), answer_form_data(passed.snapshot))

    assert Enrolment.objects.get(user=enrolled_learner).completed_at is not None
    certificate = Certificate.objects.get(user=enrolled_learner)
    assert certificate.attempt_id == passed.pk
    assert certificate.holder_name == "Jonas Berg"
    assert certificate.administration_name == "Norvania Customs"
    assert "your certificate is ready" in learner_client.get(response.url).content.decode()


def test_no_certificate_when_the_course_awards_none(client, learner):
    tree = build_course(lesson_count=1, certificate_enabled=False)
    enrol(learner, tree.course)
    client.force_login(learner)
    complete_lessons(client, tree.lessons)
    _response, attempt = start_attempt(client, tree.assessment)
    client.post(reverse("elearning:attempt", args=[attempt.pk]), answer_form_data(attempt.snapshot))

    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert not Certificate.objects.exists()


def test_prerequisites_must_be_completed_before_enrolling(client, learner, course_tree):
    advanced = build_course(lesson_count=1, home=course_tree.home, title="Advanced integrity")
    advanced.course.prerequisites.add(course_tree.course)
    advanced.course.save_revision().publish()
    client.force_login(learner)

    assert "Complete these courses before enrolling" in page_html(client, advanced.course)
    client.post(reverse("elearning:enrol", args=[advanced.course.translation_key]))
    assert not Enrolment.objects.filter(user=learner).exists()

    Enrolment.objects.create(
        user=learner, course_key=course_tree.course.translation_key, completed_at="2026-01-01T00:00Z"
    )
    client.post(reverse("elearning:enrol", args=[advanced.course.translation_key]))
    assert Enrolment.objects.filter(user=learner, course_key=advanced.course.translation_key).exists()


def test_a_lesson_reads_without_javascript_and_offers_completion(learner_client, course_tree):
    html = page_html(learner_client, course_tree.lessons[0])

    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # no inline script; the site menu's own file is fine
    assert "Integrity is a daily choice." in html
    assert "Mark as complete and continue" in html
    assert html.count("<h1") == 1
    assert "Lesson 1 of 2" in html


def test_dashboard_shows_courses_certificates_and_suggestions(client, learner, course_tree):
    other = build_course(lesson_count=1, home=course_tree.home, title="Integrity for managers")
    enrol(learner, course_tree.course)
    client.force_login(learner)
    complete_lessons(client, course_tree.lessons[:1])

    html = client.get(reverse("elearning:dashboard")).content.decode()

    assert course_tree.course.title in html and "33% complete" in html
    assert f'href="{course_tree.lessons[1].url}"' in html  # resume on the next lesson
    assert other.course.title in html  # suggested
    assert "Complete a course to earn a certificate." in html

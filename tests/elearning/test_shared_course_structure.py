"""Course structure is shared between readers across requests, yet a publish shows on the very next request."""

import pytest
from django.urls import reverse

from accounts.factories import UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.factories import LessonPageFactory, build_course
from elearning.learner_progress import enrol
from knowledgebase.models import KeyFactor

from .conftest import complete_lessons

pytestmark = pytest.mark.django_db


def dashboard_html(client):
    response = client.get(reverse("elearning:dashboard"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_lesson_published_counts_on_the_dashboard_at_once_and_a_draft_never(learner_client, course_tree):
    complete_lessons(learner_client, course_tree.lessons[:1])
    assert "33% complete" in dashboard_html(learner_client)  # 1 of 2 lessons and the assessment

    draft = LessonPageFactory(parent=course_tree.course, live=False, title="Customs and gifts")
    assert "33% complete" in dashboard_html(learner_client)

    draft.save_revision().publish()
    assert "25% complete" in dashboard_html(learner_client)  # 1 of 3 lessons and the assessment


def test_the_resume_link_follows_a_lesson_published_since_the_last_visit(learner_client, course_tree):
    complete_lessons(learner_client, course_tree.lessons)
    assert f'href="{course_tree.assessment.url}"' in dashboard_html(learner_client)

    added = LessonPageFactory(parent=course_tree.course, live=False)
    added.save_revision().publish()

    assert f'href="{added.url}"' in dashboard_html(learner_client)


def test_a_course_published_or_unpublished_is_suggested_or_dropped_at_once(learner_client, course_tree):
    other = build_course(lesson_count=1, home=course_tree.home, title="Integrity for managers")
    assert "Integrity for managers" in dashboard_html(learner_client)

    other.course.unpublish()
    assert "Integrity for managers" not in dashboard_html(learner_client)

    other.course.save_revision().publish()
    assert "Integrity for managers" in dashboard_html(learner_client)


def test_the_course_page_lists_a_lesson_published_since_the_last_visit(learner_client, course_tree):
    assert "Customs and gifts" not in learner_client.get(course_tree.course.url).content.decode()

    LessonPageFactory(parent=course_tree.course, live=False, title="Customs and gifts").save_revision().publish()

    assert "Customs and gifts" in learner_client.get(course_tree.course.url).content.decode()


def test_learners_with_the_same_groups_share_the_structure_never_the_progress(client, learner, course_tree):
    colleague = add_to_role(UserFactory(administration=learner.administration), LEARNERS)
    enrol(learner, course_tree.course)
    enrol(colleague, course_tree.course)
    client.force_login(learner)
    complete_lessons(client, course_tree.lessons[:1])
    assert "33% complete" in dashboard_html(client)

    client.force_login(colleague)
    assert "0% complete" in dashboard_html(client)


def test_the_catalogue_lists_a_course_published_since_the_last_visit_and_drops_an_unpublished_one(client, course_tree):
    assert course_tree.course.title in client.get(course_tree.index.url).content.decode()

    other = build_course(lesson_count=1, home=course_tree.home, title="Integrity for managers")
    assert "Integrity for managers" in client.get(course_tree.index.url).content.decode()

    course_tree.course.unpublish()
    assert course_tree.course.title not in client.get(course_tree.index.url).content.decode()
    assert other.course.title in client.get(course_tree.index.url).content.decode()


def test_a_lesson_body_and_course_overview_republished_show_their_new_text_at_once(learner_client, course_tree):
    lesson, course = course_tree.lessons[0], course_tree.course
    assert "Integrity is a daily choice." in learner_client.get(lesson.url).content.decode()

    lesson.body = [{"type": "rich_text", "value": "<p>Declare every gift.</p>"}]
    lesson.save_revision()
    assert "Integrity is a daily choice." in learner_client.get(lesson.url).content.decode()  # a draft is not shown
    lesson.get_latest_revision().publish()
    html = learner_client.get(lesson.url).content.decode()
    assert "Declare every gift." in html and "Integrity is a daily choice." not in html

    course.overview = [{"type": "rich_text", "value": "<p>Seven modules on integrity.</p>"}]
    course.save_revision().publish()
    assert "Seven modules on integrity." in learner_client.get(course.url).content.decode()


def test_a_courses_facts_and_key_factors_republished_show_at_once_on_the_course_and_its_lessons(
    learner_client, course_tree
):
    course, lesson = course_tree.course, course_tree.lessons[0]
    transparency = KeyFactor.objects.get(number=3, locale__language_code="en")
    course_html = learner_client.get(course.url).content.decode()
    assert transparency.name not in course_html and "Yes, valid for 24 months" not in course_html
    assert transparency.name not in learner_client.get(lesson.url).content.decode()

    course.key_factors.set([transparency])
    course.certificate_validity_months = 24
    course.save_revision()
    assert transparency.name not in learner_client.get(course.url).content.decode()  # a draft is not shown
    course.get_latest_revision().publish()

    course_html = learner_client.get(course.url).content.decode()
    assert transparency.name in course_html and "Yes, valid for 24 months" in course_html
    assert transparency.name in learner_client.get(lesson.url).content.decode()

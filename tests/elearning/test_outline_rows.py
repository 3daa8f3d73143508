"""Outlines read as rows are the outlines the page objects give, and each reader's standing stays their own."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from accounts.factories import UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.course_cards import plain_outline
from elearning.factories import CoursePageFactory, LessonPageFactory, build_course
from elearning.learner_progress import enrol
from elearning.outline_rows import course_outline as row_outline
from elearning.outline_rows import live_courses, prerequisite_cards
from elearning.outlines import build_outlines, outline_for
from home.factories import translate_page

from .conftest import complete_lessons

pytestmark = pytest.mark.django_db


def site_request():
    return RequestFactory().get("/en/")


def by_path(outlines):
    return sorted(outlines, key=lambda outline: outline.course.path)


def assert_same_outline(from_rows, from_pages):
    assert from_rows.course == from_pages.course
    assert from_rows.lessons == from_pages.lessons
    assert from_rows.assessment == from_pages.assessment
    assert from_rows.requirements == from_pages.requirements


def course_with_out_of_step_french_and_a_draft():
    """An English course (one lesson optional, one a draft) and a French version lacking a lesson and the assessment."""
    tree = build_course(lesson_count=3)
    LessonPageFactory(parent=tree.course, live=False, title="Draft lesson")
    type(tree.lessons[1]).objects.filter(pk=tree.lessons[1].pk).update(required=False)
    translate_page(tree.index, "fr", title="Cours", slug="cours")
    translate_page(tree.course, "fr", title="Cours d'intégrité", slug="cours-integrite", pass_mark=60)
    translate_page(tree.lessons[0], "fr", title="Leçon 1", slug="lecon-1")
    return tree


def test_a_course_outline_from_rows_equals_the_one_from_its_pages_in_every_language_version():
    tree = course_with_out_of_step_french_and_a_draft()
    request = site_request()
    course = type(tree.course).objects.get(pk=tree.course.pk)

    with translation.override("en"):
        from_rows = row_outline(course, request)
        from_pages = plain_outline(outline_for(course), request, with_language_versions=True)

    assert_same_outline(from_rows, from_pages)
    assert len(from_rows.language_versions) == 2
    for row_version, page_version in zip(
        by_path(from_rows.language_versions), by_path(from_pages.language_versions), strict=True
    ):
        assert_same_outline(row_version, page_version)
    assert "Draft lesson" not in [lesson.title for lesson in from_rows.lessons]
    assert from_rows.requirements.pass_mark == 70  # the higher of the two versions' pass marks


def test_a_lesson_url_with_letters_beyond_ascii_is_the_one_wagtail_gives():
    tree = build_course(lesson_count=1)
    lesson = LessonPageFactory(parent=tree.course, title="Éthique", slug="éthique-au-quotidien")
    request = site_request()

    with translation.override("en"):
        outline = row_outline(type(tree.course).objects.get(pk=tree.course.pk), request)

    assert outline.lessons[-1].url == lesson.get_url(request)
    assert "%C3%A9thique" in outline.lessons[-1].url


def test_every_live_course_for_the_dashboard_equals_its_outline_from_pages():
    tree = build_course(lesson_count=2)
    other = build_course(lesson_count=1, home=tree.home, title="Integrity for managers")
    request = site_request()

    with translation.override("en"):
        courses = live_courses(request)
        from_pages = build_outlines([tree.course, other.course])
        for key, outline in from_pages.items():
            assert_same_outline(courses.outlines[key], plain_outline(outline, request))
    assert courses.catalogue_url == tree.index.get_url(request)


def test_prerequisites_are_read_as_cards_with_their_urls():
    tree = build_course(lesson_count=1)
    basics = CoursePageFactory(parent=tree.index, title="Basics")
    tree.course.prerequisites.add(basics)
    tree.course.save_revision().publish()
    request = site_request()

    with translation.override("en"):
        cards = prerequisite_cards(tree.course.pk, request)

    assert [(card.title, card.url) for card in cards] == [("Basics", basics.get_url(request))]


def test_each_learner_sees_their_own_lesson_states_though_the_list_is_shared(client, course_tree):
    ahead, behind = (add_to_role(UserFactory(), LEARNERS) for _ in range(2))
    for learner in (ahead, behind):
        enrol(learner, course_tree.course)
    client.force_login(ahead)
    complete_lessons(client, course_tree.lessons[:1])
    assert "✓ Completed" in client.get(course_tree.course.url).content.decode()

    client.force_login(behind)
    page = client.get(course_tree.course.url).content.decode()

    assert "✓ Completed" not in page
    assert page.count("Not completed") == 2

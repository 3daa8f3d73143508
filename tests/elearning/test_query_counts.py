"""The dashboard and every report cost the same number of queries for 10 learners as for 200."""

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.factories import UserFactory, add_to_role
from accounts.roles import COORDINATORS, EDITORS
from elearning.factories import LessonPageFactory, build_course
from elearning.learner_progress import enrol
from elearning.models import Certificate, Enrolment, LessonProgress, QuizAttempt
from elearning.quiz import draw_snapshot
from tests.query_counts import assert_cold_counts_pinned, cold_queries_for, queries_for, session_read_queries

pytestmark = pytest.mark.django_db

# Generous ceilings; the real test is that the counts do not grow.
DASHBOARD_QUERY_BUDGET = 40
REPORT_QUERY_BUDGET = 40
# Pinned for an enrolled learner: a change here is a change in what the page costs.
# The lesson cost 32 when every GET of it wrote the enrolment; the pages cost one more before the shared locale.
# The course structure (lessons, assessment, what completing it takes over every live language version,
# key factors, prerequisites), the catalogue's entries and the dashboard's courses are shared between readers
# (docs/caching.md, "E-learning pages"); pages are routed from their home in two queries (home.routing); the
# learner's standing in a course (enrolment, latest pass, latest certificate id, completed lessons) is one query
# (elearning.progress_row).
# What is left is Wagtail's (site, locale, view restrictions), routing, the reader's groups and, on the
# catalogue, the enrolments of the courses listed.
# Each count is without the session read, which tests.query_counts.session_read_queries adds.
PAGE_QUERIES = {"catalogue": 11, "catalogue filtered": 10, "course": 11, "lesson": 11, "dashboard": 7}
# The same pages when every cache is empty (tests.query_counts.cold_queries_for), pinned on the embedded
# default. A course's outline over every language version is one fixed statement, its key factors and
# prerequisites one each (elearning.outline_rows); the catalogue's courses, their key factors and the
# names one each; the dashboard's live courses one, their key factors one. The rest is the shell's and
# Wagtail's (site, locales, site root paths, view restrictions), routing and the reader's own records.
# Each learner count is without the session read, which tests.query_counts.session_read_queries adds.
COLD_PAGE_QUERIES = {
    "visitor": {"catalogue": 18, "course": 19},
    "learner": {"catalogue": 23, "catalogue filtered": 24, "course": 24, "lesson": 25, "dashboard": 15},
}


def add_learners(tree, administration, count, first_number=0):
    """`count` officers in varied states: a third not started, a third in progress, a third completed."""
    course_key = tree.course.translation_key
    snapshot = draw_snapshot(tree.assessment, tree.course)
    now = timezone.now()
    for number in range(first_number, first_number + count):
        user = UserFactory(email=f"officer{number}@load.example", administration=administration, verified_email=None)
        state = number % 3
        Enrolment.objects.create(
            user=user,
            course_key=course_key,
            last_activity_at=now if state else None,
            completed_at=now - timedelta(days=number % 300) if state == 2 else None,
        )
        if not state:
            continue
        LessonProgress.objects.bulk_create(
            LessonProgress(user=user, course_key=course_key, lesson_key=lesson.translation_key)
            for lesson in tree.lessons
        )
        attempt = QuizAttempt.objects.create(
            user=user,
            course_key=course_key,
            assessment=tree.assessment,
            number=1,
            idempotency_key=uuid.uuid4(),
            language="en",
            status=QuizAttempt.Status.SUBMITTED,
            started_at=now,
            submitted_at=now,
            snapshot=snapshot,
            score=Decimal(40 + number % 60),
            passed=state == 2,
        )
        if state == 2:
            Certificate.objects.create(
                user=user,
                course_key=course_key,
                course_title=tree.course.title,
                holder_name="X",
                language="en",
                attempt=attempt,
            )


@pytest.fixture
def tree(administration):
    return build_course(lesson_count=3)


def test_dashboard_queries_do_not_grow_with_other_learners(client, tree, learner, administration):
    second = build_course(lesson_count=2, home=tree.home, title="Second course")
    enrol(learner, tree.course)
    enrol(learner, second.course)
    client.force_login(learner)
    client.post(reverse("elearning:complete_lesson", args=[tree.lessons[0].pk]))

    add_learners(tree, administration, 10)
    few = queries_for(client, reverse("elearning:dashboard"))
    add_learners(tree, administration, 190, first_number=10)
    many = queries_for(client, reverse("elearning:dashboard"))

    print(f"\ndashboard: {few} queries with 10 other learners, {many} with 200")
    assert few == many
    assert many <= DASHBOARD_QUERY_BUDGET


def test_dashboard_queries_do_not_grow_with_the_learners_own_courses(client, tree, learner):
    client.force_login(learner)
    enrol(learner, tree.course)
    one = queries_for(client, reverse("elearning:dashboard"))
    for number in range(4):
        enrol(learner, build_course(lesson_count=2, home=tree.home, title=f"Course {number}").course)
    five = queries_for(client, reverse("elearning:dashboard"))

    assert one == five


@pytest.mark.parametrize("role", [COORDINATORS, EDITORS])
def test_report_queries_do_not_grow_with_learners(client, tree, administration, role):
    reader = add_to_role(UserFactory(administration=administration, staff=role == EDITORS), role)
    client.force_login(reader)
    add_learners(tree, administration, 10)
    some_learner = Enrolment.objects.filter(completed_at__isnull=False).first().user
    key = tree.course.translation_key
    urls = {
        "overview": reverse("elearning:reports"),
        "course report": reverse("elearning:course_report", args=[key]),
        "course report, completed only": reverse("elearning:course_report", args=[key]) + "?status=completed",
        "learner report": reverse("elearning:learner_report", args=[some_learner.pk]),
        "export": reverse("elearning:reports_export"),
        "course export": reverse("elearning:course_report_export", args=[key]),
    }

    few = {name: queries_for(client, url) for name, url in urls.items()}
    add_learners(tree, administration, 190, first_number=10)
    many = {name: queries_for(client, url) for name, url in urls.items()}

    print(
        f"\n{role} reports, queries for 10 → 200 learners: "
        + ", ".join(f"{name}: {few[name]} → {many[name]}" for name in urls)
    )
    assert few == many
    assert max(many.values()) <= REPORT_QUERY_BUDGET


def add_courses(tree, count, lesson_count=3):
    return [
        build_course(lesson_count=lesson_count, home=tree.home, title=f"More course {number}")
        for number in range(count)
    ]


def test_catalogue_course_and_lesson_cost_the_same_with_ten_more_courses_and_lessons(client, tree, learner):
    enrol(learner, tree.course)
    client.force_login(learner)
    lesson = tree.lessons[1]
    urls = {
        "catalogue": tree.index.url,
        "catalogue filtered": tree.index.url + "?key_factor=1&language=en",
        "course": tree.course.url,
        "lesson": lesson.url,
        "dashboard": reverse("elearning:dashboard"),
    }
    few = {name: queries_for(client, url) for name, url in urls.items()}

    for more in add_courses(tree, 10):
        enrol(learner, more.course)
    for _number in range(10):
        LessonPageFactory(parent=tree.course)
    many = {name: queries_for(client, url) for name, url in urls.items()}

    print(
        "\nSQL queries (1 course / 11 courses, 3 lessons / 13 lessons): "
        + ", ".join(f"{name}: {few[name]} → {many[name]}" for name in urls)
    )
    assert few == many
    assert few == {name: count + session_read_queries() for name, count in PAGE_QUERIES.items()}


def test_catalogue_course_lesson_and_dashboard_cost_pinned_queries_cold_with_ten_more_courses_and_lessons(
    client, tree, learner
):
    enrol(learner, tree.course)
    urls = {
        "catalogue": tree.index.url,
        "catalogue filtered": tree.index.url + "?key_factor=1&language=en",
        "course": tree.course.url,
        "lesson": tree.lessons[1].url,
        "dashboard": reverse("elearning:dashboard"),
    }

    def cold_counts():
        counts = {"visitor": {name: cold_queries_for(client, urls[name]) for name in COLD_PAGE_QUERIES["visitor"]}}
        client.force_login(learner)
        counts["learner"] = {name: cold_queries_for(client, url) for name, url in urls.items()}
        client.logout()
        return counts

    few = cold_counts()
    for more in add_courses(tree, 10):
        enrol(learner, more.course)
    for _number in range(10):
        LessonPageFactory(parent=tree.course)
    many = cold_counts()

    print(f"\nSQL queries cold (1 course / 11 courses, 3 lessons / 13 lessons): {few} / {many}")
    assert few == many
    session = session_read_queries()
    assert_cold_counts_pinned(many["visitor"], COLD_PAGE_QUERIES["visitor"])
    assert_cold_counts_pinned(
        many["learner"], {name: count + session for name, count in COLD_PAGE_QUERIES["learner"].items()}
    )

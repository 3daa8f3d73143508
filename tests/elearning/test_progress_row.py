"""A learner's standing in one course, read in one query, says what the ORM's reads say."""

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.factories import UserFactory
from elearning.factories import build_course
from elearning.learner_progress import enrol, progress_for, progress_for_enrolments, with_progress_summary
from elearning.models import Certificate, Enrolment, LessonProgress, QuizAttempt
from elearning.outlines import outline_for
from elearning.progress_row import read_course_standing
from elearning.quiz import draw_snapshot

pytestmark = pytest.mark.django_db


def attempt(user, tree, number, passed, started_at):
    return QuizAttempt.objects.create(
        user=user,
        course_key=tree.course.translation_key,
        assessment=tree.assessment,
        number=number,
        idempotency_key=uuid.uuid4(),
        language="en",
        status=QuizAttempt.Status.SUBMITTED,
        started_at=started_at,
        submitted_at=started_at,
        snapshot=draw_snapshot(tree.assessment, tree.course),
        score=Decimal(90 if passed else 20),
        passed=passed,
    )


def certificate(user, tree, issued_at, expires_at=None):
    return Certificate.objects.create(
        user=user,
        course_key=tree.course.translation_key,
        course_title=tree.course.title,
        holder_name="Jonas Berg",
        language="en",
        issued_at=issued_at,
        expires_at=expires_at,
    )


def standing(progress):
    enrolment = progress.enrolment
    return (
        enrolment and (enrolment.pk, enrolment.user_id, enrolment.course_key, enrolment.last_lesson_key),
        enrolment and (enrolment.enrolled_at, enrolment.last_activity_at, enrolment.completed_at),
        progress.completed_lesson_keys,
        progress.passed,
        progress.certificate and progress.certificate.pk,
        progress.percent,
    )


def through_the_orm(user, outline):
    """The reports' reads of the same progress: the enrolment with its summary, then lessons and certificates."""
    enrolment = with_progress_summary(Enrolment.objects.filter(user=user, course_key=outline.key)).first()
    return progress_for_enrolments([enrolment], {outline.key: outline})[enrolment.pk]


def test_one_query_reads_what_the_orm_reads_at_every_stage(learner, course_tree, django_assert_num_queries):
    outline = outline_for(course_tree.course)
    first, second = course_tree.lessons
    now = timezone.now()

    assert read_course_standing(learner.pk, outline.key) == (None, set())
    enrolment, _created = enrol(learner, course_tree.course)
    stages = [
        lambda: None,
        lambda: LessonProgress.objects.create(user=learner, course_key=outline.key, lesson_key=first.translation_key),
        lambda: attempt(learner, course_tree, 1, passed=False, started_at=now - timedelta(days=400)),
        lambda: attempt(learner, course_tree, 2, passed=True, started_at=now - timedelta(days=399)),
        lambda: LessonProgress.objects.create(user=learner, course_key=outline.key, lesson_key=second.translation_key),
        # The certificate expired: the pass before it belongs to the old cycle and no longer counts.
        lambda: certificate(learner, course_tree, now - timedelta(days=398), expires_at=now - timedelta(days=33)),
        lambda: attempt(learner, course_tree, 3, passed=True, started_at=now - timedelta(days=2)),
        lambda: certificate(learner, course_tree, now - timedelta(days=1)),
    ]
    seen = []
    for stage in stages:
        stage()
        with django_assert_num_queries(2 if Certificate.objects.filter(user=learner).exists() else 1):
            progress = progress_for(learner, outline)
        assert standing(progress) == standing(through_the_orm(learner, outline))
        assert all(isinstance(key, uuid.UUID) for key in progress.completed_lesson_keys)
        seen.append((len(progress.completed_lesson_keys), progress.passed, progress.certificate is not None))

    assert seen == [
        (0, False, False),
        (1, False, False),
        (1, False, False),
        (1, True, False),
        (2, True, False),
        (2, False, True),
        (2, True, True),
        (2, True, True),
    ]
    assert progress.certificate.expires_at is None  # the latest certificate, not the expired one


def test_another_learners_rows_and_other_courses_are_not_read(learner, course_tree, administration):
    other_learner = UserFactory(administration=administration)
    other_course = build_course(lesson_count=1, home=course_tree.home, title="Other course")
    enrol(learner, course_tree.course)
    enrol(other_learner, course_tree.course)
    key = course_tree.course.translation_key
    for lesson in course_tree.lessons:
        LessonProgress.objects.create(user=other_learner, course_key=key, lesson_key=lesson.translation_key)
    attempt(other_learner, course_tree, 1, passed=True, started_at=timezone.now())
    certificate(other_learner, course_tree, timezone.now())
    enrol(learner, other_course.course)
    LessonProgress.objects.create(
        user=learner, course_key=other_course.course.translation_key, lesson_key=other_course.lessons[0].translation_key
    )

    enrolment, completed = read_course_standing(learner.pk, key)

    assert (enrolment.user_id, enrolment.course_key, completed) == (learner.pk, key, set())
    assert (enrolment.last_pass_started_at, enrolment.latest_certificate_id) == (None, None)
    assert progress_for(learner, outline_for(course_tree.course)).percent == 0


def test_the_statement_names_the_models_tables():
    tables = {model._meta.db_table for model in (Enrolment, QuizAttempt, Certificate, LessonProgress)}
    assert tables == {
        "elearning_enrolment",
        "elearning_quizattempt",
        "elearning_certificate",
        "elearning_lessonprogress",
    }

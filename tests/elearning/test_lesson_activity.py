"""Opening a lesson records the learner's activity without writing on every read of it."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from elearning.learner_progress import ACTIVITY_RESOLUTION
from elearning.models import Enrolment

pytestmark = pytest.mark.django_db


def open_lesson(client, lesson):
    """Open `lesson`; returns the SQL statements that wrote to the database."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(lesson.url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries if query["sql"].lstrip().upper().startswith("UPDATE")]


def enrolment_of(learner):
    return Enrolment.objects.get(user=learner)


def test_first_visit_records_activity_and_rereading_does_not_write(learner_client, enrolled_learner, course_tree):
    first = course_tree.lessons[0]
    assert len(open_lesson(learner_client, first)) == 1
    recorded = enrolment_of(enrolled_learner)
    assert recorded.last_activity_at is not None
    assert recorded.last_lesson_key == first.translation_key
    assert recorded.status == "in_progress"

    assert open_lesson(learner_client, first) == []
    assert enrolment_of(enrolled_learner).last_activity_at == recorded.last_activity_at


def test_opening_another_lesson_is_recorded_at_once_so_resume_follows(learner_client, enrolled_learner, course_tree):
    first, second = course_tree.lessons
    open_lesson(learner_client, first)
    assert len(open_lesson(learner_client, second)) == 1
    assert enrolment_of(enrolled_learner).last_lesson_key == second.translation_key
    assert f'href="{second.url}"' in learner_client.get(course_tree.course.url).content.decode()


def test_rereading_after_the_resolution_records_activity_again(learner_client, enrolled_learner, course_tree):
    first = course_tree.lessons[0]
    open_lesson(learner_client, first)
    earlier = enrolment_of(enrolled_learner).last_activity_at - ACTIVITY_RESOLUTION - timedelta(seconds=1)
    Enrolment.objects.filter(user=enrolled_learner).update(last_activity_at=earlier)

    assert len(open_lesson(learner_client, first)) == 1
    assert enrolment_of(enrolled_learner).last_activity_at > earlier

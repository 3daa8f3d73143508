"""Shared fixtures: a course on a working site, and learners in and out of it."""

import uuid

import pytest
from django.core.cache import cache
from django.urls import reverse

from accounts.factories import PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.factories import build_course
from elearning.learner_progress import enrol
from elearning.models import QuizAttempt


@pytest.fixture(autouse=True)
def _fresh_site_cache():
    """Wagtail caches site root paths; a previous test's site must not leak in."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def administration(db):
    return PartnerAdministrationFactory(name="Norvania Customs")


@pytest.fixture
def course_tree(db):
    return build_course(lesson_count=2)


@pytest.fixture
def learner(administration):
    return add_to_role(UserFactory(first_name="Jonas", last_name="Berg", administration=administration), LEARNERS)


@pytest.fixture
def enrolled_learner(learner, course_tree):
    enrol(learner, course_tree.course)
    return learner


@pytest.fixture
def learner_client(client, enrolled_learner):
    client.force_login(enrolled_learner)
    return client


def start_attempt(client, assessment, idempotency_key=None):
    """POST the start form; returns the response and the attempt it led to."""
    key = idempotency_key or uuid.uuid4()
    response = client.post(reverse("elearning:start_attempt", args=[assessment.pk]), {"idempotency_key": str(key)})
    return response, QuizAttempt.objects.filter(idempotency_key=key).first()


def complete_lessons(client, lessons):
    for lesson in lessons:
        response = client.post(reverse("elearning:complete_lesson", args=[lesson.pk]))
        assert response.status_code == 302

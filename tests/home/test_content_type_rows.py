"""Content types read into Django's memo at once are the manager's own, and spare each lookup its query."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from elearning.models import CoursePage, LessonPage
from home.content_type_rows import read_content_types_of_models
from knowledgebase.models import GuidePage, PracticePage
from tests.query_counts import refill_content_type_memo

pytestmark = pytest.mark.django_db

MODELS = [Page, CoursePage, LessonPage, GuidePage, PracticePage]


@pytest.fixture
def empty_memo():
    ContentType.objects.clear_cache()
    yield
    refill_content_type_memo()


def test_models_read_at_once_are_looked_up_without_a_query(empty_memo):
    with CaptureQueriesContext(connection) as reading:
        read_content_types_of_models(MODELS)
    with CaptureQueriesContext(connection) as looking_up:
        found = ContentType.objects.get_for_models(*MODELS)
    assert len(reading.captured_queries) == 1
    assert len(looking_up.captured_queries) == 0
    stored = {row.model_class(): row.pk for row in ContentType.objects.filter(pk__in=[ct.pk for ct in found.values()])}
    assert {model: content_type.pk for model, content_type in found.items()} == stored


def test_nothing_is_read_when_the_memo_has_them_all(empty_memo):
    ContentType.objects.get_for_models(*MODELS)
    with CaptureQueriesContext(connection) as captured:
        read_content_types_of_models(MODELS)
    assert len(captured.captured_queries) == 0

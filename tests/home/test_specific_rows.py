"""A page read in its specific class by one fixed statement is the page Wagtail's `.specific` reads."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from elearning.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from home.factories import StandardPageFactory
from home.specific_rows import specific_page
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)

pytestmark = pytest.mark.django_db


def stored_values(page):
    """Every column of `page`, as the ORM would write it back."""
    return {field.attname: field.get_prep_value(getattr(page, field.attname)) for field in page._meta.concrete_fields}


def test_every_page_type_reads_the_same_fields_as_wagtail(home):
    guide = GuidePageFactory(parent=home, slug="guide")
    chapter = GuideChapterPageFactory(parent=guide, slug="chapter")
    practices = PracticeIndexPageFactory(parent=home, slug="practices")
    courses = CourseIndexPageFactory(parent=home, slug="courses")
    course = CoursePageFactory(parent=courses, slug="course")
    pages = [
        home,
        StandardPageFactory(parent=home, slug="about"),
        guide,
        GuideSectionPageFactory(parent=chapter, slug="section", key_factors=[1, 4]),
        PracticePageFactory(parent=practices, key_factors=[2]),
        course,
        LessonPageFactory(parent=course, slug="lesson"),
    ]
    for page in pages:
        generic = Page.objects.get(pk=page.pk)
        generic._cached_parent_obj = home
        with CaptureQueriesContext(connection) as captured:
            specific = specific_page(generic)

        assert type(specific) is type(page)
        assert stored_values(specific) == stored_values(Page.objects.get(pk=page.pk).specific)
        assert specific._cached_parent_obj is home and generic.specific is specific
        assert len(captured.captured_queries) == 1


def test_a_plain_page_is_its_own_specific_page_without_a_query(home):
    page = home.add_child(instance=Page(title="Bare", slug="bare"))
    generic = Page.objects.get(pk=page.pk)
    with CaptureQueriesContext(connection) as captured:
        assert specific_page(generic) is generic
    assert captured.captured_queries == []

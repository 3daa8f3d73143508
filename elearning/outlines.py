"""A course's structure, read from the page tree in a fixed number of queries.

Progress, dashboards and reports all need "which lessons does this course
have, which are required, is there an assessment". An outline answers that
for one course page, or for many courses at once in the learner's language,
without a query per course or per lesson.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.models import Locale

from .models import AssessmentPage, CoursePage, LessonPage


@dataclass
class CourseOutline:
    course: CoursePage
    lessons: list = field(default_factory=list)
    assessment: AssessmentPage | None = None

    @property
    def key(self):
        return self.course.translation_key

    @property
    def required_lesson_keys(self):
        return {lesson.translation_key for lesson in self.lessons if lesson.required}

    @property
    def step_count(self):
        """What counts towards progress: required lessons plus the assessment."""
        return len(self.required_lesson_keys) + (1 if self.assessment else 0)


def children_of(page_model, courses):
    """Live pages of `page_model` directly under any of `courses`, in tree order."""
    if not courses:
        return page_model.objects.none()
    under_a_course = reduce(or_, (Q(path__startswith=course.path, depth=course.depth + 1) for course in courses))
    return page_model.objects.live().filter(under_a_course).order_by("path")


def build_outlines(courses):
    """Outlines for these course pages: two queries, however many courses and lessons."""
    outlines = {course.path: CourseOutline(course=course) for course in courses}
    for lesson in children_of(LessonPage, courses).defer_streamfields():
        outlines[lesson.path[: -LessonPage.steplen]].lessons.append(lesson)
    for assessment in children_of(AssessmentPage, courses).defer_streamfields():
        outlines[assessment.path[: -AssessmentPage.steplen]].assessment = assessment
    return {outline.key: outline for outline in outlines.values()}


def outline_for(course):
    return build_outlines([course])[course.translation_key]


def preferred_translations(pages, language_code):
    """One page per translation key: the one in `language_code`, else the default language's, else any."""
    locale_ids = dict(Locale.objects.values_list("language_code", "pk"))
    rank = {locale_ids.get(language_code): 0, locale_ids.get(settings.LANGUAGE_CODE): 1}
    chosen = {}
    for page in sorted(pages, key=lambda page: rank.get(page.locale_id, 2)):
        chosen.setdefault(page.translation_key, page)
    return chosen


def outlines_for_keys(course_keys, language_code):
    """Outlines of the live courses with these translation keys, each in the best language available."""
    courses = CoursePage.objects.live().filter(translation_key__in=set(course_keys)).defer_streamfields()
    return build_outlines(list(preferred_translations(courses, language_code).values()))

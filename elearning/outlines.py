"""A course's structure, read from the page tree in a fixed number of queries.

Progress, dashboards and reports all need "which lessons does this course
have, which are required, is there an assessment". An outline answers that
for one course page, or for many courses at once in the learner's language,
without a query per course or per lesson.

An outline has two sides. What a learner *sees* (`lessons`, `assessment`)
is the structure of the one language version shown. What completing the
course *takes* (`requirements`) belongs to the course as one thing, its
translation key: the union of every live language version's structure. A
translation whose assessment is a draft, unpublished, deleted or never
created, or which lacks a lesson, therefore never lowers the bar: the source
language's live assessment and lessons still count.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.models import Locale

from home.request_memo import remember_shared
from home.shell import EVERY_AUDIENCE

from .models import AssessmentPage, CoursePage, LessonPage


@dataclass
class CourseRequirements:
    """What completing a course takes, whatever language it is taken in."""

    required_lesson_keys: set = field(default_factory=set)
    assessment_required: bool = False
    pass_mark: int = 0

    def add_version(self, course, lessons, assessment):
        """Raise the bar to include one language version's live structure."""
        self.required_lesson_keys |= {lesson.translation_key for lesson in lessons if lesson.required}
        self.assessment_required = self.assessment_required or assessment is not None
        self.pass_mark = max(self.pass_mark, course.pass_mark)


@dataclass
class CourseOutline:
    # Pages, or their plain copies (elearning.course_cards) where the outline is kept across requests.
    course: CoursePage
    lessons: list = field(default_factory=list)
    assessment: AssessmentPage | None = None
    requirements: CourseRequirements = field(default_factory=CourseRequirements)
    # Every live language version's own outline, this one included (see `course_translations`).
    language_versions: list = field(default_factory=list)

    @property
    def key(self):
        return self.course.translation_key

    @property
    def required_lesson_keys(self):
        return self.requirements.required_lesson_keys

    @property
    def assessment_required(self):
        return self.requirements.assessment_required

    @property
    def pass_mark(self):
        return self.requirements.pass_mark

    @property
    def step_count(self):
        """What counts towards progress: required lessons plus the assessment."""
        return len(self.required_lesson_keys) + (1 if self.assessment_required else 0)


def children_of(page_model, courses):
    """Live pages of `page_model` directly under any of `courses`, in tree order."""
    if not courses:
        return page_model.objects.none()
    under_a_course = reduce(or_, (Q(path__startswith=course.path, depth=course.depth + 1) for course in courses))
    return page_model.objects.live().filter(under_a_course).order_by("path")


def language_versions(courses):
    """The live language versions of these courses, plus the pages themselves (an editor may preview a draft)."""
    versions = {
        course.path: course
        for course in CoursePage.objects.live()
        .filter(translation_key__in={course.translation_key for course in courses})
        .select_related("locale")
        .defer_streamfields()
    }
    versions.update({course.path: course for course in courses})
    return versions


def version_structures(courses):
    """{path: outline of that version alone} for these courses and all their live language versions."""
    versions = language_versions(courses)
    structures = {path: CourseOutline(course=course) for path, course in versions.items()}
    for lesson in children_of(LessonPage, versions.values()).defer_streamfields():
        structures[lesson.path[: -LessonPage.steplen]].lessons.append(lesson)
    for assessment in children_of(AssessmentPage, versions.values()).defer_streamfields():
        structures[assessment.path[: -AssessmentPage.steplen]].assessment = assessment
    return structures


def build_outlines(courses):
    """Outlines for these course pages: three queries, however many courses, languages and lessons."""
    structures = version_structures(courses)
    requirements, versions = {}, {}
    for structure in structures.values():
        if not structure.course.live:
            continue  # a draft an editor previews is shown, but sets no requirement
        requirements.setdefault(structure.key, CourseRequirements()).add_version(
            structure.course, structure.lessons, structure.assessment
        )
        versions.setdefault(structure.key, []).append(structure)
    outlines = {}
    for course in courses:
        outline = structures[course.path]
        outline.requirements = requirements.get(course.translation_key) or CourseRequirements()
        if not outline.course.live:
            outline.requirements.add_version(outline.course, outline.lessons, outline.assessment)
        outline.language_versions = versions.get(course.translation_key, [])
        outlines[outline.key] = outline
    return outlines


def outline_for(course, request=None):
    """The outline of one course page; computed once per request when a request is given."""
    if request is None:
        return build_outlines([course])[course.translation_key]
    computed = request.__dict__.setdefault("_course_outlines", {})
    if course.pk not in computed:
        computed[course.pk] = build_outlines([course])[course.translation_key]
    return computed[course.pk]


def locale_ids():
    """{language code: locale id}: read once per request, kept across requests (a locale change retires it)."""
    return remember_shared(
        "locale-ids",
        lambda: dict(Locale.objects.values_list("language_code", "pk")),
        language="any",
        audience=EVERY_AUDIENCE,
    )


def preferred_translations(pages, language_code):
    """One page per translation key: the one in `language_code`, else the default language's, else any."""
    ids = locale_ids()
    rank = {ids.get(language_code): 0, ids.get(settings.LANGUAGE_CODE): 1}
    chosen = {}
    for page in sorted(pages, key=lambda page: rank.get(page.locale_id, 2)):
        chosen.setdefault(page.translation_key, page)
    return chosen


def outlines_for_keys(course_keys, language_code):
    """Outlines of the live courses with these translation keys, each in the best language available."""
    courses = CoursePage.objects.live().filter(translation_key__in=set(course_keys)).defer_streamfields()
    return build_outlines(list(preferred_translations(courses, language_code).values()))

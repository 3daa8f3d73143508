"""Every live course as plain data, the same for every reader of a language: kept across requests.

The dashboard shows, for each course a learner is enrolled in, its title,
where to resume (a lesson, the assessment) and what completing it takes,
and suggests other courses. Built from the page tree, that is four page
queries and a hundred Page objects per request; yet none of it is
personal. So the whole catalogue of live courses (each in the reader's
language when it has one, else the default language's, else any) is
computed once per language and site and kept in the shared cache under
the content generation (home.request_memo.remember_shared), which any
publish, unpublish, move or key factor change retires at once.

Kept as plain data (keys, titles, URLs, flags), never as pages: what a
learner's progress needs (`CourseOutline` with `CourseCard` and
`StepLink` for its course, lessons and assessment) works on these alike,
and reading them back costs a fraction of unpickling pages. The course,
lesson and assessment pages keep their course's structure the same way
(`plain_outline`, elearning.views.pages.course_structure). Progress,
enrolments and certificates are personal and read per request
(elearning.learner_progress).
"""

from dataclasses import dataclass

from django.utils import translation

from home.request_memo import remember_shared
from home.shell import EVERY_AUDIENCE, active_locale

from .models import CourseIndexPage, CoursePage
from .outlines import CourseOutline, build_outlines, preferred_translations


@dataclass(frozen=True)
class StepLink:
    """A lesson or an assessment, as progress and links need it."""

    pk: int
    translation_key: object
    title: str
    url: str
    required: bool = True
    estimated_minutes: int | None = None


@dataclass(frozen=True)
class CourseCard:
    """A course as outlines, the dashboard and the translation check need it."""

    pk: int
    translation_key: object
    locale_id: int
    title: str
    url: str
    introduction: str
    path: str
    sequential: bool
    pass_mark: int
    key_factor_numbers: frozenset = frozenset()


@dataclass(frozen=True)
class LiveCourses:
    """{translation key: CourseOutline of plain parts} for every live course, and the catalogue's URL."""

    outlines: dict
    catalogue_url: str | None


def step_link(page, request):
    return StepLink(
        pk=page.pk,
        translation_key=page.translation_key,
        title=page.title,
        url=page.get_url(request),
        required=getattr(page, "required", True),
        estimated_minutes=getattr(page, "estimated_minutes", None),
    )


def course_card(course, request, key_factor_numbers=frozenset()):
    return CourseCard(
        pk=course.pk,
        translation_key=course.translation_key,
        locale_id=course.locale_id,
        title=course.title,
        url=course.get_url(request),
        introduction=course.introduction,
        path=course.path,
        sequential=course.sequential,
        pass_mark=course.pass_mark,
        key_factor_numbers=key_factor_numbers,
    )


def plain_outline(outline, request, key_factor_numbers=frozenset(), with_language_versions=False):
    """`outline` (of pages) as plain data; its language versions too when asked (the translation check's)."""
    return CourseOutline(
        course=course_card(outline.course, request, key_factor_numbers),
        lessons=[step_link(lesson, request) for lesson in outline.lessons],
        assessment=step_link(outline.assessment, request) if outline.assessment else None,
        requirements=outline.requirements,
        language_versions=[plain_outline(version, request) for version in outline.language_versions]
        if with_language_versions
        else [],
    )


def key_factor_numbers_of(course):
    return frozenset(key_factor.number for key_factor in course.key_factors.all())


def read_live_courses(request, language):
    courses = CoursePage.objects.live().defer_streamfields().prefetch_related("key_factors")
    outlines = build_outlines(list(preferred_translations(courses, language).values()))
    catalogue = CourseIndexPage.objects.live().filter(locale=active_locale()).first()
    return LiveCourses(
        outlines={
            key: plain_outline(outline, request, key_factor_numbers_of(outline.course))
            for key, outline in outlines.items()
        },
        catalogue_url=catalogue.get_url(request) if catalogue else None,
    )


def live_courses(request):
    """`LiveCourses` in the active language, for the request's site (URLs are relative to it)."""
    language = translation.get_language()
    return remember_shared(
        "live-courses",
        lambda: read_live_courses(request, language),
        language=language,
        audience=EVERY_AUDIENCE,
        extra=(request.get_host(),),
    )

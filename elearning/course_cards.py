"""Courses, lessons and assessments as plain data: what an outline kept across requests is made of.

The dashboard shows, for each course a learner is enrolled in, its title,
where to resume (a lesson, the assessment) and what completing it takes,
and suggests other courses; the course, lesson and assessment pages show
their course's outline. None of it is personal, so it is kept in the
shared cache under the content generation, as plain data (keys, titles,
URLs, flags), never as pages: what a learner's progress needs
(`CourseOutline` with `CourseCard` and `StepLink` for its course, lessons
and assessment) works on these alike, and reading them back costs a
fraction of unpickling pages. Live courses are read as rows
(elearning.outline_rows); an editor's preview is made from its pages here
(`plain_outline`). Progress, enrolments and certificates are personal and
read per request (elearning.learner_progress).
"""

from dataclasses import dataclass

from .outlines import CourseOutline


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

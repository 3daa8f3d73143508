"""Which language versions of a course are out of step with its source, and where learners go instead.

The source is the live version in the site's default language. A
translation is out of step when its live structure differs from the
source's in a way that matters for completion: a lesson missing, the
assessment missing, a lesson required in one and optional in the other, or
another pass mark. Completion never depends on this (it takes the union of
all versions, see `outlines`); this is for editors, who see every such course
in the admin, and for learners, who are shown the source language with a
notice until the translation is in step.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from .models import CoursePage
from .outlines import build_outlines, locale_ids


@dataclass
class OutOfStep:
    source: CoursePage
    translation: CoursePage
    reasons: list


def source_of(outline):
    """The outline of the live version in the default language, or None when there is none."""
    default_locale_id = locale_ids().get(settings.LANGUAGE_CODE)
    versions = outline.language_versions
    return next((version for version in versions if version.course.locale_id == default_locale_id), None)


def differences(source, translation):
    """What makes `translation` (an outline) differ from `source` for completion, in words for editors."""
    reasons = []
    translated = {lesson.translation_key: lesson for lesson in translation.lessons}
    for lesson in source.lessons:
        counterpart = translated.get(lesson.translation_key)
        if counterpart is None:
            reasons.append(_("Lesson “%(title)s” is missing or not published.") % {"title": lesson.title})
        elif counterpart.required != lesson.required:
            reasons.append(
                _("Lesson “%(title)s” is required in one language and optional in the other.") % {"title": lesson.title}
            )
    if source.assessment is not None and translation.assessment is None:
        reasons.append(_("The assessment is missing or not published."))
    if source.course.pass_mark != translation.course.pass_mark:
        reasons.append(
            _("The pass mark is %(translation)s%% instead of %(source)s%%.")
            % {"translation": translation.course.pass_mark, "source": source.course.pass_mark}
        )
    return reasons


def out_of_step(outline):
    """OutOfStep for this outline's course page, or None when it is the source or in step with it."""
    source = source_of(outline)
    if source is None or source.course.pk == outline.course.pk:
        return None
    version = next((version for version in outline.language_versions if version.course.pk == outline.course.pk), None)
    reasons = differences(source, version or outline)
    return OutOfStep(source.course, outline.course, reasons) if reasons else None


def every_course_out_of_step():
    """Every live translation out of step with its source, in a fixed number of queries."""
    courses = list(CoursePage.objects.live().defer_streamfields().select_related("locale").order_by("title"))
    outlines = build_outlines(courses)
    found = []
    for key in dict.fromkeys(course.translation_key for course in courses):
        for version in outlines[key].language_versions:
            version.language_versions = outlines[key].language_versions
            if gap := out_of_step(version):
                found.append(gap)
    return found


def source_counterpart(page, outline):
    """Where a learner asking for `page` (the course, a lesson or the assessment) goes in the source language."""
    source = source_of(outline)
    if page.translation_key == outline.key:
        return source.course
    for candidate in [*source.lessons, source.assessment]:
        if candidate is not None and candidate.translation_key == page.translation_key:
            return candidate
    return source.course


def source_language_redirect(page, outline, request):
    """The source-language page to show a learner instead of an out-of-step translation, or None.

    Editors previewing a translation see it as it is.
    """
    if getattr(request, "is_preview", False) or out_of_step(outline) is None:
        return None
    return source_counterpart(page, outline)

"""What the course, lesson and assessment pages show a learner, and who may open a lesson.

The page models call these helpers from `get_context`/`serve`, which keeps the
models about content and puts learner state in one place. Editors previewing
a page get the same templates with no learner state.
"""

import uuid
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import connection
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from home.page_values import shared_page_value
from home.query_values import whole_number
from home.shell import active_locale

from ..allowances import learner_allowance
from ..catalogue import key_factor_names
from ..course_cards import course_card, plain_outline
from ..course_translations import source_language_redirect
from ..learner_progress import missing_prerequisites, note_lesson_visit, progress_for
from ..models import QuizAttempt
from ..outline_rows import course_outline, prerequisite_cards
from ..outlines import CourseOutline, outline_for
from ..quiz_attempts import attempts_in_cycle, refusal_reason


def course_key_factors(course):
    """(number, name) of each of the course's key factors, in the reader's language, by number."""
    numbers = [key_factor.number for key_factor in course.key_factors.all()]
    return sorted(key_factor_names(numbers).items())


# The course's key factors (by number, the same in every language) named in the reader's language.
COURSE_KEY_FACTORS_STATEMENT = """
SELECT k.number, k.name FROM knowledgebase_keyfactor k
WHERE k.locale_id = %s AND k.number IN (
    SELECT chosen.number FROM elearning_coursepage_key_factors ck
    JOIN knowledgebase_keyfactor chosen ON chosen.id = ck.keyfactor_id
    WHERE ck.coursepage_id = %s)
ORDER BY k.number
"""


def published_course_key_factors(course_id):
    """`course_key_factors` of a course as published: one fixed statement."""
    with connection.cursor() as cursor:
        cursor.execute(COURSE_KEY_FACTORS_STATEMENT, [active_locale().pk, course_id])
        return [tuple(row) for row in cursor.fetchall()]


def shown_as_published(page, request):
    """Whether `page` is shown as published (what `home.page_values` shares), not a preview or a draft."""
    return not getattr(request, "is_preview", False) and page.live and not page.has_unpublished_changes


def translation_gate(page, course, request):
    """A redirect to the source language when `course`'s translation is out of step, with a notice; else None."""
    target = source_language_redirect(page, shared_outline(course, request), request)
    if target is None:
        return None
    messages.info(
        request,
        _(
            "This course is not yet complete in your language, so it is shown in its original language. "
            "Your progress counts in every language."
        ),
    )
    return redirect(target.url)


@dataclass(frozen=True)
class CourseStructure:
    """What a course page shows every reader alike: its outline (lessons, assessment, what completing
    it takes over every language version), key factors and prerequisites."""

    outline: CourseOutline
    key_factors: list  # (number, name) pairs
    prerequisites: list


def course_structure(course, request):
    """The course's `CourseStructure`, read once and shared between readers while the course is live.

    The same for everyone on every course, lesson and assessment view:
    kept under the content generation (home.page_values), which publishing
    a lesson, the course, any of its translations or a key factor retires.
    Kept as plain data (elearning.course_cards: keys, titles, URLs, flags),
    which a request reads back far faster than pages. A course as published
    is read as rows in three queries (outline, key factors, prerequisites:
    elearning.outline_rows); a preview or a draft from its pages.
    """

    def compute():
        if shown_as_published(course, request):
            return CourseStructure(
                outline=course_outline(course, request),
                key_factors=published_course_key_factors(course.pk),
                prerequisites=prerequisite_cards(course.pk, request),
            )
        # `course` may be its page row alone (a lesson's parent): its own fields are read only on a miss.
        specific = course.specific
        return CourseStructure(
            outline=plain_outline(outline_for(specific), request, with_language_versions=True),
            key_factors=course_key_factors(specific),
            prerequisites=[course_card(prerequisite, request) for prerequisite in specific.prerequisites.all()],
        )

    # Read from the shared cache (and unpickled) once per request, however many parts of the page ask.
    read = request.__dict__.setdefault("_course_structures", {})
    if course.pk not in read:
        read[course.pk] = shared_page_value("course-structure-3", request, course, compute)
    return read[course.pk]


def shared_outline(course, request):
    """`outline_for(course, request)`, from the shared `course_structure`."""
    return course_structure(course, request).outline


COURSE_BODY_TEMPLATE = "elearning/includes/course_body.html"
COURSE_FACTS_TEMPLATE = "elearning/includes/course_facts.html"
KEY_FACTORS_TEMPLATE = "elearning/includes/key_factors.html"
LESSON_BODY_TEMPLATE = "elearning/includes/lesson_body.html"
COURSE_LESSONS_TEMPLATE = "elearning/includes/course_lessons.html"
LESSON_ARTICLE_TEMPLATE = "elearning/includes/lesson_article.html"
LESSON_PAGER_TEMPLATE = "elearning/includes/lesson_pager.html"


def shared_html(name, request, page, template, **extra):
    """`template` rendered for the live `page` (and `extra`, shared too), kept across requests (home.page_values).

    Rendering a StreamField costs more than the rest of the page, and the
    course's facts and key factors (a translated phrase, a formatted number
    and an icon each) about as much as the rest of the course page's own
    template; what these templates show is published content, the same for
    every reader of a language: no form with a CSRF token, nothing personal.
    """
    return shared_page_value(
        name, request, page, lambda: render_to_string(template, body_context(page, request, **extra))
    )


def body_context(page, request, **extra):
    return {"page": page, "request": request, **extra}


def lesson_body(lesson, request, answer):
    """The lesson's body; with a scenario answered (from the query string) rendered afresh, never stored."""
    if answer is not None:
        return render_to_string(LESSON_BODY_TEMPLATE, body_context(lesson, request, scenario_answer=answer))
    return shared_html("lesson-body", request, lesson, LESSON_BODY_TEMPLATE)


def course_page_context(course, request):
    structure = course_structure(course, request)
    outline = shared_outline(course, request)
    progress = progress_for(request.user, outline)
    context = {
        "outline": outline,
        "progress": progress,
        "course_lessons": course_lessons(course, request, outline, progress),
        "prerequisites": structure.prerequisites,
        "missing_prerequisites": [],
        "course_body": shared_html("course-body", request, course, COURSE_BODY_TEMPLATE),
        "course_facts": shared_html(
            "course-facts", request, course, COURSE_FACTS_TEMPLATE, outline=outline, key_factors=structure.key_factors
        ),
    }
    if request.user.is_authenticated and progress.enrolment is None:
        context["missing_prerequisites"] = missing_prerequisites(request.user, course, structure.prerequisites)
    return context


def course_lessons(course, request, outline, progress):
    """The course's lessons and assessment with the reader's standing in each, rendered once per standing.

    The list is the shared outline plus, per lesson, whether it is complete
    and whether it is locked, and whether the reader is enrolled, passed,
    or has the assessment locked. Those flags, never who the reader is, are
    part of the key (home.page_values): every reader in the same standing
    sees the same list, and a visitor's is everyone's who is not enrolled.
    """
    states = progress.lesson_states
    context = {
        "sequential": outline.course.sequential,
        "lesson_states": states,
        "assessment": outline.assessment,
        "enrolled": progress.enrolment is not None,
        "passed": progress.passed,
        "assessment_locked": progress.assessment_locked,
    }
    lessons = "".join(str(2 * state["completed"] + state["locked"]) for state in states)
    standing = (context["enrolled"], context["passed"], context["assessment_locked"], lessons)
    return shared_page_value(
        "course-lessons", request, course, lambda: render_to_string(COURSE_LESSONS_TEMPLATE, context), extra=standing
    )


def scenario_answer(request):
    """The scenario choice the learner just checked, from the query string (nothing is stored)."""
    choice = whole_number(request.GET.get("choice"))
    if not request.GET.get("scenario") or choice is None:
        return None
    return {"block_id": request.GET["scenario"], "choice": choice}


def lesson_gate(lesson, request):
    """(response, progress): a redirect for someone who may not open the lesson yet, else their progress."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path()), None
    course = lesson.get_parent()  # its page row is enough: what the lesson needs of it is in the shared structure
    if refusal := translation_gate(lesson, course, request):
        return refusal, None
    progress = progress_for(request.user, shared_outline(course, request))
    if progress.enrolment is None:
        messages.info(request, _("Enrol in the course to open its lessons."))
        return redirect(course.get_url(request)), None
    if progress.is_lesson_locked(lesson):
        messages.info(request, _("This lesson opens once you complete the lessons before it."))
        return redirect(course.get_url(request)), None
    note_lesson_visit(progress.enrolment, lesson)
    return None, progress


def lesson_page_context(lesson, request, progress=None):
    course = lesson.get_parent()  # the page row lesson_gate read already (cached on the lesson): no query
    # An editor's preview has no progress: the outline of pages, as the course is now.
    outline = progress.outline if progress else outline_for(course.specific)
    keys = [page.translation_key for page in outline.lessons]
    position = keys.index(lesson.translation_key) if lesson.translation_key in keys else None
    previous_lesson = outline.lessons[position - 1] if position else None
    next_lesson = outline.lessons[position + 1] if position is not None and position + 1 < len(keys) else None
    next_page = next_lesson or outline.assessment
    answer = scenario_answer(request)

    def article():
        key_factors = course_structure(course, request).key_factors
        context = {
            "page": lesson,
            "course": course,
            # The course's address as the shared outline has it (the same as {% pageurl course %}, without the work).
            "course_url": outline.course.url,
            "lesson_number": (position or 0) + 1,
            "lesson_count": len(keys),
            "course_key_factors": shared_html(
                "course-key-factors", request, course, KEY_FACTORS_TEMPLATE, key_factors=key_factors
            ),
            "lesson_body": lesson_body(lesson, request, answer),
        }
        return render_to_string(LESSON_ARTICLE_TEMPLATE, context)

    pager = {
        "previous_lesson": previous_lesson,
        "next_page": next_page,
        # A link to a page the learner cannot open yet only bounced them back to the course.
        "next_locked": next_page_locked(progress, next_lesson, next_page),
    }
    return {
        "course": course,
        "progress": progress,
        "is_complete": bool(progress and progress.is_lesson_complete(lesson)),
        # Breadcrumb, title, key factors and body: the same for every reader, unless a scenario answer is shown.
        "lesson_article": article()
        if answer is not None
        else shared_page_value("lesson-article", request, lesson, article),
        # Whether the next page is open is the reader's, so it is part of the key (never who they are).
        "lesson_pager": shared_page_value(
            "lesson-pager",
            request,
            lesson,
            lambda: render_to_string(LESSON_PAGER_TEMPLATE, pager),
            extra=(pager["next_locked"],),
        ),
    }


def next_page_locked(progress, next_lesson, next_page):
    """Whether the learner may not open `next_page` yet (sequential course, earlier lessons not done)."""
    if progress is None or next_page is None:
        return False
    return progress.is_lesson_locked(next_lesson) if next_lesson else progress.assessment_locked


def assessment_page_context(assessment, request):
    course = getattr(assessment, "_course", None) or assessment.get_parent().specific  # serve() read it
    progress = progress_for(request.user, shared_outline(course, request))
    allowance = learner_allowance(request.user, course.translation_key)
    context = {
        "course": course,
        "progress": progress,
        "pool_size": len(assessment.questions),
        "allowance": allowance,
        "time_limit_minutes": allowance.time_limit_minutes(assessment.time_limit_minutes),
        "attempt_limit": allowance.attempt_limit(assessment.attempt_limit),
    }
    if progress.enrolment is None:
        return context
    attempt_limit = context["attempt_limit"]
    now = timezone.now()
    attempts = list(QuizAttempt.objects.filter(user=request.user, course_key=course.translation_key).order_by("number"))
    counted = attempts_in_cycle(attempts, progress.certificate, now)
    open_attempt = next((attempt for attempt in attempts if attempt.is_open), None)
    context.update(
        {
            "attempts": attempts,
            "open_attempt": open_attempt,
            "attempts_left": max(attempt_limit - len(counted), 0) if attempt_limit else None,
            "refusal": None if open_attempt else refusal_reason(progress, attempts, attempt_limit, now),
            "idempotency_key": uuid.uuid4(),
        }
    )
    return context

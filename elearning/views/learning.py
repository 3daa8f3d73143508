"""The learner's own actions: enrol, complete a lesson, and the dashboard."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.roles import is_coordinator, is_moderator

from ..learner_progress import (
    complete_lesson,
    enrol,
    missing_prerequisites,
    progress_for,
    progress_for_enrolments,
    with_progress_summary,
)
from ..models import Certificate, CoursePage, Enrolment, LessonPage
from ..outline_rows import live_courses
from ..outlines import outline_for, preferred_translations

SUGGESTION_COUNT = 3


def live_course(course_key):
    """The live course with this translation key, in the active language when it has one."""
    courses = CoursePage.objects.live().filter(translation_key=course_key)
    course = preferred_translations(courses, translation.get_language()).get(course_key)
    if course is None:
        raise Http404
    return course


def announce_certificate(request, certificate):
    """Say the certificate is ready, with a link to it and to where the dashboard keeps it.

    The message is safe HTML (Django's message storage keeps it so), built with
    format_html, so the addresses are escaped.
    """
    if certificate is not None:
        messages.success(
            request,
            format_html(
                _(
                    "Congratulations: your certificate is ready. "
                    '<a href="{certificate}">Download your certificate (PDF)</a> '
                    'or find it with the others in <a href="{dashboard}">My learning</a>.'
                ),
                certificate=reverse("elearning:certificate_pdf", args=[certificate.code]),
                dashboard=reverse("elearning:dashboard") + "#certificates",
            ),
        )


@login_required
@require_POST
def enrol_in_course(request, course_key):
    course = live_course(course_key)
    missing = missing_prerequisites(request.user, course)
    if missing:
        messages.error(
            request,
            _("Complete these courses first: %(courses)s.") % {"courses": ", ".join(page.title for page in missing)},
        )
        return redirect(course.get_url(request))
    _enrolment, created = enrol(request.user, course)
    if created:
        messages.success(request, _("You are enrolled. Start with the first lesson when you are ready."))
    return redirect(progress_for(request.user, outline_for(course)).resume_page.get_url(request))


@login_required
@require_POST
def mark_lesson_complete(request, lesson_id):
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        raise Http404
    course = lesson.get_parent().specific
    progress = progress_for(request.user, outline_for(course))
    if progress.enrolment is None or progress.is_lesson_locked(lesson):
        messages.error(request, _("You cannot complete this lesson yet."))
        return redirect(course.get_url(request))
    certificate = complete_lesson(request.user, progress.enrolment, lesson)
    messages.success(request, _("Lesson complete: %(title)s.") % {"title": lesson.title})
    announce_certificate(request, certificate)
    progress = progress_for(request.user, outline_for(course))
    return redirect(progress.resume_page.get_url(request))


def suggested_courses(live_outlines, enrolled_keys):
    """Courses (`CourseCard`s) the learner has not taken, those sharing a key factor with theirs first."""
    interests = set().union(*(live_outlines[key].course.key_factor_numbers for key in enrolled_keys))
    candidates = [outline.course for key, outline in live_outlines.items() if key not in enrolled_keys]
    shared = {card.translation_key: len(interests & card.key_factor_numbers) for card in candidates}
    return sorted(candidates, key=lambda card: (-shared[card.translation_key], card.path))[:SUGGESTION_COUNT]


@login_required
@require_GET
def dashboard(request):
    """The learner's courses, certificates and suggestions: course structure shared, progress read per request."""
    user = request.user
    courses = live_courses(request)
    enrolments = with_progress_summary(Enrolment.objects.filter(user=user))
    enrolments = list(enrolments.order_by("-last_activity_at", "-enrolled_at"))
    outlines = {
        enrolment.course_key: courses.outlines[enrolment.course_key]
        for enrolment in enrolments
        if enrolment.course_key in courses.outlines
    }
    certificates = list(Certificate.objects.filter(user=user))
    progress = progress_for_enrolments(enrolments, outlines, certificates=certificates)
    in_order = [progress[enrolment.pk] for enrolment in enrolments if enrolment.pk in progress]
    return render(
        request,
        "elearning/dashboard.html",
        {
            "in_progress": [course for course in in_order if not course.enrolment.completed_at],
            "completed": [course for course in in_order if course.enrolment.completed_at],
            "certificates": certificates,
            "suggestions": suggested_courses(courses.outlines, set(outlines)),
            "catalogue_url": courses.catalogue_url,
            "can_report": is_moderator(user) or (is_coordinator(user) and user.administration_id is not None),
        },
    )

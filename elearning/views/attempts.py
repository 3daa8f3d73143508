"""Taking the assessment: start an attempt, answer it, see the result.

Attempt pages are private and never cached: they are addressed by an
unguessable id, and another learner's id answers 404, like one that does not
exist. Answers are saved as the learner goes: by attempt-autosave.js in the
background (JSON), or by the "Save answers" button without JavaScript.
"""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..allowances import learner_allowance
from ..learner_progress import progress_for
from ..models import AssessmentPage, QuizAttempt, ReviewPolicy
from ..outlines import outline_for
from ..quiz import questions_for_display, review_questions
from ..quiz_attempts import (
    AnswersRefused,
    AttemptRefused,
    SaveOutcome,
    SubmissionOutcome,
    attempts_in_cycle,
    close_if_overdue,
    save_answers,
    start_attempt,
    submit_attempt,
)
from ..scoring import ORDERING
from .learning import announce_certificate
from .pages import translation_gate


def attempt_url(attempt):
    return reverse("elearning:attempt", args=[attempt.pk])


def result_url(attempt):
    return reverse("elearning:attempt_result", args=[attempt.pk])


@login_required
@require_POST
def start(request, assessment_id):
    assessment = AssessmentPage.objects.live().filter(pk=assessment_id).first()
    if assessment is None:
        raise Http404
    if source_language := translation_gate(assessment, assessment.get_parent().specific, request):
        return source_language
    try:
        idempotency_key = uuid.UUID(request.POST.get("idempotency_key", ""))
    except ValueError:
        messages.error(request, _("This form has expired. Please start again."))
        return redirect(assessment.get_url(request))
    try:
        attempt = start_attempt(request.user, assessment, idempotency_key)
    except AttemptRefused as refusal:
        messages.error(request, refusal.message)
        return redirect(assessment.get_url(request))
    return redirect(attempt_url(attempt) if attempt.is_open else result_url(attempt))


SUBMISSION_MESSAGES = {
    SubmissionOutcome.SCORED: (messages.SUCCESS, gettext_lazy("Your answers have been submitted.")),
    SubmissionOutcome.ALREADY_SUBMITTED: (
        messages.INFO,
        gettext_lazy("This attempt was already submitted; your result has not changed."),
    ),
    SubmissionOutcome.MARKED_AT_DEADLINE: (
        messages.WARNING,
        gettext_lazy(
            "Time ran out before your answers arrived. "
            "Your attempt was marked with the answers saved before the deadline."
        ),
    ),
    SubmissionOutcome.TOO_LATE: (
        messages.ERROR,
        gettext_lazy(
            "Time ran out before your answers arrived, so they could not be accepted. This attempt is closed."
        ),
    ),
}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def take(request, attempt_id):
    if request.method == "POST":
        try:
            submission = submit_attempt(request.user, attempt_id, request.POST)
        except QuizAttempt.DoesNotExist:
            raise Http404 from None
        level, text = SUBMISSION_MESSAGES[submission.outcome]
        messages.add_message(request, level, str(text))
        announce_certificate(request, submission.certificate)
        return redirect(result_url(submission.attempt))

    attempt = get_object_or_404(QuizAttempt, pk=attempt_id, user=request.user)
    now = timezone.now()
    if close_if_overdue(attempt, now):
        return redirect(result_url(attempt))
    questions = questions_for_display(attempt.snapshot, attempt.responses)
    return render(
        request,
        "elearning/attempt.html",
        {
            "attempt": attempt,
            "questions": questions,
            "has_ordering": any(question["type"] == ORDERING for question in questions),
            "seconds_left": max(int((attempt.deadline - now).total_seconds()), 0) if attempt.deadline else None,
        },
    )


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def saved_message(attempt):
    moment = formats.time_format(timezone.localtime(attempt.answers_saved_at), "TIME_FORMAT")
    return _("Your answers were saved at %(time)s (UTC).") % {"time": moment}


CLOSED_MESSAGE = gettext_lazy(
    "This attempt is closed: it was submitted, or time ran out and it was marked with the answers saved before. "
    "Your answers were not saved."
)


@never_cache
@login_required
@require_POST
def save(request, attempt_id):
    """Save the answers chosen so far; JSON for the background save, a redirect for the button."""
    try:
        outcome, attempt = save_answers(request.user, attempt_id, request.POST)
    except QuizAttempt.DoesNotExist:
        raise Http404 from None
    except AnswersRefused as refusal:
        if wants_json(request):
            return JsonResponse({"error": refusal.message}, status=400)
        return HttpResponseBadRequest(refusal.message, content_type="text/plain; charset=utf-8")
    if outcome == SaveOutcome.CLOSED:
        if wants_json(request):
            return JsonResponse({"error": str(CLOSED_MESSAGE), "result_url": result_url(attempt)}, status=409)
        messages.error(request, str(CLOSED_MESSAGE))
        return redirect(result_url(attempt))
    if wants_json(request):
        return JsonResponse({"message": saved_message(attempt), "saved_at": attempt.answers_saved_at.isoformat()})
    messages.success(request, saved_message(attempt))
    return redirect(attempt_url(attempt))


def effective_review_policy(attempt, user, now):
    """The attempt's review policy, held back to the score until the learner has passed or run out of attempts."""
    settings = attempt.settings
    policy = settings["review_policy"]
    if policy == ReviewPolicy.SCORE or not settings["hold_review_until_final"] or attempt.passed:
        return policy, False
    progress = progress_for(user, outline_for(attempt.assessment.get_parent().specific)) if attempt.assessment else None
    if progress is None or progress.passed:
        return policy, False
    attempts = list(QuizAttempt.objects.filter(user=user, course_key=attempt.course_key))
    limit = learner_allowance(user, attempt.course_key).attempt_limit(settings["attempt_limit"])
    if limit and len(attempts_in_cycle(attempts, progress.certificate, now)) >= limit:
        return policy, False
    return ReviewPolicy.SCORE, True


@never_cache
@login_required
@require_GET
def result(request, attempt_id):
    attempt = get_object_or_404(QuizAttempt.objects.select_related("assessment"), pk=attempt_id, user=request.user)
    now = timezone.now()
    if not close_if_overdue(attempt, now):
        return redirect(attempt_url(attempt))
    policy, held_back = effective_review_policy(attempt, request.user, now)
    return render(
        request,
        "elearning/attempt_result.html",
        {
            "attempt": attempt,
            "pass_mark": attempt.settings["pass_mark"],
            "review": review_questions(attempt, policy) if attempt.status == QuizAttempt.Status.SUBMITTED else [],
            "show_answers": policy != ReviewPolicy.SCORE,
            "review_held_back": held_back,
            "assessment": attempt.assessment,
        },
    )

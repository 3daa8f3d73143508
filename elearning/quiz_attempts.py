"""Starting and submitting assessment attempts, safely under replays, double clicks and races.

Starting: the start form carries an idempotency key. The same key always
yields the same attempt, and the database refuses a second attempt with the
key, a duplicate attempt number or a second open attempt, so two requests
racing each other still create one attempt.

Submitting: the attempt row is locked, and only an attempt still in
progress is marked. A replayed or doubled submission finds it already
submitted and changes nothing. The deadline is the server's start time plus
the time limit, lengthened by the learner's accommodation (`allowances`);
a submission after it (and a short grace for the network) is
refused and the attempt closes without a score.
"""

from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .allowances import learner_allowance
from .learner_progress import complete_course_if_done, cycle_start, progress_for, record_activity
from .models import CertificateStatus, CoursePage, QuizAttempt
from .outlines import outline_for
from .quiz import draw_snapshot, parse_responses
from .scoring import score_attempt

SUBMISSION_GRACE = timedelta(seconds=10)


class AttemptRefused(Exception):
    """The learner may not start an attempt now; `message` tells them why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class SubmissionOutcome(Enum):
    SCORED = "scored"
    ALREADY_SUBMITTED = "already_submitted"
    TOO_LATE = "too_late"


@dataclass
class Submission:
    attempt: QuizAttempt
    outcome: SubmissionOutcome
    certificate: object = None


def attempts_in_cycle(attempts, certificate, now):
    """The attempts that count against the limit: those since the last certificate expired."""
    started_cycle = cycle_start(certificate, now)
    return [attempt for attempt in attempts if started_cycle is None or attempt.started_at >= started_cycle]


def refusal_reason(progress, attempts, attempt_limit, now):
    """Why a new attempt cannot start, or None when it can."""
    if progress.enrolment is None:
        return _("Enrol in the course to take its assessment.")
    if progress.assessment_locked:
        return _("Complete every required lesson to open the assessment.")
    if progress.certificate_status == CertificateStatus.REVOKED:
        return _("Your certificate for this course was revoked. Please contact the secretariat.")
    if progress.passed:
        return _("You have passed this assessment.")
    used = len(attempts_in_cycle(attempts, progress.certificate, now))
    if attempt_limit and used >= attempt_limit:
        return ngettext("You have used your only attempt.", "You have used all %(limit)d attempts.", attempt_limit) % {
            "limit": attempt_limit
        }
    return None


def attempt_deadline(started_at, time_limit_minutes, allowance):
    """When an attempt started at `started_at` must be in: the time limit plus the learner's extra time."""
    seconds = allowance.time_limit_seconds(time_limit_minutes)
    return started_at + timedelta(seconds=seconds) if seconds else None


def is_overdue(attempt, now):
    return attempt.deadline is not None and now > attempt.deadline + SUBMISSION_GRACE


def close_if_overdue(attempt, now):
    """Close an open attempt whose time is up; True if it was (or already is) closed."""
    if attempt.is_open and is_overdue(attempt, now):
        QuizAttempt.objects.filter(pk=attempt.pk, status=QuizAttempt.Status.IN_PROGRESS).update(
            status=QuizAttempt.Status.EXPIRED
        )
        attempt.status = QuizAttempt.Status.EXPIRED
    return not attempt.is_open


def start_attempt(user, assessment, idempotency_key, now=None):
    """The attempt this start request stands for: an existing one, or a new one if allowed."""
    now = now or timezone.now()
    replayed = QuizAttempt.objects.filter(idempotency_key=idempotency_key).first()
    if replayed is not None:
        if replayed.user_id != user.pk:
            raise AttemptRefused(_("This form has expired. Please start again."))
        return replayed

    course = assessment.get_parent().specific
    progress = progress_for(user, outline_for(course))
    attempts = list(QuizAttempt.objects.filter(user=user, course_key=course.translation_key).order_by("number"))
    open_attempt = next((attempt for attempt in attempts if attempt.is_open), None)
    if open_attempt is not None and not close_if_overdue(open_attempt, now):
        return open_attempt
    allowance = learner_allowance(user, course.translation_key)
    reason = refusal_reason(progress, attempts, allowance.attempt_limit(assessment.attempt_limit), now)
    if reason:
        raise AttemptRefused(reason)

    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                user=user,
                course_key=course.translation_key,
                assessment=assessment,
                number=max((attempt.number for attempt in attempts), default=0) + 1,
                idempotency_key=idempotency_key,
                language=translation.get_language(),
                started_at=now,
                deadline=attempt_deadline(now, assessment.time_limit_minutes, allowance),
                snapshot=draw_snapshot(assessment, course),
            )
    except IntegrityError:
        # A concurrent request (the same form sent twice, or another tab) got there first.
        winner = QuizAttempt.objects.filter(
            Q(idempotency_key=idempotency_key) | Q(course_key=course.translation_key, status="in_progress"), user=user
        ).first()
        if winner is None:
            raise AttemptRefused(_("Another attempt was started at the same moment. Please try again.")) from None
        return winner
    record_activity(progress.enrolment, now=now)
    return attempt


def attempt_course(attempt):
    """The live course the attempt belongs to, in the attempt's language, in one query."""
    return (
        CoursePage.objects.live()
        .defer_streamfields()
        .filter(translation_key=attempt.course_key, locale__language_code=attempt.language)
        .first()
    )


def submit_attempt(user, attempt_id, data, now=None):
    """Mark an open attempt once; anything else leaves it exactly as it is.

    Raises QuizAttempt.DoesNotExist when the attempt is not this user's.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().get(pk=attempt_id, user=user)
        if attempt.status == QuizAttempt.Status.EXPIRED:
            return Submission(attempt, SubmissionOutcome.TOO_LATE)
        if not attempt.is_open:
            return Submission(attempt, SubmissionOutcome.ALREADY_SUBMITTED)
        if is_overdue(attempt, now):
            attempt.status = QuizAttempt.Status.EXPIRED
            attempt.save(update_fields=["status"])
            return Submission(attempt, SubmissionOutcome.TOO_LATE)

        snapshot = attempt.snapshot
        responses = parse_responses(snapshot, data)
        result = score_attempt(snapshot["questions"], responses, snapshot["settings"]["pass_mark"])
        attempt.status = QuizAttempt.Status.SUBMITTED
        attempt.submitted_at = now
        attempt.responses = responses
        attempt.question_scores = [
            {"id": question["id"], "credit": str(credit)}
            for question, credit in zip(snapshot["questions"], result.credits, strict=True)
        ]
        attempt.score = result.percentage
        attempt.passed = result.passed
        attempt.save(update_fields=["status", "submitted_at", "responses", "question_scores", "score", "passed"])

        certificate = None
        course = attempt_course(attempt) if result.passed else None
        if course is not None:
            certificate = complete_course_if_done(user, progress_for(user, outline_for(course)), attempt, now)
    return Submission(attempt, SubmissionOutcome.SCORED, certificate)

"""Starting and submitting assessment attempts, safely under replays, double clicks and races.

Starting: the start form carries an idempotency key. The same key always
yields the same attempt, and the database refuses a second attempt with the
key, a duplicate attempt number or a second open attempt, so two requests
racing each other still create one attempt.

Saving: while an attempt is open the learner's answers are saved on the
server as they go (`save_answers`), in the same shape submitting stores, so
a dropped connection or a closed tab loses nothing and a resumed attempt
shows them.

Submitting: the attempt row is locked, and only an attempt still in
progress is marked. A replayed or doubled submission finds it already
submitted and changes nothing. The deadline (`attempt_deadline`) is fixed
when the attempt starts: the time limit, lengthened by the learner's
accommodation (`allowances`). Once it and a short grace for the network have
passed, answers sent are refused and the attempt is marked with the answers
saved before then: on the next request that touches it, or by
`manage.py close_overdue_attempts`. A late attempt is scored, never closed
empty-handed.
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
from .quiz import draw_snapshot, parse_responses, unknown_answer_fields
from .scoring import score_attempt

SUBMISSION_GRACE = timedelta(seconds=10)


class AttemptRefused(Exception):
    """The learner may not start an attempt now; `message` tells them why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class AnswersRefused(Exception):
    """The posted answers do not fit this attempt's questions (a 400, not a server error)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class SubmissionOutcome(Enum):
    SCORED = "scored"
    ALREADY_SUBMITTED = "already_submitted"
    MARKED_AT_DEADLINE = "marked_at_deadline"
    TOO_LATE = "too_late"  # attempts closed unscored before answers were saved as the learner went


class SaveOutcome(Enum):
    SAVED = "saved"
    CLOSED = "closed"


@dataclass
class Submission:
    attempt: QuizAttempt
    outcome: SubmissionOutcome
    certificate: object = None


def attempts_in_cycle(attempts, certificate, now):
    """The attempts that count against the limit: those since the last certificate expired.

    An attempt that time closed without a score (before answers were saved as
    the learner went) does not count: it must not use up an attempt silently.
    """
    started_cycle = cycle_start(certificate, now)
    return [
        attempt
        for attempt in attempts
        if attempt.status != QuizAttempt.Status.EXPIRED
        and (started_cycle is None or attempt.started_at >= started_cycle)
    ]


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
    """When an attempt started at `started_at` must be submitted, or None without a time limit.

    The one place the time allowed is computed, the time limit plus the
    learner's extra time: the attempt stores the result when it starts, and
    everything else reads `attempt.deadline`.
    """
    seconds = allowance.time_limit_seconds(time_limit_minutes)
    return started_at + timedelta(seconds=seconds) if seconds else None


def is_overdue(attempt, now):
    return attempt.deadline is not None and now > attempt.deadline + SUBMISSION_GRACE


def mark(attempt, responses, submitted_at, at_deadline=False):
    """Score a locked, open attempt on `responses` and complete the course if it passed.

    Returns the certificate this pass earned, if any. Call inside the
    transaction holding the attempt's row lock.
    """
    snapshot = attempt.snapshot
    result = score_attempt(snapshot["questions"], responses, snapshot["settings"]["pass_mark"])
    attempt.status = QuizAttempt.Status.SUBMITTED
    attempt.submitted_at = submitted_at
    attempt.marked_at_deadline = at_deadline
    attempt.responses = responses
    attempt.question_scores = [
        {"id": question["id"], "credit": str(credit)}
        for question, credit in zip(snapshot["questions"], result.credits, strict=True)
    ]
    attempt.score = result.percentage
    attempt.passed = result.passed
    attempt.save(
        update_fields=[
            "status",
            "submitted_at",
            "marked_at_deadline",
            "responses",
            "question_scores",
            "score",
            "passed",
        ]
    )
    course = attempt_course(attempt) if result.passed else None
    if course is None:
        return None
    with translation.override(attempt.language):
        return complete_course_if_done(attempt.user, progress_for(attempt.user, outline_for(course)), attempt)


def mark_at_deadline(attempt):
    """Mark a locked, open, overdue attempt with the answers saved before its deadline."""
    return mark(attempt, attempt.responses or {}, attempt.deadline, at_deadline=True)


def close_overdue(attempt_id, now):
    """Mark one attempt if it is still open and overdue; True if this call marked it."""
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("user").filter(pk=attempt_id).first()
        if attempt is None or not attempt.is_open or not is_overdue(attempt, now):
            return False
        mark_at_deadline(attempt)
    return True


def close_if_overdue(attempt, now):
    """Mark an open attempt whose time is up with its saved answers; True if it was (or already is) closed."""
    if attempt.is_open and is_overdue(attempt, now):
        close_overdue(attempt.pk, now)
        attempt.refresh_from_db()
    return not attempt.is_open


def close_overdue_attempts(now=None):
    """Mark every open attempt whose time is up; how many this run marked. Safe to run at any time, and twice."""
    now = now or timezone.now()
    overdue = QuizAttempt.objects.filter(
        status=QuizAttempt.Status.IN_PROGRESS, deadline__lt=now - SUBMISSION_GRACE
    ).values_list("pk", flat=True)
    return sum(1 for attempt_id in list(overdue) if close_overdue(attempt_id, now))


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
    if open_attempt is not None and open_attempt.passed:
        progress.passed = True  # marked at its deadline just now, with saved answers that pass
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
                snapshot=draw_snapshot(assessment, course, pass_mark=progress.outline.pass_mark),
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
    """The live course the attempt belongs to, in the attempt's language if that version is live, in one query."""
    versions = CoursePage.objects.live().defer_streamfields().filter(translation_key=attempt.course_key)
    return min(
        versions.select_related("locale"),
        key=lambda course: course.locale.language_code != attempt.language,
        default=None,
    )


def submit_attempt(user, attempt_id, data, now=None):
    """Mark an open attempt once; anything else leaves it exactly as it is.

    Answers sent after the deadline are refused, and the attempt is marked
    with those saved before it. Raises QuizAttempt.DoesNotExist when the
    attempt is not this user's.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("user").get(pk=attempt_id, user=user)
        if attempt.status == QuizAttempt.Status.EXPIRED:
            return Submission(attempt, SubmissionOutcome.TOO_LATE)
        if not attempt.is_open:
            outcome = (
                SubmissionOutcome.MARKED_AT_DEADLINE
                if attempt.marked_at_deadline
                else SubmissionOutcome.ALREADY_SUBMITTED
            )
            return Submission(attempt, outcome)
        if is_overdue(attempt, now):
            return Submission(attempt, SubmissionOutcome.MARKED_AT_DEADLINE, mark_at_deadline(attempt))
        certificate = mark(attempt, parse_responses(attempt.snapshot, data), now)
    return Submission(attempt, SubmissionOutcome.SCORED, certificate)


def save_answers(user, attempt_id, data, now=None):
    """Save the answers chosen so far on an open attempt, in the shape submitting stores.

    Raises QuizAttempt.DoesNotExist when the attempt is not this user's, and
    AnswersRefused when the data names questions this attempt does not have.
    Returns (outcome, attempt): CLOSED when the attempt was already submitted
    or its time is up (then it is marked with the answers saved before).
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("user").get(pk=attempt_id, user=user)
        if attempt.is_open and is_overdue(attempt, now):
            mark_at_deadline(attempt)
        if not attempt.is_open:
            return SaveOutcome.CLOSED, attempt
        if unknown_answer_fields(attempt.snapshot, data):
            raise AnswersRefused(_("These answers do not belong to this attempt. Please reload the page."))
        attempt.responses = parse_responses(attempt.snapshot, data)
        attempt.answers_saved_at = now
        attempt.save(update_fields=["responses", "answers_saved_at"])
    return SaveOutcome.SAVED, attempt

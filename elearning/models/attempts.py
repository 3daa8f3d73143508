"""Assessment attempts: what was asked, what was answered, and the score, frozen."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class QuizAttempt(models.Model):
    """One attempt at a course's final assessment.

    The attempt is created when the learner starts, so the server's clock,
    not the browser's, decides the deadline. `snapshot` holds the questions,
    options and answer keys exactly as drawn and shown; scoring and review
    read only the snapshot, so editing the quiz later changes nothing here.

    Three database rules keep results honest whatever the browser sends:
    the start form's idempotency key is unique (a double-clicked or replayed
    start creates one attempt), attempt numbers are unique per learner and
    course, and a learner has at most one attempt in progress per course.
    """

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        # Before answers were saved as the learner went, time closed an attempt without a score.
        EXPIRED = "expired", _("Time ran out")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    course_key = models.UUIDField(_("course"))
    assessment = models.ForeignKey(
        "elearning.AssessmentPage",
        verbose_name=_("assessment"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="attempts",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    idempotency_key = models.UUIDField(_("idempotency key"), unique=True)
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.IN_PROGRESS)
    started_at = models.DateTimeField(_("started"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    snapshot = models.JSONField(_("questions as shown"))
    # While the attempt is open: the answers saved as the learner goes; once marked, the answers marked.
    responses = models.JSONField(_("answers"), default=dict, blank=True)
    answers_saved_at = models.DateTimeField(_("answers last saved"), null=True, blank=True)
    marked_at_deadline = models.BooleanField(
        _("marked when time ran out"),
        default=False,
        help_text=_("Marked by the server with the answers saved before the deadline."),
    )
    question_scores = models.JSONField(_("marks per question"), default=list, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True)

    class Meta:
        verbose_name = _("assessment attempt")
        verbose_name_plural = _("assessment attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key", "number"], name="elearning_attempt_number_unique"),
            models.UniqueConstraint(
                fields=["user", "course_key"],
                condition=Q(status="in_progress"),
                name="elearning_one_open_attempt_per_course",
            ),
            models.CheckConstraint(
                condition=~Q(status="submitted") | (Q(score__isnull=False) & Q(submitted_at__isnull=False)),
                name="elearning_submitted_attempt_has_score",
            ),
        ]
        indexes = [models.Index(fields=["course_key", "status"], name="elearning_attempt_status")]

    def __str__(self):
        return f"{self.user} #{self.number} ({self.get_status_display()})"

    @property
    def is_open(self):
        return self.status == self.Status.IN_PROGRESS

    @property
    def settings(self):
        """The assessment's rules as they stood when the attempt started."""
        return self.snapshot["settings"]

"""Who takes which course, and where they are in it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner's place in one course, in every language at once.

    `course_key` is the course's translation key, so the enrolment, its
    "resume" lesson and its completion survive a change of language. The
    activity fields let reports tell "not started" from "in progress" without
    scanning every lesson and attempt.
    """

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        COORDINATOR = "coordinator", _("Enrolled by a coordinator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course"))
    source = models.CharField(_("how"), max_length=16, choices=Source.choices, default=Source.SELF)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    last_lesson_key = models.UUIDField(_("last lesson visited"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="elearning_one_enrolment_per_course")
        ]
        indexes = [models.Index(fields=["course_key", "completed_at"], name="elearning_enrol_completion")]

    def __str__(self):
        return f"{self.user} → {self.course_key}"

    @property
    def status(self):
        if self.completed_at:
            return "completed"
        return "in_progress" if self.last_activity_at else "not_started"

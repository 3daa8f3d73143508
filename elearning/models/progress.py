"""Lesson completions, the building blocks of course progress."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    """A lesson a learner has completed, keyed on translation keys so any language counts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="lesson_progress"
    )
    course_key = models.UUIDField(_("course"))
    lesson_key = models.UUIDField(_("lesson"))
    completed_at = models.DateTimeField(_("completed"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [models.UniqueConstraint(fields=["user", "lesson_key"], name="elearning_lesson_completed_once")]
        indexes = [models.Index(fields=["user", "course_key"], name="elearning_progress_course")]

    def __str__(self):
        return f"{self.user} ✓ {self.lesson_key}"

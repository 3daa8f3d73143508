"""Accommodations: extra time or extra attempts granted to one learner for one course.

A coordinator (for an officer of their administration) or the secretariat
grants them with a reason. Rows are never edited or deleted: revoking one
stamps who and when, and granting a new one revokes the one before, so the
history of who allowed what, when and why stays readable. At most one
accommodation per learner and course is in force at a time.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

# Ten times the time limit is what WCAG 2.2.1 (Timing Adjustable) asks a
# learner to be able to get; beyond that, "no time limit" is the option.
MAX_EXTRA_TIME_PERCENT = 900
MAX_EXTRA_MINUTES = 24 * 60
MAX_EXTRA_ATTEMPTS = 20


class Accommodation(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="accommodations"
    )
    course_key = models.UUIDField(_("course"))
    extra_time_percent = models.PositiveSmallIntegerField(
        _("extra time (%)"), default=0, validators=[MaxValueValidator(MAX_EXTRA_TIME_PERCENT)]
    )
    extra_time_minutes = models.PositiveSmallIntegerField(
        _("extra time (minutes)"), default=0, validators=[MaxValueValidator(MAX_EXTRA_MINUTES)]
    )
    no_time_limit = models.BooleanField(_("no time limit"), default=False)
    extra_attempts = models.PositiveSmallIntegerField(
        _("extra attempts"), default=0, validators=[MaxValueValidator(MAX_EXTRA_ATTEMPTS)]
    )
    reason = models.TextField(_("reason"))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("granted by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    granted_at = models.DateTimeField(_("granted"), default=timezone.now)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("accommodation")
        verbose_name_plural = _("accommodations")
        ordering = ["-granted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"],
                condition=Q(revoked_at__isnull=True),
                name="elearning_one_accommodation_in_force",
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="elearning_accommodation_has_reason"),
            models.CheckConstraint(
                condition=Q(extra_time_percent__lte=MAX_EXTRA_TIME_PERCENT)
                & Q(extra_time_minutes__lte=MAX_EXTRA_MINUTES)
                & Q(extra_attempts__lte=MAX_EXTRA_ATTEMPTS),
                name="elearning_accommodation_within_bounds",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.course_key}"

    @property
    def in_force(self):
        return self.revoked_at is None

    def summary(self):
        """What it allows, in a few words: "+25 % time, +10 min, 1 extra attempt"."""
        parts = []
        if self.no_time_limit:
            parts.append(gettext("no time limit"))
        else:
            if self.extra_time_percent:
                parts.append(gettext("+%(percent)d %% time") % {"percent": self.extra_time_percent})
            if self.extra_time_minutes:
                parts.append(gettext("+%(minutes)d min") % {"minutes": self.extra_time_minutes})
        if self.extra_attempts:
            parts.append(
                ngettext("%(count)d extra attempt", "%(count)d extra attempts", self.extra_attempts)
                % {"count": self.extra_attempts}
            )
        return ", ".join(parts)

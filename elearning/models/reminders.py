"""The record of each reminder email, which is what makes "one email each" hold.

A row is written before its email is queued, and the database refuses a
second row for the same enrolment's inactivity spell (the moment of the last
activity it followed) or for the same certificate, so reruns of the schedule,
two schedulers racing, and retried tasks never send a learner the same
reminder twice.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LearningReminder(models.Model):
    class Kind(models.TextChoices):
        INACTIVE = "inactive", _("Inactive in a course")
        CERTIFICATE_EXPIRING = "certificate_expiring", _("Certificate expiring")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="+"
    )
    enrolment = models.ForeignKey(
        "elearning.Enrolment", verbose_name=_("enrolment"), on_delete=models.CASCADE, null=True, related_name="+"
    )
    inactive_since = models.DateTimeField(_("inactive since"), null=True)
    certificate = models.ForeignKey(
        "elearning.Certificate", verbose_name=_("certificate"), on_delete=models.CASCADE, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("learning reminder")
        verbose_name_plural = _("learning reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "inactive_since"],
                condition=Q(kind="inactive"),
                name="elearning_one_reminder_per_inactivity",
            ),
            models.UniqueConstraint(
                fields=["certificate"],
                condition=Q(kind="certificate_expiring"),
                name="elearning_one_reminder_per_certificate",
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind="inactive", enrolment__isnull=False, inactive_since__isnull=False)
                    | Q(kind="certificate_expiring", certificate__isnull=False)
                ),
                name="elearning_reminder_has_its_subject",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.user}"

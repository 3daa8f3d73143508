"""Certificates anyone can verify with their code, and editors can revoke."""

import base64
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CODE_BYTES = 10  # 80 random bits: 16 base32 characters, far beyond guessing


# Base32 has no 0, 1 or 8, so a retyped code that has them meant O, I or B.
LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_verification_code():
    """A random code from the operating system's CSPRNG, in base32 (letters and the digits 2–7)."""
    return base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode("ascii")


def normalise_code(code):
    """Codes are read aloud and retyped: ignore case, spaces and hyphens."""
    return "".join(character for character in code.upper() if character.isalnum()).translate(LOOKALIKES)


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class Certificate(models.Model):
    """Proof that a learner completed a course.

    Holder, course and administration are copied in when the certificate is
    issued, so the verification page keeps telling what was certified even if
    the learner later changes their name or administration.
    """

    code = models.CharField(_("verification code"), max_length=32, unique=True, default=new_verification_code)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.CASCADE, related_name="certificates"
    )
    course_key = models.UUIDField(_("course"))
    course_title = models.CharField(_("course title"), max_length=255)
    holder_name = models.CharField(_("holder's name"), max_length=255)
    administration_name = models.CharField(_("administration"), max_length=255, blank=True)
    language = models.CharField(_("language"), max_length=8)
    attempt = models.ForeignKey(
        "elearning.QuizAttempt",
        verbose_name=_("passing attempt"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        permissions = [("revoke_certificate", "Can revoke certificates")]
        constraints = [
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="elearning_revocation_has_reason",
            )
        ]
        indexes = [models.Index(fields=["user", "course_key"], name="elearning_cert_holder")]

    def __str__(self):
        return f"{self.display_code} · {self.holder_name} · {self.course_title}"

    @property
    def display_code(self):
        """The code in groups of four, easier to read out and retype."""
        return "-".join(self.code[index : index + 4] for index in range(0, len(self.code), 4))

    display_code.fget.short_description = _("verification code")  # the admin listing's column heading

    def status_at(self, moment):
        if self.revoked_at:
            return CertificateStatus.REVOKED
        if self.expires_at and self.expires_at <= moment:
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    @property
    def status(self):
        return self.status_at(timezone.now())

    def get_status_display(self):
        return CertificateStatus(self.status).label

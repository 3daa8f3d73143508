"""Issuing, expiring and revoking certificates."""

import calendar

from django.utils import timezone, translation

from .models import Certificate, CertificateStatus


def add_months(moment, months):
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def certificate_due(latest_certificate, now):
    """A new certificate is due when there is none yet, or the last one has expired.

    A revoked certificate is never replaced automatically: revocation is a
    decision of the secretariat, which retaking the assessment must not undo.
    """
    return latest_certificate is None or latest_certificate.status_at(now) == CertificateStatus.EXPIRED


def issue_certificate(user, course, attempt=None, now=None):
    """A certificate for `user` completing `course`, with its validity period if the course sets one."""
    now = now or timezone.now()
    months = course.certificate_validity_months
    return Certificate.objects.create(
        user=user,
        course_key=course.translation_key,
        course_title=course.title,
        holder_name=user.get_full_name() or user.email,
        administration_name=user.administration.name if user.administration_id else "",
        language=translation.get_language() or course.locale.language_code,
        attempt=attempt,
        issued_at=now,
        expires_at=add_months(now, months) if months else None,
    )


def revoke_certificate(certificate, revoked_by, reason, now=None):
    """Revoke with a reason, once: revoking again keeps the first date and reason."""
    if certificate.revoked_at:
        return certificate
    certificate.revoked_at = now or timezone.now()
    certificate.revoked_by = revoked_by
    certificate.revocation_reason = reason.strip()
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    return certificate

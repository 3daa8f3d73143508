"""Reminder emails: officers inactive in a course, and certificates about to expire.

`queue_due_reminders` is what the schedule runs (`manage.py
send_learning_reminders`, from cron or a systemd timer). It finds who is due,
writes a `LearningReminder` row for each (the database refuses a second row
for the same inactivity spell or certificate, so nobody is reminded twice)
and queues one email task per row. The task writes the email in the
learner's language and checks the opt-out again, so opting out holds at once,
even for an email already queued.

Who is due:
- inactive: enrolled, not completed, and no activity (or, never started, no
  activity since enrolling) for the course's `reminder_after_days` (0 = off;
  the value of the course's version in the site's main language);
- expiring: a certificate neither revoked nor already expired that expires
  within `EXPIRY_NOTICE`, unless the learner has a newer one for the course.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import Certificate, CoursePage, Enrolment, LearningReminder
from .outlines import preferred_translations

EXPIRY_NOTICE = timedelta(days=30)
OPT_OUT_SALT = "elearning.reminders.opt-out"


@dataclass
class QueuedReminders:
    inactive: int = 0
    certificates_expiring: int = 0


def reminder_days_by_course():
    """{course key: days} for live courses with inactivity reminders on, from their main-language version."""
    courses = CoursePage.objects.live().defer_streamfields().only("translation_key", "locale_id", "reminder_after_days")
    chosen = preferred_translations(courses, settings.LANGUAGE_CODE)
    return {key: course.reminder_after_days for key, course in chosen.items() if course.reminder_after_days}


def reachable_learners():
    return {"user__is_active": True, "user__learning_reminders": True}


def inactive_enrolments(now):
    """(enrolment, inactive since) pairs due an inactivity reminder they have not had for this spell."""
    already_reminded = LearningReminder.objects.filter(
        kind=LearningReminder.Kind.INACTIVE, enrolment=OuterRef("pk"), inactive_since=OuterRef("inactive_since")
    )
    for course_key, days in reminder_days_by_course().items():
        enrolments = (
            Enrolment.objects.filter(course_key=course_key, completed_at__isnull=True, **reachable_learners())
            .annotate(inactive_since=Coalesce("last_activity_at", "enrolled_at"))
            .filter(inactive_since__lte=now - timedelta(days=days))
            .exclude(Exists(already_reminded))
        )
        yield from ((enrolment, enrolment.inactive_since) for enrolment in enrolments)


def expiring_certificates(now):
    already_reminded = LearningReminder.objects.filter(
        kind=LearningReminder.Kind.CERTIFICATE_EXPIRING, certificate=OuterRef("pk")
    )
    renewed = Certificate.objects.filter(
        user=OuterRef("user"), course_key=OuterRef("course_key"), issued_at__gt=OuterRef("issued_at")
    )
    return (
        Certificate.objects.filter(
            revoked_at__isnull=True, expires_at__gt=now, expires_at__lte=now + EXPIRY_NOTICE, **reachable_learners()
        )
        .exclude(Exists(already_reminded))
        .exclude(Exists(renewed))
    )


def record_and_queue(**fields):
    """Write the reminder's row and queue its email; False if the row already exists (someone else sent it)."""
    from .tasks import send_learning_reminder

    try:
        with transaction.atomic():
            reminder = LearningReminder.objects.create(**fields)
    except IntegrityError:
        return False
    send_learning_reminder.enqueue(reminder_id=reminder.pk)
    return True


def queue_due_reminders(now=None):
    """Queue every reminder due at `now`; returns how many of each kind."""
    now = now or timezone.now()
    queued = QueuedReminders()
    for enrolment, inactive_since in list(inactive_enrolments(now)):
        queued.inactive += record_and_queue(
            kind=LearningReminder.Kind.INACTIVE,
            user_id=enrolment.user_id,
            enrolment=enrolment,
            inactive_since=inactive_since,
            created_at=now,
        )
    for certificate in list(expiring_certificates(now)):
        queued.certificates_expiring += record_and_queue(
            kind=LearningReminder.Kind.CERTIFICATE_EXPIRING,
            user_id=certificate.user_id,
            certificate=certificate,
            created_at=now,
        )
    return queued


def opt_out_token(user):
    """A token for the opt-out link: signed, so nobody can forge one for someone else; no login needed."""
    return signing.dumps(user.pk, salt=OPT_OUT_SALT, compress=False)


def user_id_from_token(token):
    """The user id the token was made for, or None if it was altered."""
    try:
        user_id = signing.loads(token, salt=OPT_OUT_SALT)
    except signing.BadSignature:
        return None
    return user_id if isinstance(user_id, int) else None

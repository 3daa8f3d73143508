"""What a learner's accommodation allows: the one place deadlines and attempt limits ask.

`learner_allowance(user, course_key)` reads the accommodation in force (one
query). The attempt code applies it through `Allowance.time_limit_seconds`
(the length of an attempt started now) and `Allowance.attempt_limit` (how
many attempts count), so an accommodation changes attempts started after it
was granted and never one already running.

Granting and revoking live here too, each in one transaction: granting a new
accommodation revokes the one in force, so there is never more than one and
the old one stays in the history.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .models import Accommodation


@dataclass(frozen=True)
class Allowance:
    extra_time_percent: int = 0
    extra_time_minutes: int = 0
    no_time_limit: bool = False
    extra_attempts: int = 0

    @classmethod
    def from_accommodation(cls, accommodation):
        if accommodation is None:
            return cls()
        return cls(
            extra_time_percent=accommodation.extra_time_percent,
            extra_time_minutes=accommodation.extra_time_minutes,
            no_time_limit=accommodation.no_time_limit,
            extra_attempts=accommodation.extra_attempts,
        )

    @property
    def changes_time(self):
        return self.no_time_limit or bool(self.extra_time_percent or self.extra_time_minutes)

    @property
    def is_empty(self):
        return not self.changes_time and not self.extra_attempts

    def extra_seconds(self, time_limit_minutes):
        """Seconds added to an assessment's time limit (0 when it has none, or when time is unlimited)."""
        if not time_limit_minutes or self.no_time_limit:
            return 0
        return time_limit_minutes * 60 * self.extra_time_percent // 100 + self.extra_time_minutes * 60

    def time_limit_seconds(self, time_limit_minutes):
        """How long an attempt lasts for this learner, or None for no limit."""
        if not time_limit_minutes or self.no_time_limit:
            return None
        return time_limit_minutes * 60 + self.extra_seconds(time_limit_minutes)

    def time_limit_minutes(self, time_limit_minutes):
        """The learner's time limit rounded up to whole minutes, for pages; None for no limit."""
        seconds = self.time_limit_seconds(time_limit_minutes)
        return None if seconds is None else -(-seconds // 60)

    def attempt_limit(self, assessment_limit):
        """Attempts this learner may use; 0 (unlimited) stays unlimited."""
        return assessment_limit + self.extra_attempts if assessment_limit else 0


def accommodation_in_force(user, course_key):
    if not user.is_authenticated:
        return None
    return Accommodation.objects.filter(user=user, course_key=course_key, revoked_at__isnull=True).first()


def learner_allowance(user, course_key):
    """The extra time and attempts `user` has for the course with this translation key."""
    return Allowance.from_accommodation(accommodation_in_force(user, course_key))


def accommodations_in_force(user_ids, course_keys):
    """{(user id, course key): Accommodation} for many learners at once, in one query (for reports)."""
    rows = Accommodation.objects.filter(
        user_id__in=set(user_ids), course_key__in=set(course_keys), revoked_at__isnull=True
    )
    return {(row.user_id, row.course_key): row for row in rows}


def grant_accommodation(learner, course_key, granted_by, *, reason, now=None, **allowance):
    """Record a new accommodation, revoking the one it replaces; both or neither are written."""
    now = now or timezone.now()
    with transaction.atomic():
        current = (
            Accommodation.objects.select_for_update()
            .filter(user=learner, course_key=course_key, revoked_at__isnull=True)
            .first()
        )
        if current is not None:
            revoke_accommodation(current, granted_by, now)
        return Accommodation.objects.create(
            user=learner, course_key=course_key, granted_by=granted_by, granted_at=now, reason=reason, **allowance
        )


def revoke_accommodation(accommodation, revoked_by, now=None):
    """Stamp the accommodation as revoked; one already revoked keeps its first revocation."""
    now = now or timezone.now()
    updated = Accommodation.objects.filter(pk=accommodation.pk, revoked_at__isnull=True).update(
        revoked_at=now, revoked_by=revoked_by
    )
    if updated:
        accommodation.revoked_at, accommodation.revoked_by = now, revoked_by
    return bool(updated)

"""`manage.py send_learning_reminders`: queue the reminder emails due now (run it daily from cron or a timer).

Safe to run as often as you like, and from two hosts at once: each reminder
is recorded before it is queued and never queued twice (see
elearning/reminders.py). The emails go out through the task queue.
"""

from django.core.management.base import BaseCommand

from elearning.reminders import queue_due_reminders


class Command(BaseCommand):
    help = "Queue reminder emails: inactive learners (per course setting) and certificates expiring within 30 days."

    def handle(self, *args, **options):
        queued = queue_due_reminders()
        self.stdout.write(
            f"Queued {queued.inactive} inactivity reminder(s) and "
            f"{queued.certificates_expiring} certificate expiry reminder(s)."
        )

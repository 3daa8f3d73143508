"""Mark every assessment attempt whose time ran out, with the answers saved before the deadline.

An attempt is also marked on the next request that touches it; this command
covers learners who never come back, so reports and certificates do not wait
for them. Run it every few minutes from cron or a systemd timer (see
docs/operations.md). It is idempotent: an attempt is marked once, however
often or concurrently the command runs.
"""

from django.core.management.base import BaseCommand

from elearning.quiz_attempts import close_overdue_attempts


class Command(BaseCommand):
    help = "Mark assessment attempts past their deadline with the answers saved before it."

    def handle(self, *args, **options):
        marked = close_overdue_attempts()
        if options["verbosity"] > 0:
            self.stdout.write(f"Marked {marked} overdue attempt(s).")

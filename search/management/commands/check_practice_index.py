"""`manage.py check_practice_index`: report where Elasticsearch disagrees with the live practices.

Publication updates Elasticsearch in the background and never waits for it,
so an outage can leave the index behind. This lists live practices missing
from the index, documents older than the practice's live revision, and
documents of pages that are no longer live, then exits with status 1 if
there is any drift (0 when in step), so monitoring can run it.
`rebuild_practice_index` repairs it.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from elasticsearch import ApiError, TransportError

from search.practices.drift import find_drift

MAX_LISTED = 20


class Command(BaseCommand):
    help = "Report practices missing from, stale in, or left over in the Elasticsearch index; exit 1 on drift."

    def handle(self, *args, **options):
        if not settings.ELASTICSEARCH_URL:
            self.stdout.write("ELASTICSEARCH_URL is not set: only the database engine runs, nothing to compare.")
            return
        try:
            drift = find_drift()
        except (TransportError, ApiError) as error:
            raise CommandError(f"Elasticsearch could not be read: {error}") from error
        self.report("live practices missing from the index", drift.missing)
        self.report("stale documents (older than the live revision)", drift.stale)
        self.report("documents of pages no longer live", drift.orphaned)
        if drift:
            raise CommandError(
                f"Drift: {len(drift.missing)} missing, {len(drift.stale)} stale, {len(drift.orphaned)} left over. "
                "Run `python manage.py rebuild_practice_index`."
            )
        self.stdout.write(self.style.SUCCESS(f"In step: {drift.indexed} document(s) match the live practices."))

    def report(self, what, page_ids):
        if not page_ids:
            return
        listed = ", ".join(str(page_id) for page_id in page_ids[:MAX_LISTED])
        more = f" and {len(page_ids) - MAX_LISTED} more" if len(page_ids) > MAX_LISTED else ""
        self.stdout.write(f"{len(page_ids)} {what}: page id(s) {listed}{more}")

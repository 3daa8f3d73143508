"""`manage.py check_practice_index`: report where the search engines disagree with the live practices.

Publication and imports update the engines in the background and never
wait for them, so an outage, or a task worker still busy with an import,
leaves the engines behind. This reports:

- the indexing still queued for the task worker (`search.tasks.index_practices`,
  with the database task backend): tasks waiting and running, and how many
  failed (the worker's log says what failed and what repairs it);
- the database engine: live practices it lacks, documents of pages no
  longer live;
- Elasticsearch, when configured: live practices missing from the index,
  documents older than the practice's live revision, documents of pages
  no longer live.

It exits with status 1 if an engine drifts (0 when in step), so monitoring
can run it; run again while a worker indexes an import, it shows the
missing counts fall. `rebuild_practice_index` repairs the engines.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from elasticsearch import ApiError, TransportError

from search.practices.drift import find_database_drift, find_drift, queued_indexing

MAX_LISTED = 20


class Command(BaseCommand):
    help = "Report queued search indexing and where each engine disagrees with the live practices; exit 1 on drift."

    def handle(self, *args, **options):
        self.report_queue()
        drifts = []
        database = find_database_drift()
        self.report("database engine: live practices missing", database.missing)
        self.report("database engine: documents of pages no longer live", database.orphaned)
        if database:
            drifts.append(f"database engine {len(database.missing)} missing, {len(database.orphaned)} left over")
        if settings.ELASTICSEARCH_URL:
            try:
                drift = find_drift()
            except (TransportError, ApiError) as error:
                raise CommandError(f"Elasticsearch could not be read: {error}") from error
            self.report("live practices missing from the index", drift.missing)
            self.report("stale documents (older than the live revision)", drift.stale)
            self.report("documents of pages no longer live", drift.orphaned)
            if drift:
                drifts.append(
                    f"Elasticsearch {len(drift.missing)} missing, {len(drift.stale)} stale, "
                    f"{len(drift.orphaned)} left over"
                )
        else:
            self.stdout.write("ELASTICSEARCH_URL is not set: only the database engine runs.")
        if drifts:
            raise CommandError(f"Drift: {'; '.join(drifts)}. Run `python manage.py rebuild_practice_index`.")
        self.stdout.write(self.style.SUCCESS(f"In step: {database.indexed} document(s) match the live practices."))

    def report_queue(self):
        queued = queued_indexing()
        if queued.waiting or queued.running:
            self.stdout.write(
                f"Search indexing queued for the task worker: {queued.waiting} task(s) waiting "
                f"({queued.waiting_practices} practices), {queued.running} running."
            )
        if queued.failed:
            self.stdout.write(
                f"{queued.failed} search indexing task(s) failed: the worker's log says which practices and "
                "what repairs them."
            )

    def report(self, what, page_ids):
        if not page_ids:
            return
        listed = ", ".join(str(page_id) for page_id in page_ids[:MAX_LISTED])
        more = f" and {len(page_ids) - MAX_LISTED} more" if len(page_ids) > MAX_LISTED else ""
        self.stdout.write(f"{len(page_ids)} {what}: page id(s) {listed}{more}")

"""`manage.py import_practices FILE`: create or update practices from a JSON Lines file.

See `knowledgebase.practice_records` for the format and the rules. Every
line is checked before anything is written; bad lines are listed with their
number and reasons and nothing of them is imported, and the command then
exits with status 1 so scripts notice. Running it twice with the same file
changes nothing the second time.

New practices are published in batches (`knowledgebase.practice_bulk_publishing`),
and "Importing: n / total practices (r a second)" is written after each.
Search indexing is not part of the import (`search.bulk_indexing`): once
the import has committed and its summary is written, its practices are
handed to the task backend a chunk at a time, "Search indexing: n / total
practices queued" (the database backend: a worker indexes them, and the
command returns at once) or "… indexed" (the immediate backend, which runs
each task as it is queued). `manage.py check_practice_index` shows what is
still to index.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from knowledgebase.practice_records import PracticeImporter, read_records
from search.bulk_indexing import indexing_deferred


class Command(BaseCommand):
    help = "Create or update practices from a JSON Lines file (one practice per line), matched by external_id."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the .jsonl file to import.")

    def handle(self, *args, **options):
        started = time.monotonic()
        verbosity = options["verbosity"]
        try:
            with open(options["file"], encoding="utf-8") as source:
                lines = source.readlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {options['file']}: {error}") from error

        records, bad_lines = read_records(lines)
        for bad_line in bad_lines:
            self.stderr.write(self.style.ERROR(str(bad_line)))

        def progress(done, total):
            if verbosity:
                rate = done / max(time.monotonic() - started, 1e-6)
                self.stderr.write(f"Importing: {done} / {total} practices ({rate:.0f} a second)")

        indexing_started = []

        def indexing_progress(done, total, indexed):
            if not verbosity:
                return
            if indexed:
                rate = done / max(time.monotonic() - indexing_started[0], 1e-6)
                self.stderr.write(f"Search indexing: {done} / {total} practices indexed ({rate:.0f} a second)")
            else:
                self.stderr.write(f"Search indexing: {done} / {total} practices queued for the task worker")

        with indexing_deferred(progress=indexing_progress):
            summary = PracticeImporter().run(records, progress=progress)
            # Written when the import has committed, before its search indexing is queued (when the block ends).
            self.report(summary, bad_lines, started, verbosity)
            indexing_started.append(time.monotonic())
        if bad_lines:
            raise CommandError(f"{len(bad_lines)} line(s) were not imported; see the messages above.")

    def report(self, summary, bad_lines, started, verbosity):
        if not verbosity:
            return
        if summary.created_index:
            self.stdout.write("Created the practice index page.")
        for name in summary.created_administrations:
            self.stdout.write(f"Created administration: {name} (its country is left for an editor to fill in)")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(summary.created)} created, {len(summary.updated)} updated, "
                f"{len(summary.unchanged)} unchanged, "
                f"{len(bad_lines)} bad line(s) skipped, in {time.monotonic() - started:.1f} s."
            )
        )

"""`manage.py import_practices FILE`: create or update practices from a JSON Lines file.

See `knowledgebase.practice_records` for the format and the rules. Every
line is checked before anything is written; bad lines are listed with their
number and reasons and nothing of them is imported, and the command then
exits with status 1 so scripts notice. Running it twice with the same file
changes nothing the second time.

New practices are published in batches (`knowledgebase.practice_bulk_publishing`),
and "Importing: n / total practices" is written after each. Search
indexing waits for the end (`search.bulk_indexing`): each practice is
indexed once, and Elasticsearch gets bulk requests, instead of every save
of every practice being indexed as it happens.
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
                self.stderr.write(f"Importing: {done} / {total} practices")

        with indexing_deferred():
            summary = PracticeImporter().run(records, progress=progress)
            written = len(summary.created) + len(summary.updated)
            if verbosity and written:
                # Said before the block ends, which is when the indexing runs: a long wait is then explained.
                self.stderr.write(f"Indexing {written} practice(s) for search…")
        if verbosity:
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
        if bad_lines:
            raise CommandError(f"{len(bad_lines)} line(s) were not imported; see the messages above.")

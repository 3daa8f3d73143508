"""`manage.py rebuild_practice_index`: rebuild practice search from the live practices.

Rebuilds the database engine's table and, when `ELASTICSEARCH_URL` is set,
the Elasticsearch index (a new index filled while the old one keeps
answering, then swapped in atomically). Run it after changing
the Elasticsearch mapping, after an outage, or when `check_practice_index`
reports drift.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from elasticsearch import ApiError, TransportError
from tqdm import tqdm

from search.practices import database


class Command(BaseCommand):
    help = "Rebuild the practice search index of the database engine and, when configured, of Elasticsearch."

    def handle(self, *args, **options):
        quiet = options["verbosity"] == 0
        engines = [("database", database.rebuild)]
        if settings.ELASTICSEARCH_URL:
            from search.practices import elastic

            engines.append(("Elasticsearch", elastic.rebuild))
        for label, rebuild in engines:
            with tqdm(desc=f"Indexing ({label})", unit="practice", file=self.stderr, disable=quiet) as bar:

                def progress(done, total, bar=bar):
                    bar.total = total
                    bar.n = done
                    bar.refresh()

                try:
                    written = rebuild(progress=progress)
                except (TransportError, ApiError) as error:
                    raise CommandError(f"Elasticsearch could not be rebuilt: {error}") from error
            if not quiet:
                self.stdout.write(self.style.SUCCESS(f"{label}: {written} practice(s) indexed."))

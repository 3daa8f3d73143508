"""`manage.py load_search_concepts`: add and update the concept vocabulary from `search/concepts.jsonl`.

Idempotent, and safe to run on every deployment: concepts editors changed
or added in the admin are kept as they are (`search.concept_seed`). A
concept added or updated queues the reindex of the practices once the
command's transaction commits, as an editor's change in the admin does
(`search.concepts_reindex`); nothing changed, nothing is queued.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search.concept_seed import SEED_FILE, SeedError, load_concepts, read_seed
from search.models import SearchConcept


class Command(BaseCommand):
    help = "Load the search concept vocabulary from a JSON-lines file (default: search/concepts.jsonl)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(SEED_FILE))

    def handle(self, *args, path, **options):
        try:
            seed = read_seed(path)
        except (OSError, SeedError) as error:
            raise CommandError(str(error)) from error
        with transaction.atomic():
            report = load_concepts(SearchConcept, seed)
        if options["verbosity"]:
            self.stdout.write(
                f"{len(report.added)} added, {len(report.updated)} updated, {report.unchanged} unchanged, "
                f"{len(report.kept_as_edited)} kept as editors changed them."
            )
            if report.kept_as_edited:
                self.stdout.write("Kept as edited: " + ", ".join(report.kept_as_edited))

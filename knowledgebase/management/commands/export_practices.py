"""`manage.py export_practices [--output FILE]`: write published practices as JSON Lines.

The format is the one `import_practices` reads, so an export can be
imported into another Integrity Hub (or back into this one, which then
changes nothing).
"""

import json

from django.core.management.base import BaseCommand, CommandError

from knowledgebase.models import PracticePage
from knowledgebase.practice_records import export_records


class Command(BaseCommand):
    help = "Write every published practice as one JSON object per line (the import_practices format)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", default="-", help="File to write; '-' (the default) for standard output.")

    def handle(self, *args, **options):
        lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in export_records(PracticePage.objects.all())]
        if options["output"] == "-":
            self.stdout.write("".join(lines), ending="")
            return
        try:
            with open(options["output"], "w", encoding="utf-8") as target:
                target.writelines(lines)
        except OSError as error:
            raise CommandError(f"Cannot write {options['output']}: {error}") from error
        self.stderr.write(f"Exported {len(lines)} practices to {options['output']}.")

"""Compile the .po catalogues under locale/ to .mo files with polib.

Django's compilemessages needs GNU gettext's msgfmt, which a bare machine
lacks; polib (already a wagtail-localize dependency) is pure Python, so
`make run` and `make test` can compile the catalogues anywhere.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    requires_system_checks = []
    help = "Compile locale/*/LC_MESSAGES/*.po to .mo without GNU gettext."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        if options["verbosity"] > 0:
            self.stdout.write(f"Compiled {compiled} catalogue(s).")

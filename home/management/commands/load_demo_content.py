"""`manage.py load_demo_content`: a believable Integrity Hub to explore, in one command.

`make run` calls it after `migrate` on every start, so it must be idempotent:
each step creates what is missing and leaves what exists as it is (no new
page revisions, no password resets). The whole load is one transaction, so
a failing step leaves the database as it was; search indexes are brought up
to date once, when it has committed.

The steps live in `home.demo`; other apps add theirs through the
`register_demo_content_step` hook (see `home.demo` for an example).
"""

import os

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from home.demo.context import DemoContext, step_heading
from home.demo.steps import collect_steps
from search.bulk_indexing import indexing_deferred

DEFAULT_DEMO_PASSWORD = "integrity-demo-2026"  # noqa: S105 - the documented demo password, printed on every run


def demo_password():
    """The password given to demo accounts created by this run: $DEMO_PASSWORD or the documented default."""
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD


class Command(BaseCommand):
    help = "Create the demo site: pages in English, French and Spanish, partner administrations and demo accounts."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        context = DemoContext(stdout=self.stdout, style=self.style, password=demo_password(), verbosity=verbosity)
        if verbosity >= 1:
            self.stdout.write("Loading demo content…")
        try:
            # Each page is saved several times while it is built and translated;
            # it is indexed once, after the load commits (search.bulk_indexing).
            with indexing_deferred(), transaction.atomic():
                for step in collect_steps():
                    self.run_step(step, context)
        finally:
            # Steps may resolve page URLs, which caches the site's root paths;
            # after a rollback those paths would name pages that do not exist.
            Site.clear_site_root_paths_cache()
        if verbosity >= 1:
            self.write_summary(context)

    def run_step(self, step, context):
        heading = step_heading(step)
        before = context.counts()
        if context.verbosity >= 2:
            self.stdout.write(f"  {heading}")
        step(context)
        created, existing, removed = (after - start for after, start in zip(context.counts(), before, strict=True))
        if created or existing or removed:
            outcome = f"{created} created, {existing} already there" + (f", {removed} removed" if removed else "")
        else:
            outcome = "done"
        if context.verbosity >= 2:
            self.stdout.write(f"    {outcome}")
        elif context.verbosity == 1:
            self.stdout.write(f"  {heading}: {outcome}")

    def write_summary(self, context):
        base_url = settings.SITE_URL
        width = max((len(account.email) for account in context.accounts), default=0)
        lines = [
            "",
            self.style.SUCCESS("Demo content is ready."),
            f"  Site:   {base_url}/",
            f"  Admin:  {base_url}/admin/",
            f"  Demo password: {context.password}  (set DEMO_PASSWORD to choose another)",
            "  Accounts (log in with the email address):",
        ]
        for account in context.accounts:
            status = "" if account.created else "  (existing account: password left as it was)"
            lines.append(f"    {account.email.ljust(width)}  {account.description}{status}")
        lines.extend(f"  {note}" for note in context.notes)
        self.stdout.write("\n".join(lines))

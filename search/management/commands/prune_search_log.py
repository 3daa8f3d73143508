"""`manage.py prune_search_log`: forget site searches older than the retention period.

The log feeds the "Search terms" report, which looks back at most 90 days;
rows older than `SEARCH_LOG_RETENTION_DAYS` (default 400: a year, with a
margin for a year-on-year look) are deleted. The queries people typed are
personal-ish data even without a user attached, so they are kept no longer
than they serve. Run it daily from cron or a scheduler, as docs/operations.md
says; it only deletes whole days, so running it twice changes nothing.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search.site_search.models import SearchQueryLog
from search.site_search.report import PERIOD_DAYS


class Command(BaseCommand):
    help = "Delete site search log rows older than SEARCH_LOG_RETENTION_DAYS (or --days)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.SEARCH_LOG_RETENTION_DAYS, help="days to keep")

    def handle(self, *args, days, **options):
        if days < max(PERIOD_DAYS):
            raise CommandError(f"Keep at least {max(PERIOD_DAYS)} days: the Search terms report reads that far back.")
        cutoff = timezone.localdate() - timedelta(days=days)
        deleted, _by_model = SearchQueryLog.objects.filter(date__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} search log rows from before {cutoff.isoformat()}.")

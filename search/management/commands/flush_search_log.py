"""`manage.py flush_search_log`: write the site searches buffered in the cache to the search log.

Searches are logged off the request (see `search.site_search.query_log`):
every `FLUSH_EVERY`-th search and every opening of the "Search terms" report
flushes the buffer already; run this every few minutes from cron as well,
so a quiet site's last searches do not wait in the cache for the next busy
hour. Running it when nothing is buffered changes nothing.
"""

from django.core.management.base import BaseCommand

from search.site_search.query_log import flush_search_log


class Command(BaseCommand):
    help = "Write the site searches buffered in the cache to the search log."

    def handle(self, *args, **options):
        # One flush writes a bounded batch: repeat until the buffer is empty.
        written = total = flush_search_log()
        while written:
            written = flush_search_log()
            total += written
        self.stdout.write(f"Logged {total} buffered searches.")

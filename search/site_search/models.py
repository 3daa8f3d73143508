"""What the site search remembers about queries, for the editors' "Search terms" report.

Wagtail's own query log (`wagtail.contrib.search_promotions.Query`) counts
hits per query and day, which its promotions screen uses, but it knows
neither the language nor whether anything was found. This model adds both,
one row per query, language and day, so the table grows with the variety of
queries, not with traffic.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchQueryLog(models.Model):
    """How often one normalised query was searched in one language on one day, and how often it found nothing."""

    query = models.CharField(_("query"), max_length=255)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_searches = models.PositiveIntegerField(_("searches without results"), default=0)
    last_result_count = models.PositiveIntegerField(_("results at the last search"), default=0)

    class Meta:
        app_label = "search"
        verbose_name = _("search query log entry")
        verbose_name_plural = _("search query log")
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "date"], name="search_query_log_one_row_per_day")
        ]
        indexes = [models.Index(fields=["date", "language"], name="search_query_log_date")]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.date})"

"""Records each site search: in Wagtail's query log (for promotions) and in our per-language log."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from .models import SearchQueryLog


def record_search(text, language, result_count):
    """Count one search for `text` in `language` that found `result_count` results; empty text is not logged."""
    query = normalise_query_string(text)
    if not query:
        return
    today = timezone.localdate()
    with transaction.atomic():
        Query.get(query).add_hit(date=today)
        entry, _created = SearchQueryLog.objects.get_or_create(query=query, language=language, date=today)
        SearchQueryLog.objects.filter(pk=entry.pk).update(
            searches=F("searches") + 1,
            zero_result_searches=F("zero_result_searches") + (1 if result_count == 0 else 0),
            last_result_count=result_count,
        )

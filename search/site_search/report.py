"""The editors' "Search terms" report: most frequent and zero-result site searches over a period.

Reads `SearchQueryLog`, summed per query and language over the last 7, 30
or 90 days, in the Wagtail admin's report frame (filters, sorting,
pagination, CSV and Excel export). Only moderators and editors may open it:
the queries people type can be personal, and they guide editorial work.
"""

from datetime import timedelta

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from accounts.roles import is_moderator

from .models import SearchQueryLog
from .query_log import flush_search_log

REPORT_URL_NAME = "search_terms_report"
PERIOD_DAYS = (7, 30, 90)
DEFAULT_PERIOD_DAYS = 30
ALL_QUERIES = "all"
ZERO_RESULT_QUERIES = "zero"
# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def may_view_search_terms(user):
    return is_moderator(user)


def spreadsheet_safe(text):
    """Queries are typed by anyone: keep a spreadsheet from reading one as a formula."""
    return f"'{text}" if str(text).startswith(FORMULA_PREFIXES) else text


class SearchTermsFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=[(str(days), _("Last %(days)s days") % {"days": days}) for days in PERIOD_DAYS],
        empty_label=None,
        method="keep_all",
    )
    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=[(ALL_QUERIES, _("All queries")), (ZERO_RESULT_QUERIES, _("Queries that found nothing"))],
        empty_label=None,
        method="keep_all",
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    class Meta:
        model = SearchQueryLog
        fields = []

    def keep_all(self, queryset, name, value):
        """Period and "show" shape the aggregation itself (see SearchTermsReportView.get_queryset)."""
        return queryset


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


class LanguageColumn(Column):
    def get_value(self, instance):
        return language_name(instance["language"])


class SearchTermsReportView(ReportView):
    page_title = _("Search terms")
    header_icon = "search"
    index_url_name = REPORT_URL_NAME
    index_results_url_name = REPORT_URL_NAME + "_results"
    filterset_class = SearchTermsFilterSet
    default_ordering = "-times_searched"
    export_filename = "search-terms"
    columns = [
        Column("query", label=_("Search terms"), sort_key="query"),
        LanguageColumn("language", label=_("Language"), sort_key="language"),
        NumberColumn("times_searched", label=_("Searches"), sort_key="times_searched"),
        NumberColumn("times_without_results", label=_("Searches without results"), sort_key="times_without_results"),
    ]
    list_export = ["query", "language", "times_searched", "times_without_results"]
    export_headings = {
        "query": _("Search terms"),
        "language": _("Language"),
        "times_searched": _("Searches"),
        "times_without_results": _("Searches without results"),
    }
    custom_field_preprocess = {
        "query": {"csv": spreadsheet_safe, "xlsx": spreadsheet_safe},
        "language": {"csv": language_name, "xlsx": language_name},
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_view_search_terms(request.user):
            # A plain 403, not Wagtail's redirect to the dashboard: the refusal is final, not a detour.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        data = kwargs["data"].copy()
        data.setdefault("period", str(DEFAULT_PERIOD_DAYS))
        data.setdefault("show", ALL_QUERIES)
        kwargs["data"] = data
        kwargs["queryset"] = SearchQueryLog.objects.all()
        return kwargs

    def get(self, request, *args, **kwargs):
        # Searches are buffered off the request (see query_log): write them before reading the log.
        flush_search_log()
        return super().get(request, *args, **kwargs)

    def selected(self, name, default):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or default
        return default

    def get_queryset(self):
        """Log rows of the period (and language), summed per query and language, then ordered."""
        since = timezone.localdate() - timedelta(days=int(self.selected("period", DEFAULT_PERIOD_DAYS)) - 1)
        rows = self.filter_queryset(SearchQueryLog.objects.filter(date__gte=since))
        summed = rows.values("query", "language").annotate(
            times_searched=Sum("searches"), times_without_results=Sum("zero_result_searches")
        )
        if self.selected("show", ALL_QUERIES) == ZERO_RESULT_QUERIES:
            summed = summed.filter(times_without_results__gt=0)
        ordering = self.ordering if isinstance(self.ordering, str) else self.default_ordering
        return summed.order_by(ordering, "query", "language")

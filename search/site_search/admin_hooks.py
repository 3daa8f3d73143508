"""Puts the site search's "Search terms" report in the Wagtail admin (imported by search.wagtail_hooks)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .report import REPORT_URL_NAME, SearchTermsReportView, may_view_search_terms

# Wagtail's own report of the same name counts queries for superusers only, without languages or
# zero-result searches; ours replaces it in the menu so editors see one "Search terms".
WAGTAIL_SEARCH_TERMS_MENU_NAME = "search-terms"


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_search_terms(request.user)


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    return [
        path("reports/site-search-terms/", SearchTermsReportView.as_view(), name=REPORT_URL_NAME),
        path(
            "reports/site-search-terms/results/",
            SearchTermsReportView.as_view(results_only=True),
            name=REPORT_URL_NAME + "_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Search terms"), reverse(REPORT_URL_NAME), name="site-search-terms", icon_name="search", order=1300
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != WAGTAIL_SEARCH_TERMS_MENU_NAME]

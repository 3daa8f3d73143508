"""Query logging of the site search and the editors' "Search terms" report."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from accounts.factories import UserFactory
from search.site_search.models import SearchQueryLog

from .site_search_setup import build_searchable_site, database_search_backend_fixture  # noqa: F401 - fixture

REPORT_URL = "/admin/reports/site-search-terms/"


@pytest.fixture
def site(database_search_backend):
    return build_searchable_site()


def log_entry(query, language="en"):
    return SearchQueryLog.objects.get(query=query, language=language, date=timezone.localdate())


def test_each_search_is_logged_per_language_with_its_result_count(client, site):
    client.get("/en/search/", {"q": "  Acacia "})
    client.get("/en/search/", {"q": "acacia"})
    client.get("/fr/search/", {"q": "acacia"})
    client.get("/en/search/", {"q": "zeppelin"})

    english = log_entry("acacia")
    assert (english.searches, english.zero_result_searches, english.last_result_count) == (2, 0, 1)
    assert log_entry("acacia", "fr").searches == 1
    assert (log_entry("zeppelin").searches, log_entry("zeppelin").zero_result_searches) == (1, 1)
    # Wagtail's own log too: its promotions screen suggests popular queries from it.
    assert Query.objects.get(query_string="acacia").hits == 3


def test_empty_queries_paging_and_type_filters_are_not_logged(client, site):
    client.get("/en/search/", {"q": "   "})
    client.get("/en/search/")
    client.get("/en/search/", {"q": "integrity", "type": "course"})
    client.get("/en/search/", {"q": "integrity", "page": 2})
    assert not SearchQueryLog.objects.exists()
    assert not Query.objects.exists()


def test_a_query_is_cleaned_before_it_is_logged_and_one_with_a_control_character_is_refused(client, site):
    refused = client.get("/en/search/", {"q": "aca\x01cia"})
    assert refused.status_code == 400
    assert "invisible control character (U+0001) at position 4" in refused.content.decode()

    client.get("/en/search/", {"q": "\u202eaca\u200bcia"})

    assert list(SearchQueryLog.objects.values_list("query", flat=True)) == ["acacia"]


def open_report(client, user, **params):
    client.force_login(user)
    return client.get(REPORT_URL, params)


def seed_log(query, days_ago, searches, zero_result_searches=0, language="en"):
    SearchQueryLog.objects.create(
        query=query,
        language=language,
        date=timezone.localdate() - timedelta(days=days_ago),
        searches=searches,
        zero_result_searches=zero_result_searches,
    )


@pytest.fixture
def logged_queries(site):
    seed_log("gifts", days_ago=0, searches=5)
    seed_log("gifts", days_ago=3, searches=4)
    seed_log("rotation", days_ago=1, searches=7)
    seed_log("zeppelin", days_ago=2, searches=2, zero_result_searches=2)
    seed_log("cadeaux", days_ago=2, searches=3, language="fr")
    seed_log("old question", days_ago=45, searches=50, zero_result_searches=50)
    return site


def report_rows(response):
    """(query, language, searches, searches without results) as the CSV export lists them."""
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == ["Search terms", "Language", "Searches", "Searches without results"]
    return [tuple(row) for row in rows[1:]]


@pytest.mark.parametrize("person", ["editor", "moderator"])
def test_report_lists_the_most_frequent_queries_of_the_period(client, logged_queries, person):
    response = open_report(client, getattr(logged_queries, person), period=7, export="csv")
    assert response.status_code == 200
    assert report_rows(response) == [
        ("gifts", "English", "9", "0"),
        ("rotation", "English", "7", "0"),
        ("cadeaux", "Français", "3", "0"),
        ("zeppelin", "English", "2", "2"),
    ]


def test_report_lists_zero_result_queries_over_a_longer_period(client, logged_queries):
    response = open_report(client, logged_queries.editor, period=90, show="zero", export="csv")
    assert report_rows(response) == [("old question", "English", "50", "50"), ("zeppelin", "English", "2", "2")]


def test_report_filters_by_language_and_renders_in_the_admin(client, logged_queries):
    response = open_report(client, logged_queries.editor, language="fr")
    html = response.content.decode()
    assert response.status_code == 200
    assert "cadeaux" in html and "gifts" not in html


def test_report_export_keeps_spreadsheets_from_running_a_query_as_a_formula(client, logged_queries):
    seed_log("=HYPERLINK(1)", days_ago=0, searches=1)
    rows = report_rows(open_report(client, logged_queries.editor, period=7, export="csv"))
    assert ("'=HYPERLINK(1)", "English", "1", "0") in rows


def test_report_replaces_wagtails_own_search_terms_in_the_reports_menu(client, logged_queries):
    html = open_report(client, logged_queries.editor).content.decode()
    assert '"name": "site-search-terms", "label": "Search terms"' in html
    superuser = UserFactory(is_staff=True, is_superuser=True)
    html = open_report(client, superuser).content.decode()
    assert '"url": "/admin/reports/site-search-terms/"' in html
    assert '"url": "/admin/searchpicks/reports/search-terms/"' not in html


@pytest.mark.parametrize("person", ["learner", "coordinator"])
def test_report_is_refused_to_learners_and_coordinators(client, logged_queries, person):
    response = open_report(client, getattr(logged_queries, person))
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
    response = open_report(client, getattr(logged_queries, person), export="csv")
    assert response.status_code == 302


def test_report_is_forbidden_to_staff_without_an_editorial_role(client, logged_queries):
    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    response = open_report(client, staff)
    assert response.status_code == 403
    assert "zeppelin" not in response.content.decode()


def test_editors_may_manage_promoted_results(logged_queries):
    assert logged_queries.editor.has_perm("wagtailsearchpromotions.add_searchpromotion")
    assert not logged_queries.coordinator.has_perm("wagtailsearchpromotions.add_searchpromotion")


def test_pruning_forgets_searches_older_than_the_retention_period(logged_queries):
    from django.core.management import CommandError, call_command

    today = timezone.localdate()
    SearchQueryLog.objects.create(query="ancient", language="en", date=today - timedelta(days=401), searches=3)
    SearchQueryLog.objects.create(query="last year", language="en", date=today - timedelta(days=399), searches=1)
    kept_before = SearchQueryLog.objects.exclude(query="ancient").count()
    output = io.StringIO()
    call_command("prune_search_log", stdout=output)
    assert "Deleted 1 search log rows" in output.getvalue()
    assert not SearchQueryLog.objects.filter(query="ancient").exists()
    assert SearchQueryLog.objects.count() == kept_before
    with pytest.raises(CommandError, match="at least 90 days"):
        call_command("prune_search_log", days=30)

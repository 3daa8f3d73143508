"""Cached site search results follow every publish and restriction at once, and stay within each audience."""

import pytest
from wagtail.models import PageViewRestriction

from knowledgebase.factories import PracticePageFactory

from .site_search_setup import build_searchable_site, database_search_backend_fixture  # noqa: F401 - fixture

URL = "/en/search/?q=hydrofoil"


@pytest.fixture
def site(database_search_backend):
    return build_searchable_site()


def titles_found(client):
    response = client.get(URL)
    assert response.status_code == 200
    return sorted(hit.title for hit in response.context["results"].hits)


def test_a_published_practice_is_found_at_once_by_a_search_served_from_the_cache(client, site):
    PracticePageFactory(parent=site.practice_index, title="Hydrofoil patrol")
    assert titles_found(client) == ["Hydrofoil patrol"]
    assert titles_found(client) == ["Hydrofoil patrol"]  # the cached results

    PracticePageFactory(parent=site.practice_index, title="Hydrofoil inspection")
    assert titles_found(client) == ["Hydrofoil inspection", "Hydrofoil patrol"]

    site.practice_index.get_children().get(title="Hydrofoil patrol").specific.unpublish()
    assert titles_found(client) == ["Hydrofoil inspection"]


def test_results_a_coordinator_caused_to_be_cached_are_never_shown_to_a_visitor(client, site):
    PracticePageFactory(parent=site.practice_index, title="Hydrofoil patrol")
    PracticePageFactory(parent=site.practice_index, title="Hydrofoil inquiry", coordinators_only=True)
    client.force_login(site.coordinator)
    assert titles_found(client) == ["Hydrofoil inquiry", "Hydrofoil patrol"]
    client.logout()
    assert titles_found(client) == ["Hydrofoil patrol"]
    client.force_login(site.learner)
    assert titles_found(client) == ["Hydrofoil patrol"]


def test_a_page_restricted_after_its_search_was_cached_disappears_at_once(client, site):
    practice = PracticePageFactory(parent=site.practice_index, title="Hydrofoil patrol")
    assert titles_found(client) == ["Hydrofoil patrol"]
    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)
    assert titles_found(client) == []

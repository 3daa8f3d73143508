"""The real services: PostgreSQL and Elasticsearch 8, no mocks.

They skip unless the services are configured (DATABASE_URL=postgres://...,
ELASTICSEARCH_URL=...); CI's second pass starts both with scripts/services.sh
and sets REQUIRE_ALL_SERVICES=1, so there a skip is a failure.
"""

import uuid

import pytest
from django.conf import settings
from django.db import connection
from wagtail.models import Locale, Page, Site

from home.models import StandardPage


def _page_under_site_root(**fields):
    """A live StandardPage under the default site's root page (or the tree root)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    parent = site.root_page if site else Page.get_first_root_node()
    locale = Locale.objects.get_or_create(language_code="en")[0]
    page = StandardPage(locale=locale, **fields)
    # StandardPage only belongs under home pages in the admin; the tree API
    # itself does not enforce parent_page_types, which is all this test needs.
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_default_database_is_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        (version,) = cursor.fetchone()
    assert "PostgreSQL" in version


@pytest.mark.postgres
@pytest.mark.django_db
def test_wagtail_database_search_backend_works_on_postgresql():
    from wagtail.search.backends import get_search_backend
    from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

    # Named explicitly: when ELASTICSEARCH_URL is also set, "default" is Elasticsearch.
    backend = get_search_backend("wagtail.search.backends.database")
    assert isinstance(backend, PostgresSearchBackend)

    word = f"kleptocracy{uuid.uuid4().hex[:8]}"
    page = _page_under_site_root(title=f"Fighting {word} at the border", slug=f"pg-search-{word}")
    other = _page_under_site_root(title="Customs valuation", slug=f"pg-other-{word}")

    index = backend.get_index_for_model(StandardPage)
    index.add_model(StandardPage)
    backend.add(page)
    backend.add(other)
    index.refresh()

    results = list(backend.search(word, StandardPage.objects.live()))
    assert [result.pk for result in results] == [page.pk]
    assert list(backend.search("valuation", StandardPage)) == [other]


@pytest.fixture
def elasticsearch_backend():
    """The configured backend, writing to index names of its own that are removed afterwards."""
    from wagtail.search.backends import get_search_backend

    prefix = f"integrityhub_services_test_{uuid.uuid4().hex[:8]}_"
    backends = []

    def make(**overrides):
        backend = get_search_backend("default", INDEX_PREFIX=prefix, **overrides)
        backends.append(backend)
        return backend

    yield make
    for backend in backends[:1]:
        # Deleting by wildcard is refused (action.destructive_requires_name), so by name.
        for name in backend.es.indices.get(index=f"{prefix}*", allow_no_indices=True):
            backend.es.indices.delete(index=name)


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_wagtail_is_configured_with_the_elasticsearch_8_backend():
    from wagtail.search.backends import get_search_backend
    from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

    # Wagtail's backend, subclassed to stem per language (search/site_search/backends/).
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.site_search.backends.elasticsearch8"
    backend = get_search_backend()
    assert isinstance(backend, Elasticsearch8SearchBackend)
    info = backend.es.info()
    assert info["version"]["number"].startswith("8.")
    assert info["tagline"] == "You Know, for Search"


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_elasticsearch_indexes_a_page_and_finds_it(elasticsearch_backend):
    backend = elasticsearch_backend()
    word = f"kleptocracy{uuid.uuid4().hex[:8]}"
    page = _page_under_site_root(title=f"Fighting {word} at the border", slug=f"es-search-{word}")
    other = _page_under_site_root(title="Customs valuation", slug=f"es-other-{word}")

    # What `update_index` does for one model: (re)create the index with
    # Wagtail's analysis settings, put the mapping, add documents, refresh.
    index = backend.get_index_for_model(StandardPage)
    index.reset()
    index.add_model(StandardPage)
    backend.add(page)
    backend.add(other)
    index.refresh()

    assert [result.pk for result in backend.search(word, StandardPage.objects.live())] == [page.pk]
    # Autocomplete goes through the edge-ngram analyser Wagtail defines on the index.
    assert page.pk in [result.pk for result in backend.autocomplete(word[:9], StandardPage)]


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_elasticsearch_finds_a_page_by_a_stemmed_word(elasticsearch_backend):
    # Wagtail's mapping analyses text with the standard analyser, which does
    # not stem; an index whose default analyser is a language analyser does.
    backend = elasticsearch_backend(
        INDEX_SETTINGS={"settings": {"analysis": {"analyzer": {"default": {"type": "english"}}}}}
    )
    suffix = uuid.uuid4().hex[:8]
    page = _page_under_site_root(
        title="Officers declaring gifts and hospitality",
        introduction="How customs officers report offers of hospitality.",
        slug=f"es-stemming-{suffix}",
    )

    index = backend.get_index_for_model(StandardPage)
    index.reset()
    index.add_model(StandardPage)
    backend.add(page)
    index.refresh()

    # "declared" and "gift" share their stems with "declaring" and "gifts".
    found = backend.search("declared gift", StandardPage.objects.live(), operator="and")
    assert [result.pk for result in found] == [page.pk]
    assert list(backend.search("bribery", StandardPage)) == []

"""Fixtures for the site shell's tests."""

import pytest
from django.core.cache import cache

from home.factories import build_site

PAGE_CACHE_MIDDLEWARE = "integrityhub.page_cache.PageCacheMiddleware"


@pytest.fixture
def without_page_cache(settings):
    """The site without the anonymous full-page cache, so a test sees the work the page itself does.

    Without it a visitor's second request would be a whole cached page,
    and neither its queries nor its shell would say anything about the
    shell's own caching.
    """
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != PAGE_CACHE_MIDDLEWARE]


@pytest.fixture
def home(db):
    """The English home of a fresh demo-shaped site, with the cache emptied around the test."""
    cache.clear()
    english_home, _french_home = build_site()
    yield english_home
    cache.clear()

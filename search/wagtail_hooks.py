"""Wagtail hooks of the search app."""

from wagtail.snippets.models import register_snippet

from .admin_concepts import SearchConceptViewSet
from .practice_search_page import practice_search_context  # noqa: F401 - fills the practice index page
from .site_search import admin_hooks  # noqa: F401 - registers the "Search terms" report

register_snippet(SearchConceptViewSet)

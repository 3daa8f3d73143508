"""What the site search tests share: a search backend of choice and a small site to search.

`search_backend` runs a test once on Wagtail's database backend (SQLite or
PostgreSQL, whichever the run uses) and once on Elasticsearch when
ELASTICSEARCH_URL is set. The Elasticsearch index gets its own name prefix
and is created with Wagtail's mapping before any page is saved, exactly as
`update_index` would: documents indexed into an index Elasticsearch created
on its own get a dynamic mapping under which no search finds anything.
"""

from dataclasses import dataclass

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS, LEARNERS
from elearning.factories import LessonPageFactory, build_course
from home.factories import build_site, translate_page
from integrityhub.settings.page_search_index import PAGE_INDEX_SETTINGS
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    make_coordinator,
    make_moderator,
)

DATABASE_BACKEND = {"BACKEND": "search.site_search.backends.database"}


class SearchBackendUnderTest:
    """The backend a test runs on; `refresh()` makes what was just saved searchable."""

    def __init__(self, name):
        self.name = name

    def refresh(self):
        if self.name == "elasticsearch":
            get_search_backend().get_index_for_model(Page).refresh()


def elasticsearch_backend_settings():
    return {
        "BACKEND": "search.site_search.backends.elasticsearch8",
        "URLS": [django_settings.ELASTICSEARCH_URL],
        "INDEX_PREFIX": f"{django_settings.ELASTICSEARCH_INDEX_PREFIX}site_search_",
        "TIMEOUT": 10,
        "OPTIONS": {},
        "INDEX_SETTINGS": PAGE_INDEX_SETTINGS,
    }


def create_page_index(backend):
    """(Re)create the pages index with the mapping of every page model, as `update_index` does.

    A test before may have rebuilt it the way `update_index` does, into a new
    index behind an alias of this name: the indices behind it are deleted
    first (Elasticsearch refuses to delete an index by an alias's name).
    """
    index = backend.get_index_for_model(Page)
    if backend.es.indices.exists_alias(name=index.name):
        for concrete in backend.es.indices.get_alias(name=index.name):
            backend.es.indices.delete(index=concrete, ignore_unavailable=True)
    index.reset()
    for model in get_indexed_models():
        if issubclass(model, Page):
            index.add_model(model)
    return index


@pytest.fixture(
    name="search_backend", params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]
)
def search_backend_fixture(request, settings, db):
    """Each test using it runs once per backend; Elasticsearch only where it answers."""
    cache.clear()  # Wagtail caches site root paths; a previous test's pages must not leak in
    if request.param == "database":
        settings.WAGTAILSEARCH_BACKENDS = {"default": DATABASE_BACKEND}
        yield SearchBackendUnderTest("database")
        return
    settings.WAGTAILSEARCH_BACKENDS = {"default": elasticsearch_backend_settings()}
    index = create_page_index(get_search_backend())
    yield SearchBackendUnderTest("elasticsearch")
    index.backend.es.indices.delete(index=index.name, ignore_unavailable=True)
    cache.clear()


@dataclass
class SearchableSite:
    """One page of each searchable type, each with a word of its own in its body, and the people who search."""

    english_home: Page
    french_home: Page
    course: Page
    lesson: Page
    guide_section: Page
    practice: Page
    practice_index: Page
    french_practice: Page
    coordinators_only_practice: Page
    draft_practice: Page
    learner: object
    coordinator: object
    moderator: object
    editor: object


def rich_text(html):
    return [{"type": "rich_text", "value": html}]


def build_searchable_site():
    """Pages share the word "integrity"; "tamarind", "mangrove", "baobab" and "acacia" are in one body each."""
    english_home, french_home = build_site()
    course_tree = build_course(
        lesson_count=0,
        with_assessment=False,
        home=english_home,
        title="Gifts and hospitality",
        introduction="Integrity when offered gifts.",
        overview=rich_text("<p>Why a tamarind basket from a broker is still a gift.</p>"),
    )
    lesson = LessonPageFactory(
        parent=course_tree.course,
        title="Declaring a gift",
        introduction="Integrity in practice.",
        body=rich_text("<p>Record the mangrove honey you were offered in the gift register.</p>"),
    )
    guide = GuidePageFactory(parent=english_home, slug="guide")
    chapter = GuideChapterPageFactory(parent=guide, title="Code of conduct", introduction="Rules of conduct.")
    guide_section = GuideSectionPageFactory(
        parent=chapter,
        title="Conflicts of interest",
        introduction="Integrity and private interests.",
        body=rich_text("<p>An officer who owns a baobab plantation declares it.</p>"),
    )
    practice_index = PracticeIndexPageFactory(parent=english_home, slug="practices")
    practice = PracticePageFactory(
        parent=practice_index,
        title="Gift register at the port",
        summary="Integrity gains from a public gift register.",
        problem="<p>Brokers left acacia wood carvings for officers.</p>",
    )
    french_index = PracticeIndexPageFactory(parent=french_home, slug="pratiques")
    french_practice = PracticePageFactory(
        parent=french_index,
        title="Registre des cadeaux",
        language="fr",
        summary="Intégrité et cadeaux.",
        problem="<p>Des sculptures en acacia laissées aux agents.</p>",
    )
    coordinators_only_practice = PracticePageFactory(
        parent=practice_index,
        title="Confidential gift inquiry",
        summary="Integrity inquiry, shared among coordinators.",
        problem="<p>An acacia carving traced to a broker under investigation.</p>",
        coordinators_only=True,
    )
    draft_practice = PracticePageFactory(
        parent=practice_index,
        title="Unpublished gift study",
        live=False,
        summary="Integrity draft.",
        problem="<p>Acacia carvings, not yet reviewed.</p>",
    )
    return SearchableSite(
        english_home=english_home,
        french_home=french_home,
        course=course_tree.course,
        lesson=lesson,
        guide_section=guide_section,
        practice=practice,
        practice_index=practice_index,
        french_practice=french_practice,
        coordinators_only_practice=coordinators_only_practice,
        draft_practice=draft_practice,
        learner=add_to_role(UserFactory(), LEARNERS),
        coordinator=make_coordinator(),
        moderator=make_moderator(),
        editor=add_to_role(UserFactory(is_staff=True), EDITORS),
    )


def translate(page, **fields):
    return translate_page(page, "fr", **fields)


@pytest.fixture(name="database_search_backend")
def database_search_backend_fixture(settings, db):
    """For tests about what surrounds the search (logging, reports, input): the database backend only."""
    cache.clear()
    settings.WAGTAILSEARCH_BACKENDS = {"default": DATABASE_BACKEND}
    return SearchBackendUnderTest("database")

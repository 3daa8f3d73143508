"""A small exchange for the search page and API tests: a practice index, practices, a coordinator.

Test modules take these with `from tests.search.page_fixtures import *`;
tests/search/conftest.py belongs to the engine tests.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from accounts.factories import PartnerAdministrationFactory, RegionFactory
from home.factories import build_site
from knowledgebase.factories import PracticeIndexPageFactory, PracticePageFactory, make_coordinator

__all__ = [
    "SECRET_TITLE",
    "coordinator",
    "fresh_cache",
    "index_practices",
    "practice_index",
    "sample_practices",
]

SECRET_TITLE = "Integrity testing of officers at the airport"


@pytest.fixture
def fresh_cache():
    """Wagtail caches site root paths; pages of an earlier test must not leak in."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def practice_index(db, fresh_cache):
    english_home, _french_home = build_site()
    return PracticeIndexPageFactory(parent=english_home, slug="practices")


@pytest.fixture
def coordinator(db):
    return make_coordinator(email="ingrid@customs.example", first_name="Ingrid")


def index_practices():
    """Bring every search engine in step with the practices the test created, as the rebuild command does.

    On the site, indexing runs when a transaction commits; a test's
    transaction never commits, so tests that read the search call this.
    """
    call_command("rebuild_practice_index", verbosity=0)


@pytest.fixture
def sample_practices(practice_index):
    """Four public practices in two regions and two languages, and one for coordinators only; indexed."""
    practices = add_sample_practices(practice_index)
    index_practices()
    return practices


def add_sample_practices(practice_index):
    """The practices of `sample_practices`, not yet indexed."""
    europe = PartnerAdministrationFactory(name="Dutch Customs", region=RegionFactory(code="EUR"))
    africa = PartnerAdministrationFactory(name="Ghana Revenue Authority", region=RegionFactory(code="WCA"))

    def practice(**fields):
        """A practice told by its title and summary alone, so each word is found only where a test put it."""
        narrative = {"problem": "", "actions": "", "results": "", "lessons_learned": ""}
        return PracticePageFactory(parent=practice_index, **narrative, **fields)

    return {
        "rotation": practice(
            title="Rotation of officers between border posts",
            summary="Officers rotate every two years so that no one stays long enough to build collusion.",
            administration=europe,
            year=2019,
            key_factors=[8],
            tags=["staff rotation"],
        ),
        "payment": practice(
            title="Electronic payment of duties",
            summary="Traders pay duties online, so cash no longer changes hands at the counter.",
            administration=africa,
            year=2021,
            key_factors=[4, 3],
            tags=["e-payment"],
        ),
        "declarations": practice(
            title="Asset declarations checked every year",
            summary="Officers declare their assets and an integrity unit checks them.",
            administration=africa,
            year=2021,
            key_factors=[6],
            tags=["asset declaration"],
        ),
        "french": practice(
            title="Télépaiement des droits de douane",
            summary="Les opérateurs paient les droits en ligne.",
            language="fr",
            administration=africa,
            year=2021,
            key_factors=[4],
            tags=["e-payment"],
        ),
        "secret": practice(
            title=SECRET_TITLE,
            summary="Test bribes offered to officers by an integrity unit.",
            administration=europe,
            year=2022,
            key_factors=[6],
            tags=["integrity testing"],
            coordinators_only=True,
        ),
    }

"""A site with a practice exchange and the people who use it, built from factories."""

import pytest
from django.core.cache import cache

from accounts.factories import UserFactory
from home.factories import build_site
from knowledgebase.factories import PracticeIndexPageFactory, PracticePageFactory, make_coordinator, make_moderator
from knowledgebase.models import PracticePage
from knowledgebase.moderation import submit_for_moderation


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; pages of an earlier test must not leak in."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    english_home, _french_home = build_site()
    return english_home


@pytest.fixture
def practice_index(home):
    return PracticeIndexPageFactory(parent=home, slug="practices")


@pytest.fixture
def coordinator(db):
    return make_coordinator(email="ingrid@customs.example", first_name="Ingrid")


@pytest.fixture
def other_coordinator(db):
    return make_coordinator(email="kofi@customs.example", first_name="Kofi")


@pytest.fixture
def moderator(db):
    return make_moderator(email="claire@secretariat.example", first_name="Claire")


@pytest.fixture
def visitor(db):
    return UserFactory(email="learner@customs.example")


def submitted_draft(practice_index, author, title, visibility):
    """A never-published practice by `author`, submitted for moderation, read back fresh."""
    practice = PracticePageFactory(
        parent=practice_index, owner=author, live=False, first_published_at=None, title=title, visibility=visibility
    )
    practice.save_revision(user=author)
    submit_for_moderation(practice, author)
    return PracticePage.objects.get(pk=practice.pk)

"""Cached practice search results follow every change to the index at once, and stay within each audience.

Run against each engine (`engine`): both cache their results in the shared cache.
"""

import pytest

from knowledgebase.factories import PracticePageFactory
from search.practices.contract import PracticeQuery

SEARCHED = PracticeQuery(text="hydrofoil")


@pytest.fixture
def titles_found(engine):
    def titles(user, query=SEARCHED):
        return sorted(hit.title for hit in engine.search(query, user).hits)

    return titles


def test_a_published_or_unpublished_practice_changes_the_cached_results_at_once(
    practice_index, indexing, anonymous, titles_found
):
    with indexing():
        patrol = PracticePageFactory(parent=practice_index, title="Hydrofoil patrol")
    assert titles_found(anonymous) == ["Hydrofoil patrol"]
    assert titles_found(anonymous) == ["Hydrofoil patrol"]  # the cached results

    with indexing():
        PracticePageFactory(parent=practice_index, title="Hydrofoil inspection")
    assert titles_found(anonymous) == ["Hydrofoil inspection", "Hydrofoil patrol"]

    with indexing():
        patrol.unpublish()
    assert titles_found(anonymous) == ["Hydrofoil inspection"]


def test_a_practice_indexed_after_its_publish_is_found_although_the_results_were_cached_in_between(
    practice_index, anonymous, engine, titles_found
):
    """The index is refreshed after the commit (a task): results cached in between must not outlive it."""
    PracticePageFactory(parent=practice_index, title="Hydrofoil patrol")
    assert titles_found(anonymous) == []  # published, not indexed yet: these results are cached
    engine.refresh_practice(practice_index.get_children().get(title="Hydrofoil patrol").pk)
    assert titles_found(anonymous) == ["Hydrofoil patrol"]


def test_results_cached_for_a_coordinator_are_never_given_to_a_visitor_or_a_learner(
    practice_index, indexing, anonymous, learner, coordinator, titles_found
):
    with indexing():
        PracticePageFactory(parent=practice_index, title="Hydrofoil patrol")
        PracticePageFactory(parent=practice_index, title="Hydrofoil inquiry", coordinators_only=True)
    assert titles_found(coordinator) == ["Hydrofoil inquiry", "Hydrofoil patrol"]
    assert titles_found(anonymous) == ["Hydrofoil patrol"]
    assert titles_found(learner) == ["Hydrofoil patrol"]


def test_the_first_practice_of_a_new_audience_reaches_a_coordinator_whose_audiences_were_cached(
    practice_index, indexing, coordinator, learner, titles_found
):
    """The database engine keeps the registered audiences under the index's token: a new one renews both."""
    with indexing():
        PracticePageFactory(parent=practice_index, title="Hydrofoil patrol")
    assert titles_found(coordinator) == ["Hydrofoil patrol"]  # no restricted audience registered yet, and cached
    with indexing():
        PracticePageFactory(parent=practice_index, title="Hydrofoil inquiry", coordinators_only=True)
    assert titles_found(coordinator) == ["Hydrofoil inquiry", "Hydrofoil patrol"]
    assert titles_found(coordinator, PracticeQuery()) == titles_found(coordinator)
    assert titles_found(learner) == ["Hydrofoil patrol"]


def test_results_carry_the_key_they_are_cached_under_which_a_new_practice_or_another_audience_changes(
    practice_index, indexing, anonymous, coordinator, engine
):
    """The listing's fragment is keyed by `cache_key`: it must change whenever the results may."""
    with indexing():
        PracticePageFactory(parent=practice_index, title="Hydrofoil patrol")
        PracticePageFactory(parent=practice_index, title="Hydrofoil inquiry", coordinators_only=True)
    first = engine.search(SEARCHED, anonymous)
    assert first.cache_key
    assert engine.search(SEARCHED, anonymous).cache_key == first.cache_key  # read back from the cache
    assert engine.search(PracticeQuery(text="hydrofoil patrol"), anonymous).cache_key != first.cache_key
    assert engine.search(SEARCHED, coordinator).cache_key != first.cache_key
    with indexing():
        PracticePageFactory(parent=practice_index, title="Hydrofoil inspection")
    assert engine.search(SEARCHED, anonymous).cache_key != first.cache_key

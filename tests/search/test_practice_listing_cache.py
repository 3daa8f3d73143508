"""The empty search's cached total and facet counts follow every change to the index, for each reader."""

from knowledgebase.factories import PracticePageFactory
from search.practices import database
from search.practices.contract import KEY_FACTOR, PracticeQuery
from search.practices.database import generation


def listing(user):
    results = database.search(PracticeQuery(), user)
    return results.total, {value.value: value.count for value in results.facets[KEY_FACTOR]}


def test_the_listing_counts_follow_publishing_unpublishing_and_restrictions(
    practice_index, indexing, anonymous, coordinator
):
    with indexing():
        first = PracticePageFactory(parent=practice_index, key_factors=[4])
    assert listing(anonymous) == (1, {"4": 1})
    assert listing(anonymous) == (1, {"4": 1})  # served again, unchanged

    with indexing():
        PracticePageFactory(parent=practice_index, key_factors=[4, 6])
    assert listing(anonymous) == (2, {"4": 2, "6": 1})

    with indexing():
        PracticePageFactory(parent=practice_index, key_factors=[6], coordinators_only=True)
    assert listing(anonymous) == (2, {"4": 2, "6": 1})
    assert listing(coordinator) == (3, {"4": 2, "6": 2})

    with indexing():
        first.unpublish()
    assert listing(anonymous) == (1, {"4": 1, "6": 1})
    assert listing(coordinator) == (2, {"4": 1, "6": 2})


def test_a_deleted_practice_leaves_the_listing_counts(practice_index, indexing, anonymous):
    with indexing():
        kept = PracticePageFactory(parent=practice_index, key_factors=[2])
        deleted = PracticePageFactory(parent=practice_index, key_factors=[3])
    assert listing(anonymous) == (2, {"2": 1, "3": 1})
    with indexing():
        deleted.delete()
    assert listing(anonymous) == (1, {"2": 1})
    assert [hit.page_id for hit in database.search(PracticeQuery(), anonymous).hits] == [kept.pk]


def test_the_generation_counts_the_documents_the_ranking_weighs_words_against(practice_index, indexing, anonymous):
    with indexing():
        practices = PracticePageFactory.create_batch(3, parent=practice_index)
    before = generation.current()
    assert before.document_count == 3
    with indexing():
        practices[0].delete()
    after = generation.current()
    assert after.document_count == 2
    assert after.token != before.token
    assert after.concepts_token == before.concepts_token  # a publish or a deletion leaves the concepts as they are

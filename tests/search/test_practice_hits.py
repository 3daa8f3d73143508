"""What a hit of the database engine says about its practice, beyond the contract's shared tests."""

from knowledgebase.factories import PracticePageFactory
from search.practices import database
from search.practices.contract import PracticeQuery


def test_hits_say_which_practices_are_not_public(practice_index, indexing, coordinator):
    with indexing():
        public = PracticePageFactory(parent=practice_index)
        restricted = PracticePageFactory(parent=practice_index, coordinators_only=True)
    hits = {hit.page_id: hit.restricted for hit in database.search(PracticeQuery(), coordinator).hits}
    assert hits == {public.pk: False, restricted.pk: True}

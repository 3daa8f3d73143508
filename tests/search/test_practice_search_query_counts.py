"""The database engine's cost in SQL queries does not grow with the number of practices."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.factories import PartnerAdministrationFactory, RegionFactory
from knowledgebase.factories import PracticePageFactory
from search.practices import database
from search.practices.contract import PracticeQuery

QUERIES = [
    PracticeQuery(),
    PracticeQuery(text="rotating officers"),
    PracticeQuery(text="rotaton", key_factors=(8, 4), regions=("EUR",), tags=("staff-rotation",)),
    PracticeQuery(text="staff rotation", sort="date", page=2, page_size=5),
]


def queries_for_each(user):
    counts = []
    for query in QUERIES:
        database.search(query, user)  # warm per-process caches (site root paths)
        with CaptureQueriesContext(connection) as captured:
            database.search(query, user)
        counts.append(len(captured.captured_queries))
    with CaptureQueriesContext(connection) as captured:
        database.complete("rot", user)
    counts.append(len(captured.captured_queries))
    return counts


@pytest.mark.parametrize("who", ["anonymous", "coordinator"])
def test_query_counts_stay_flat_as_practices_multiply(practice_index, indexing, request, who):
    user = request.getfixturevalue(who)
    europe = PartnerAdministrationFactory(region=RegionFactory(code="EUR"))
    practices = {"parent": practice_index, "administration": europe, "tags": ["staff rotation"], "key_factors": [8, 4]}
    with indexing():
        PracticePageFactory.create_batch(6, **practices)
        PracticePageFactory(parent=practice_index, coordinators_only=True)
    few = queries_for_each(user)
    with indexing():
        PracticePageFactory.create_batch(40, **practices)
        PracticePageFactory.create_batch(5, parent=practice_index, coordinators_only=True)
        PracticePageFactory.create_batch(5, parent=practice_index, live=False)
    many = queries_for_each(user)
    assert many == few
    # 16, plus on PostgreSQL the two that steer the text match to the GIN index (`fulltext.through_the_index`).
    assert max(few) <= 18

"""Elasticsearch re-ranks the best matches only: the pages past them must go on without gaps or repeats."""

import pytest

from search.practices import elastic
from search.practices.contract import PracticeQuery
from search.practices.elastic import querying


@pytest.mark.elasticsearch
def test_every_match_shows_once_across_the_re_ranked_pages_and_those_past_them(
    practice_index, indexing, anonymous, monkeypatch
):
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        practices = [
            PracticePageFactory(
                parent=practice_index,
                title=f"Staff rotation plan {number}",
                summary="Officers rotate between border posts" + " every year" * number,
            )
            for number in range(9)
        ]
    elastic.rebuild()
    # A window of 5 with pages of 2 re-ranks the first two pages (4 hits), not half of the third.
    monkeypatch.setattr(querying, "FEEDBACK_WINDOW", 5)
    assert querying.re_ranked_window(PracticeQuery(page_size=2)) == 4

    seen = []
    for page in range(1, 6):
        results = elastic.search(PracticeQuery(text="staff rotation", page=page, page_size=2), anonymous)
        seen += [hit.page_id for hit in results.hits]

    assert sorted(seen) == sorted(practice.pk for practice in practices)

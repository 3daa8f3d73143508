"""Paging through a relevance search, past the re-ranked candidates, shows every match once."""

from knowledgebase.factories import PracticePageFactory
from search.practices import database
from search.practices.contract import PracticeQuery
from search.practices.database import engine


def test_pages_past_the_candidates_show_every_match_once(practice_index, indexing, anonymous, monkeypatch):
    # Few candidates, so that the pages after them come from the index's order.
    monkeypatch.setattr(engine, "CANDIDATES", 3)
    with indexing():
        covering = PracticePageFactory.create_batch(
            4, parent=practice_index, title="Border posts", summary="Staff rotation every three years."
        )
        partial = PracticePageFactory.create_batch(
            5, parent=practice_index, title="Rotation of officers", summary="Rotation plans, rotation calendars."
        )
    shown = []
    for page in range(1, 6):
        results = database.search(PracticeQuery(text="staff rotation", page=page, page_size=2), anonymous)
        shown += [hit.page_id for hit in results.hits]
    assert results.total == 9
    assert sorted(shown) == sorted(practice.pk for practice in covering + partial)

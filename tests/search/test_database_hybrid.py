"""The database engine's hybrid search (PRACTICE_SEARCH_HYBRID): keyword matches fused with the nearest practices.

Real database (SQLite, or PostgreSQL with DATABASE_URL) and the real
embedding model. The queries share no word with the practice they should
find, so only the vectors can find it; a practice a reader may not see
must never come back from the vector side either.
"""

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from knowledgebase.factories import PracticePageFactory
from search.models import PracticeSearchDocument, PracticeSearchVectors
from search.practices import database, embeddings
from search.practices.contract import PracticeQuery

from .hybrid_queries import PARAPHRASES, RESTRICTED_PARAPHRASE, ROTATION_PARAPHRASE

pytestmark = pytest.mark.django_db

VECTOR_BYTES = embeddings.DIMENSIONS * 4


@pytest.fixture
def hybrid(settings, exchange):
    settings.PRACTICE_SEARCH_HYBRID = True
    database.rebuild()
    return exchange


def found(user, text, language="en", **filters):
    with translation.override(language):
        results = database.search(PracticeQuery(text=text, **filters), user)
    return [hit.title for hit in results.hits], results.total


def test_coordinators_only_practices_never_come_from_the_vectors_for_others(hybrid, anonymous, learner, coordinator):
    restricted = hybrid["restricted"].title
    assert found(coordinator, RESTRICTED_PARAPHRASE)[0][0] == restricted
    for reader in (anonymous, learner):
        titles, total = found(reader, RESTRICTED_PARAPHRASE)
        assert titles  # the vectors still find public practices...
        assert restricted not in titles  # ...but never the hidden one
        assert total == len(titles)


def test_filters_apply_to_the_vector_matches(hybrid, anonymous):
    assert found(anonymous, ROTATION_PARAPHRASE, "es")[0][0] == hybrid["rotation"].title
    titles, total = found(anonymous, ROTATION_PARAPHRASE, "es", regions=("WCA",))
    assert hybrid["rotation"].title not in titles  # rotation is in Europe
    assert total == len(titles)


def test_pages_of_the_fused_ranking_follow_each_other(hybrid, anonymous):
    with translation.override("es"):
        whole = database.search(PracticeQuery(text=ROTATION_PARAPHRASE), anonymous)
        pages = [
            database.search(PracticeQuery(text=ROTATION_PARAPHRASE, page=page, page_size=2), anonymous)
            for page in (1, 2)
        ]
    assert [hit.page_id for page in pages for hit in page.hits] == [hit.page_id for hit in whole.hits][:4]


def test_the_rebuild_embeds_every_practice_title_summary_and_passages(hybrid):
    rows = {row.pk: row for row in PracticeSearchVectors.objects.all()}
    assert set(rows) == set(PracticeSearchDocument.objects.values_list("pk", flat=True))
    for row in rows.values():
        assert len(bytes(row.headline)) == VECTOR_BYTES
        # Each narrative of the fixture is four sentences: two passages, each with its vector.
        assert len(bytes(row.passages)) == 2 * VECTOR_BYTES
    cashless = np.frombuffer(bytes(rows[hybrid["cashless"].pk].headline), dtype="<f4")
    expected = embeddings.embed(["Cashless duties at land frontier stations. " + hybrid["cashless"].summary, ""])[0]
    assert hybrid["cashless"].title == "Cashless duties at land frontier stations"
    assert float(cashless @ np.asarray(expected, dtype="<f4")) > 0.999


def test_publishing_writes_the_vectors_and_unpublishing_removes_them(hybrid, indexing):
    practice = hybrid["cashless"]
    with indexing():
        practice.title = "Duties paid without cash at land frontier stations"
        practice.save_revision().publish()
    assert PracticeSearchVectors.objects.filter(pk=practice.pk).count() == 1
    with indexing():
        practice.unpublish()
    assert not PracticeSearchVectors.objects.filter(pk=practice.pk).exists()


def test_with_hybrid_off_no_vector_is_written_and_a_rebuild_with_it_on_fills_them(settings, exchange, anonymous):
    assert not PracticeSearchVectors.objects.exists()  # the fixture indexed with hybrid off (test settings)
    settings.PRACTICE_SEARCH_HYBRID = True
    # Until the rebuild, a search finds what the words find (no practice has vectors yet).
    assert found(anonymous, "cashless")[0] == [exchange["cashless"].title]
    database.rebuild()
    assert PracticeSearchVectors.objects.count() == PracticeSearchDocument.objects.count()
    assert found(anonymous, PARAPHRASES["en"][0])[0][0] == exchange["cashless"].title


def test_a_search_after_a_publish_reads_only_the_new_vectors(hybrid, anonymous, indexing, practice_index):
    found(anonymous, PARAPHRASES["en"][0])  # the process now holds every practice's vectors
    with indexing():
        scanners = PracticePageFactory(
            parent=practice_index,
            title="Container scanners at the seaport",
            summary="X-ray images of every container are read by two analysts.",
            problem="<p>Containers left the port unchecked.</p>",
            actions="<p>Every container now passes the scanner.</p>",
            results="<p>Seizures rose.</p>",
            lessons_learned="<p>Train the analysts well.</p>",
        )
    with CaptureQueriesContext(connection) as queries:
        titles, _total = found(anonymous, "cargo seen from the inside at the harbour")
    assert titles[0] == scanners.title
    (read,) = [query["sql"] for query in queries.captured_queries if '"passages"' in query["sql"]]
    assert " IN (" in read and str(scanners.pk) in read  # that practice's row alone


def test_hybrid_query_counts_stay_flat_as_practices_multiply(settings, practice_index, indexing, anonymous):
    settings.PRACTICE_SEARCH_HYBRID = True
    queries = [PracticeQuery(text="rotating officers"), PracticeQuery(text="rotation plan", page=2, page_size=2)]

    def counts():
        """Each query's SQL count: first after the index changed (the vectors brought up to date), then again."""
        measured = []
        for _time in ("after the change", "again"):
            for query in queries:
                with CaptureQueriesContext(connection) as captured:
                    database.search(query, anonymous)
                measured.append(len(captured.captured_queries))
        return measured

    with indexing():
        PracticePageFactory(parent=practice_index)
    database.search(PracticeQuery(text="rotation"), anonymous)  # reads the concepts: once, until they change
    with indexing():
        PracticePageFactory.create_batch(2, parent=practice_index)
    few = counts()
    with indexing():
        PracticePageFactory.create_batch(12, parent=practice_index)
        PracticePageFactory.create_batch(3, parent=practice_index, coordinators_only=True)
    assert counts() == few

"""PostgreSQL: the narrow match rows (`search/0013`) follow the search documents in every change."""

import pytest
from django.db import connection

from knowledgebase.factories import PracticePageFactory
from knowledgebase.models import Visibility
from knowledgebase.practice_privacy import apply_practice_visibility
from search.models import PracticeSearchDocument
from search.practices import database
from search.practices.contract import PracticeQuery

pytestmark = pytest.mark.postgres

FOLLOWED_COLUMNS = (
    "audience",
    "has_translations",
    "locale",
    "translation_key",
    "published_at",
    "year",
    "region",
    "language",
    "administration_slug",
    "key_factors",
    "tag_slugs",
)
VECTOR_OF_THE_DOCUMENT = (
    "setweight(to_tsvector('simple', document.title_terms), 'A') || "
    "setweight(to_tsvector('simple', document.tag_terms || ' ' || document.administration_terms), 'B') || "
    "setweight(to_tsvector('simple', document.summary_terms), 'C') || "
    "setweight(to_tsvector('simple', document.body_terms), 'D')"
)


def differences():
    """Page ids whose match row is missing, left over, or differs from its document."""
    differs = " OR ".join(f"match.{column} IS DISTINCT FROM document.{column}" for column in FOLLOWED_COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(document.page_id, match.page_id) FROM search_practicesearchdocument AS document "  # noqa: S608 - constants
            "FULL JOIN search_practicesearchmatch AS match ON match.page_id = document.page_id "
            f"WHERE document.page_id IS NULL OR match.page_id IS NULL OR {differs} "
            f"OR match.search_vector IS DISTINCT FROM ({VECTOR_OF_THE_DOCUMENT})"
        )
        return [page_id for (page_id,) in cursor.fetchall()]


def match_rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_practicesearchmatch")
        return cursor.fetchone()[0]


def test_match_rows_follow_publishing_editing_restricting_and_unpublishing(practice_index, indexing, anonymous):
    with indexing():
        kept = PracticePageFactory(parent=practice_index, title="Rotation of officers", tags=["cctv"])
        edited = PracticePageFactory(parent=practice_index, title="Asset declarations")
        restricted = PracticePageFactory(parent=practice_index, title="Integrity hotline")
        unpublished = PracticePageFactory(parent=practice_index, title="Rotation at the airport")
    assert match_rows() == 4
    assert differences() == []

    with indexing():
        edited.title = "Whistleblower protection"
        edited.save_revision().publish()
        restricted.visibility = Visibility.COORDINATORS
        restricted.save_revision().publish()
        apply_practice_visibility(restricted)
        unpublished.unpublish()
    assert match_rows() == 3
    assert differences() == []
    assert [hit.page_id for hit in database.search(PracticeQuery(text="whistleblower"), anonymous).hits] == [edited.pk]
    # Every practice's summary speaks of rotating officers: the restricted and the unpublished one are not found.
    found = {hit.page_id for hit in database.search(PracticeQuery(text="rotation"), anonymous).hits}
    assert found == {kept.pk, edited.pk}


def test_an_update_of_the_documents_reaches_the_match_rows_with_or_without_new_terms(practice_index, indexing):
    with indexing():
        practice = PracticePageFactory(parent=practice_index)
    documents = PracticeSearchDocument.objects.filter(pk=practice.pk)
    documents.update(audience="groups:7", has_translations=True)
    assert differences() == []
    documents.update(body_terms="kickback kickback")
    assert differences() == []


def test_a_rebuild_and_an_emptied_table_leave_no_match_row_behind(practice_index, indexing):
    with indexing():
        PracticePageFactory.create_batch(3, parent=practice_index)
    database.rebuild()
    assert match_rows() == 3
    assert differences() == []
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the foreign keys' deferred checks, done before a truncate
        cursor.execute("TRUNCATE search_practicesearchdocument CASCADE")  # as a test database's flush does
    assert match_rows() == 0


def test_the_match_rows_keep_their_vector_out_of_the_row(practice_index, indexing):
    # About 150 different words each: a vector of about 2 kB, too small for PostgreSQL to move it out of
    # a row on its own. In the row, it would make each version of a match row that large.
    body = " ".join(f"<p>Officers checked container number {number} at gate {number * 7}.</p>" for number in range(40))
    with indexing():
        PracticePageFactory.create_batch(24, parent=practice_index, problem=body)
    assert match_rows() == 24
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(DISTINCT (ctid::text::point)[0]) FROM search_practicesearchmatch")
        # A few hundred bytes a row version, vectors in TOAST: a page or two, where 24 vectors in the rows take six.
        assert cursor.fetchone()[0] <= 3

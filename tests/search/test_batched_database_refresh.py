"""The database engine refreshed a batch at a time (`refresh_practices`, what an import uses) writes the same rows
as refreshing each practice on its own (`refresh_practice`, what a publish uses)."""

import pytest
from django.db import connection

from home.factories import translate_page
from knowledgebase.factories import PracticePageFactory
from knowledgebase.models import PracticePage
from search.models import PracticeSearchDocument, PracticeSearchFacetValue, PracticeSearchTerm, PracticeSearchWord
from search.practices import database
from search.practices.database import fulltext, generation

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(practice_index):
    made = [
        PracticePageFactory(parent=practice_index, title=f"Staff rotation at border post {number}", year=2015 + number)
        for number in range(4)
    ]
    # A French version of the first, so has_translations is set on both versions.
    made.append(translate_page(made[0], "fr", title="Rotation du personnel"))
    return made


def engine_rows():
    """Everything the engine wrote, in a form two runs can be compared by (ids of rows left out)."""
    rows = {
        "documents": sorted(
            PracticeSearchDocument.objects.values_list(
                "page_id", "audience", "translation_key", "has_translations", "title_terms", "body_terms", "year"
            )
        ),
        "facets": sorted(PracticeSearchFacetValue.objects.values_list("document_id", "facet", "value", "label")),
        "terms": sorted(PracticeSearchTerm.objects.values_list("term", "document_count")),
        "words": sorted(PracticeSearchWord.objects.values_list("word", "stem")),
        "document_count": generation.current()[1],
    }
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid, title, body FROM {fulltext.FTS_TABLE} ORDER BY rowid")  # noqa: S608  # nosec B608
            rows["fulltext"] = cursor.fetchall()
    return rows


def emptied_engine():
    database.rebuild()
    PracticeSearchDocument.objects.all().delete()
    PracticeSearchTerm.objects.all().delete()
    PracticeSearchWord.objects.all().delete()
    fulltext.delete_all()
    generation.documents_changed()


def test_a_batch_writes_what_one_by_one_writes(practices):
    page_ids = [practice.pk for practice in practices]

    emptied_engine()
    for page_id in page_ids:
        database.refresh_practice(page_id)
    one_by_one = engine_rows()

    emptied_engine()
    database.refresh_practices(page_ids)
    batched = engine_rows()

    assert batched == one_by_one
    assert len(batched["documents"]) == len(practices)
    assert [row[3] for row in batched["documents"]].count(True) == 2  # the two versions of one practice


def test_a_batch_removes_what_is_no_longer_live_and_updates_what_changed(practices):
    database.refresh_practices([practice.pk for practice in practices])
    unpublished, edited = practices[0], practices[2]
    unpublished.unpublish()
    edited.title = "Asset declarations"
    edited.save_revision().publish()

    database.refresh_practices([unpublished.pk, edited.pk])

    documents = dict(PracticeSearchDocument.objects.values_list("page_id", "title"))
    assert unpublished.pk not in documents
    assert documents[edited.pk] == "Asset declarations"
    # The French version of the unpublished practice is now the only one.
    assert not PracticeSearchDocument.objects.get(pk=practices[-1].pk).has_translations
    assert generation.current()[1] == PracticePage.objects.live().count() == len(practices) - 1

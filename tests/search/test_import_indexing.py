"""`import_practices` indexes once, at the end: each practice once, Elasticsearch in one task and bulk request.

The tasks run at once (the test settings), so what a task did is in the
engines when the command returns; which tasks were queued is read from
django-tasks' own `task_enqueued` signal.
"""

from collections import Counter

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django_tasks.signals import task_enqueued
from wagtail.models import ReferenceIndex

from knowledgebase.models import PracticePage
from search.practices import database, elastic
from search.practices.contract import PracticeQuery
from tests.knowledgebase.test_import_export import import_file, record, write_lines

pytestmark = pytest.mark.django_db

RECORDS = 3


@pytest.fixture
def queued():
    """Counter of (task name, first argument) of every task queued while the test runs."""
    counts = Counter()

    def count(sender, task_result, **kwargs):
        first = task_result.args[0] if task_result.args else None
        counts[(task_result.task.name, first if not isinstance(first, list) else tuple(first))] += 1

    task_enqueued.connect(count, weak=False, dispatch_uid="test_import_indexing")
    yield counts
    task_enqueued.disconnect(dispatch_uid="test_import_indexing")


@pytest.fixture
def practices_file(tmp_path):
    records = [record(f"bulk-{number}", title=f"Bulk practice {number}") for number in range(RECORDS)]
    return write_lines(tmp_path, records)


@pytest.fixture
def imported(practices_file, django_capture_on_commit_callbacks):
    """Imports the file; the refresh queued for the import's commit runs, as it would after a real commit."""
    with django_capture_on_commit_callbacks(execute=True):
        return import_file(practices_file)


def test_the_command_says_when_it_indexes(imported):
    _stdout, stderr = imported
    assert f"Indexing {RECORDS} practice(s) for search" in stderr


def imported_ids():
    return sorted(PracticePage.objects.filter(external_id__startswith="bulk-").values_list("pk", flat=True))


def test_the_database_engine_finds_every_imported_practice(imported):

    found = database.search(PracticeQuery(text="Bulk practice"), AnonymousUser())
    assert {hit.page_id for hit in found.hits} >= set(imported_ids())
    assert len(imported_ids()) == RECORDS


@pytest.mark.elasticsearch
def test_elasticsearch_gets_the_whole_import_in_one_task(practices_file, queued, django_capture_on_commit_callbacks):
    elastic.rebuild()
    with django_capture_on_commit_callbacks(execute=True):
        import_file(practices_file)

    practice_tasks = {name: count for (name, _argument), count in queued.items() if "elasticsearch" in name}
    assert practice_tasks == {"refresh_practices_in_elasticsearch": 1}
    assert queued[("refresh_practices_in_elasticsearch", tuple(imported_ids()))] == 1
    found = elastic.search(PracticeQuery(text="Bulk practice"), AnonymousUser())
    assert {hit.page_id for hit in found.hits} >= set(imported_ids())


def test_wagtail_indexes_each_imported_practice_once(queued, imported):

    for page_id in imported_ids():
        assert ReferenceIndex.get_references_for_object(PracticePage.objects.get(pk=page_id)).exists()
    reference_updates = sum(count for (name, _app), count in queued.items() if name == "update_reference_index_task")
    page_search_updates = sum(count for (name, _app), count in queued.items() if name == "insert_or_update_object_task")
    # One per practice and per other object saved (administrations, the index page), not one per save.
    assert reference_updates <= RECORDS + 3
    assert page_search_updates <= RECORDS + 3


def test_saves_after_an_import_are_indexed_as_they_happen_again(queued, imported):
    queued.clear()
    practice = PracticePage.objects.get(pk=imported_ids()[0])

    practice.save_revision().publish()

    assert any(name == "insert_or_update_object_task" for name, _app in queued)
    assert any(name == "update_reference_index_task" for name, _app in queued)


def test_an_import_of_only_bad_lines_indexes_nothing(tmp_path, queued):
    path = write_lines(tmp_path, ["not json"])
    with pytest.raises(Exception, match="not imported"):
        call_command("import_practices", str(path), verbosity=0)
    assert not [name for name, _argument in queued if "practice" in name]

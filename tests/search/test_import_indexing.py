"""`import_practices` never waits on search indexing, and the index still ends up complete.

Once the import has committed (and said so), its practices are handed to
`search.tasks.index_practices`, a chunk a task, which fills the database
engine, Wagtail's page search and Elasticsearch in bulk. The test settings
run tasks at once (the immediate backend); with the production settings'
database backend the command returns with the tasks queued and a worker
(`db_worker`) indexes them. Which tasks were queued is read from
django-tasks' own `task_enqueued` signal.

An engine failing while the tasks run leaves the import committed, says
what failed and what repairs it, and `rebuild_practice_index` then brings
the practices in.
"""

import logging
from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_enqueued, task_finished
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex

from knowledgebase.models import PracticePage
from knowledgebase.practice_records import PracticeImporter, normalised
from search import bulk_indexing
from search.models import PracticeSearchDocument
from search.practices import database, elastic
from search.practices.contract import PracticeQuery
from tests.knowledgebase.test_bulk_publishing import page_search_indexes  # noqa: F401 - the fixture
from tests.knowledgebase.test_import_export import record, write_lines
from tests.search.conftest import engine  # noqa: F401 - the fixture, run against each engine
from tests.search.test_elastic_fallback import closed_port

pytestmark = pytest.mark.django_db

RECORDS = 3
INDEXING_TASK = "index_practices"


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
def finished():
    """{task name: [status, ...]} of every task that finished while the test runs."""
    statuses = {}

    def note(sender, task_result, **kwargs):
        statuses.setdefault(task_result.task.name, []).append(task_result.status)

    task_finished.connect(note, weak=False, dispatch_uid="test_import_indexing_finished")
    yield statuses
    task_finished.disconnect(dispatch_uid="test_import_indexing_finished")


@pytest.fixture
def practices_file(tmp_path):
    records = [record(f"bulk-{number}", title=f"Bulk practice {number}") for number in range(RECORDS)]
    return write_lines(tmp_path, records)


def run_import(path):
    """(stdout, stderr) of the command, with what its commit queues run, as after a real commit."""
    stdout, stderr = StringIO(), StringIO()
    call_command("import_practices", str(path), stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def imported(practices_file, django_capture_on_commit_callbacks):
    """Imports the file; the indexing queued at the import's commit runs, as it would after a real commit."""
    stdout, stderr = StringIO(), StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_practices", str(practices_file), stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def imported_ids():
    return sorted(PracticePage.objects.filter(external_id__startswith="bulk-").values_list("pk", flat=True))


def found_by(engine, text="Bulk practice"):  # noqa: F811 - an engine module, as the fixture gives
    return {hit.page_id for hit in engine.search(PracticeQuery(text=text), AnonymousUser()).hits}


def test_the_import_is_committed_and_reported_before_any_indexing_is_queued(
    practices_file, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as at_commit:
        stdout, _stderr = run_import(practices_file)

    assert f"{RECORDS} created" in stdout
    assert len(imported_ids()) == RECORDS
    assert not [name for name, _argument in queued if name == INDEXING_TASK]
    assert not PracticeSearchDocument.objects.filter(pk__in=imported_ids()).exists()
    assert at_commit  # what the commit then does: queue the indexing


def test_the_command_shows_the_indexing_progress_after_its_summary(imported):
    stdout, stderr = imported
    assert f"{RECORDS} created" in stdout
    assert f"Search indexing: {RECORDS} / {RECORDS} practices indexed (" in stderr


def test_each_chunk_is_a_task_of_its_own(tmp_path, monkeypatch, queued, django_capture_on_commit_callbacks):
    monkeypatch.setattr(bulk_indexing, "INDEXING_CHUNK", 2)
    path = write_lines(tmp_path, [record(f"bulk-{number}", title=f"Bulk practice {number}") for number in range(5)])
    stderr = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_practices", str(path), stdout=StringIO(), stderr=stderr)

    ids = imported_ids()
    chunks = [tuple(ids[0:2]), tuple(ids[2:4]), tuple(ids[4:5])]
    tasks = {argument: count for (name, argument), count in queued.items() if name == INDEXING_TASK}
    assert tasks == dict.fromkeys(chunks, 1)
    lines = [line.split(" (")[0] for line in stderr.getvalue().splitlines() if line.startswith("Search indexing")]
    assert lines == [f"Search indexing: {done} / 5 practices indexed" for done in (2, 4, 5)]


def test_both_practice_engines_find_every_imported_practice_once_the_tasks_have_run(
    engine,  # noqa: F811 - the fixture imported above
    imported,
):
    assert len(imported_ids()) == RECORDS
    assert found_by(engine) >= set(imported_ids())


def page_search_finds(text, refresh):
    """Page ids Wagtail's page search finds for `text` among live practices (`refresh`: `page_search_indexes`)."""
    refresh()
    return {page.pk for page in PracticePage.objects.live().search(text)}


def test_wagtail_search_and_references_hold_every_imported_practice_once_the_tasks_have_run(
    page_search_indexes,  # noqa: F811 - the fixture imported above
    queued,
    imported,
):
    for page_id in imported_ids():
        assert ReferenceIndex.get_references_for_object(PracticePage.objects.get(pk=page_id)).exists()
    assert page_search_finds("Bulk practice", page_search_indexes) >= set(imported_ids())
    reference_updates = sum(count for (name, _app), count in queued.items() if name == "update_reference_index_task")
    page_search_updates = sum(count for (name, _app), count in queued.items() if name == "insert_or_update_object_task")
    # New practices' references are written with them; Wagtail's own tasks only for the other objects saved.
    assert reference_updates <= 3
    assert page_search_updates <= 3


@pytest.mark.elasticsearch
def test_elasticsearch_gets_the_whole_import_in_one_task_per_chunk(
    practices_file, queued, django_capture_on_commit_callbacks
):
    elastic.rebuild()
    with django_capture_on_commit_callbacks(execute=True):
        run_import(practices_file)

    assert {argument for (name, argument) in queued if name == INDEXING_TASK} == {tuple(imported_ids())}
    assert not [name for name, _argument in queued if name.startswith("refresh_practice")]
    assert found_by(elastic) >= set(imported_ids())


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


def test_an_import_that_fails_part_way_queues_no_indexing(practice_index, queued, django_capture_on_commit_callbacks):
    records = [
        (1, normalised(record("bulk-1"))),
        (2, normalised(record("bulk-2", region="MARS"))),  # passed no validation: the region is unknown
    ]
    commit = django_capture_on_commit_callbacks(execute=True)
    with commit, pytest.raises(KeyError), bulk_indexing.indexing_deferred():
        PracticeImporter().run(records)

    assert not PracticePage.objects.filter(external_id__startswith="bulk-").exists()
    assert not [name for name, _argument in queued if name in (INDEXING_TASK, "add_to_page_search_index")]


# ---------------------------------------------------------------- the production task backend


@pytest.fixture
def database_task_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "integrityhub.task_backends.DatabaseAfterResponseBackend"}}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the worker closes its connection, as in production
def test_with_the_database_backend_the_command_returns_with_the_indexing_queued_and_a_worker_does_it(
    practices_file,
    database_task_backend,
    page_search_indexes,  # noqa: F811 - the fixture imported above
    settings,
):
    database.rebuild()
    if settings.ELASTICSEARCH_URL:
        elastic.rebuild()  # nothing an earlier test left in the index
    stdout, stderr = run_import(practices_file)

    assert f"{RECORDS} created" in stdout
    assert f"Search indexing: {RECORDS} / {RECORDS} practices queued for the task worker" in stderr
    tasks = DBTaskResult.objects.filter(task_path="search.tasks.index_practices")
    assert [(row.status, row.args_kwargs["args"]) for row in tasks] == [("READY", [imported_ids()])]
    assert not found_by(database)
    # What an operator sees while the worker has not got to it yet.
    report = StringIO()
    with pytest.raises(CommandError, match=f"Drift: database engine {RECORDS} missing"):
        call_command("check_practice_index", stdout=report)
    assert f"queued for the task worker: 1 task(s) waiting ({RECORDS} practices), 0 running" in report.getvalue()

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert list(tasks.values_list("status", flat=True)) == ["SUCCESSFUL"]
    assert found_by(database) == set(imported_ids())
    report = StringIO()
    call_command("check_practice_index", stdout=report)
    assert "queued" not in report.getvalue() and "In step" in report.getvalue()
    assert page_search_finds("Bulk practice", page_search_indexes) >= set(imported_ids())


# ---------------------------------------------------------------- failures while indexing


@pytest.mark.elasticsearch
def test_elasticsearch_down_while_indexing_loses_nothing_and_a_rebuild_brings_it_in(
    practices_file, settings, caplog, django_capture_on_commit_callbacks
):
    elastic.rebuild()
    working_url = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"  # stopped: connections refused
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        stdout, _stderr = run_import(practices_file)

    assert f"{RECORDS} created" in stdout
    assert PracticePage.objects.live().filter(pk__in=imported_ids()).count() == RECORDS  # committed
    assert f"{RECORDS} practices not updated in Elasticsearch" in caplog.text
    assert "check_practice_index will report them" in caplog.text
    assert found_by(database) >= set(imported_ids())  # the other engines went on

    settings.ELASTICSEARCH_URL = working_url
    report = StringIO()
    with pytest.raises(Exception, match="Drift"):
        call_command("check_practice_index", stdout=report)
    assert f"{RECORDS} live practices missing from the index" in report.getvalue()
    assert not found_by(elastic)
    call_command("rebuild_practice_index", verbosity=0)
    assert found_by(elastic) == set(imported_ids())


def test_a_failing_engine_is_logged_with_its_repair_and_the_others_still_index(
    practices_file,
    monkeypatch,
    caplog,
    finished,
    page_search_indexes,  # noqa: F811 - the fixture imported above
    django_capture_on_commit_callbacks,
):
    def refused(page_ids):
        # A fault injected where no real one can be had in a test: the database engine's tables refusing writes.
        raise DatabaseError("the search tables refused the write")

    monkeypatch.setattr(database, "refresh_practices", refused)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        stdout, _stderr = run_import(practices_file)

    ids = imported_ids()
    assert f"{RECORDS} created" in stdout
    assert PracticePage.objects.live().filter(pk__in=ids).count() == RECORDS  # committed
    assert (
        f"{RECORDS} practice(s) (page ids {ids[0]} to {ids[-1]}) not indexed in the database search engine: "
        "run `manage.py rebuild_practice_index` to repair it." in caplog.text
    )
    assert finished[INDEXING_TASK] == [TaskResultStatus.FAILED]
    assert page_search_finds("Bulk practice", page_search_indexes) >= set(ids)  # the next engine was not skipped
    assert not found_by(database)

    report = StringIO()
    with pytest.raises(CommandError, match=f"database engine {RECORDS} missing"):
        call_command("check_practice_index", stdout=report)
    assert f"{RECORDS} database engine: live practices missing: page id(s) {ids[0]}" in report.getvalue()

    monkeypatch.undo()
    call_command("rebuild_practice_index", verbosity=0)
    assert found_by(database) == set(ids)

"""Fixtures for the tests of when a practice is refreshed in the search engines."""

import pytest
from django_tasks.signals import task_enqueued

from knowledgebase.factories import PracticePageFactory

REFRESH_TASK = "refresh_practice_in_elasticsearch"


@pytest.fixture
def refreshes_queued():
    """The page ids of every Elasticsearch refresh queued while the test runs, in order (django-tasks' signal)."""
    page_ids = []

    def note(sender, task_result, **kwargs):
        if task_result.task.name == REFRESH_TASK:
            page_ids.append(task_result.args[0])

    task_enqueued.connect(note, weak=False, dispatch_uid="tests.search.refreshes_queued")
    yield page_ids
    task_enqueued.disconnect(dispatch_uid="tests.search.refreshes_queued")


@pytest.fixture
def practice(practice_index, indexing):
    """A published practice, already in both engines."""
    with indexing():
        return PracticePageFactory(parent=practice_index, title="Staff rotation")

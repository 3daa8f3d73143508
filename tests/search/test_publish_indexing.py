"""A practice is refreshed in the search engines when its live content changes, not when a draft is saved.

Wagtail's admin commits the revision before it publishes it; a refresh on
the revision's bookkeeping (latest revision, draft title) rewrote both
engines once more for every publish, on the editor's time. Which refreshes
were queued is read from django-tasks' `task_enqueued` signal.
"""

import pytest
from django_tasks.signals import task_enqueued

from knowledgebase.factories import PracticePageFactory

pytestmark = pytest.mark.elasticsearch

REFRESH_TASK = "refresh_practice_in_elasticsearch"


@pytest.fixture
def refreshes_queued():
    """The page ids of every Elasticsearch refresh queued while the test runs, in order."""
    page_ids = []

    def note(sender, task_result, **kwargs):
        if task_result.task.name == REFRESH_TASK:
            page_ids.append(task_result.args[0])

    task_enqueued.connect(note, weak=False, dispatch_uid="test_publish_indexing")
    yield page_ids
    task_enqueued.disconnect(dispatch_uid="test_publish_indexing")


@pytest.fixture
def practice(practice_index, indexing):
    with indexing():
        return PracticePageFactory(parent=practice_index, title="Staff rotation")


def test_saving_a_draft_refreshes_nothing(practice, indexing, refreshes_queued):
    practice.title = "Staff rotation, revised draft"
    with indexing():
        practice.save_revision()

    assert refreshes_queued == []


def test_publishing_refreshes_the_practice(practice, indexing, refreshes_queued):
    practice.title = "Staff rotation, revised"
    with indexing():
        practice.save_revision().publish()

    assert refreshes_queued == [practice.pk]

"""A practice is refreshed in the search engines when its live content changes, not when a draft is saved.

Wagtail's admin commits the revision before it publishes it; a refresh on
the revision's bookkeeping (latest revision, draft title) rewrote both
engines once more for every publish, on the editor's time. Which refreshes
were queued is read from django-tasks' `task_enqueued` signal.
"""

import pytest

from tests.search.refresh_fixtures import *  # noqa: F403 - fixtures

pytestmark = pytest.mark.elasticsearch


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

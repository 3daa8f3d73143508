"""Within a request, a practice is refreshed in the search engines once, after the response.

An editor's publish commits several times (form, revision, publication,
then the `page_published` signal); each commit used to refresh the
practice in both engines, inside the response time. The refresh now waits
for Django's `request_finished` (sent when the server closes the response),
runs once per practice, and then retires every cached page, so a reader who
looked at the listing in between is not served that page afterwards.
Outside a request (commands, tasks) nothing changes: the refresh follows
the commit. The signals are sent here as Django's handler sends them.
"""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from home.content_cache import current_generation
from search.practices import database, elastic
from search.practices.contract import PracticeQuery
from tests.search.refresh_fixtures import *  # noqa: F403 - fixtures


def found(engine, text, anonymous):
    return [hit.page_id for hit in engine.search(PracticeQuery(text=text), anonymous).hits]


@pytest.fixture
def in_a_request():
    """`with in_a_request(): ...`: the block runs between `request_started` and `request_finished`.

    Like Django's test client, without closing the test's database connection (its transaction) on either.
    """

    class Request:
        def __enter__(self):
            request_started.send(sender=self.__class__)

        def __exit__(self, *exc_info):
            request_finished.send(sender=self.__class__)

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield Request
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def publish_twice_over(practice, indexing, title):
    """What the admin's publish does: a revision committed, then the publication committed."""
    practice.title = title
    with indexing():
        revision = practice.save_revision()
    with indexing():
        revision.publish()


def test_a_publish_in_a_request_is_found_once_the_response_is_done(
    practice, indexing, in_a_request, refreshes_queued, anonymous
):
    with in_a_request():
        publish_twice_over(practice, indexing, "Polygraph screening")
        assert found(database, "polygraph", anonymous) == []  # not yet: the response is not done
        assert refreshes_queued == []
    assert found(database, "polygraph", anonymous) == [practice.pk]


@pytest.mark.elasticsearch
def test_elasticsearch_gets_one_refresh_per_practice_after_the_response(
    practice, indexing, in_a_request, refreshes_queued, anonymous
):
    with in_a_request():
        publish_twice_over(practice, indexing, "Polygraph screening")
        practice.refresh_from_db()
        publish_twice_over(practice, indexing, "Polygraph screening of recruits")
    assert refreshes_queued == [practice.pk]
    assert found(elastic, "recruits", anonymous) == [practice.pk]


def test_cached_pages_are_retired_after_the_refresh(practice, indexing, in_a_request):
    with in_a_request():
        publish_twice_over(practice, indexing, "Polygraph screening")
        generation_before_the_refresh = current_generation()
    assert current_generation() != generation_before_the_refresh


def test_a_request_that_changes_no_practice_leaves_the_cache_alone(practice, in_a_request):
    generation = current_generation()
    with in_a_request():
        pass
    assert current_generation() == generation


def test_outside_a_request_the_refresh_follows_the_commit(practice, indexing, refreshes_queued, anonymous):
    publish_twice_over(practice, indexing, "Polygraph screening")
    assert found(database, "polygraph", anonymous) == [practice.pk]

"""Twenty copies of one comment form posted at the same instant store one comment.

The requests run through the whole Django stack in twenty threads, each with
its own database connection, against the suite's database: SQLite in the
embedded pass, PostgreSQL when DATABASE_URL points there (CI's second pass).
"""

import threading

import pytest
from django.db import connection
from django.test import Client

from knowledgebase.factories import PracticePageFactory
from knowledgebase.forms import new_submission_token
from knowledgebase.models import PracticeComment

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PARALLEL_POSTS = 20


def post_in_parallel(user, url, data, count):
    """POST `data` to `url` as `user` from `count` threads released at once; return the responses.

    A request that raises leaves its response None (the test client re-raises
    server errors, so a 500 shows up that way).
    """
    clients = [Client() for _ in range(count)]
    for client in clients:
        client.force_login(user)
    barrier = threading.Barrier(count)
    responses = [None] * count

    def post(index):
        barrier.wait()
        try:
            responses[index] = clients[index].post(url, data)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


def test_twenty_simultaneous_posts_of_one_form_store_one_comment(
    practice_index, coordinator, other_coordinator, mailoutbox
):
    practice = PracticePageFactory(parent=practice_index, owner=coordinator)
    form = {"body": "How long are recordings kept?", "submission_token": new_submission_token()}

    responses = post_in_parallel(
        other_coordinator, f"/en/knowledge-base/practices/{practice.pk}/comments/", form, PARALLEL_POSTS
    )

    comment = PracticeComment.objects.get()
    assert [response.status_code for response in responses] == [302] * PARALLEL_POSTS
    assert {response["Location"] for response in responses} == {f"{practice.url}#comment-{comment.pk}"}
    assert len(mailoutbox) == 1

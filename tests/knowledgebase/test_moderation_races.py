"""A moderator's "Approve and Publish" in the admin editor while the author acts on the public site.

Wagtail's edit view checks that the practice has a task the moderator may
act on, saves the form and a revision, then reads the task again to act on
it. A coordinator withdrawing the practice (or resubmitting it) in between
left no task to act on: a 500. Now the moderator's action and the author's
moderation changes take the practice's row lock in turn
(knowledgebase/moderation.py), and an action on a practice no longer
awaiting review is a 409 that says so.

The requests go through the whole Django stack, each thread with its own
database connection: SQLite in the embedded pass, PostgreSQL in CI's second.
"""

import threading

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client
from wagtail.models import TaskState, WorkflowState

from knowledgebase.models import PracticePage, Visibility
from tests.knowledgebase.conftest import submitted_draft

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# How long the moderator's request, stopped halfway, waits for the author's withdrawal to finish.
# With the row lock the withdrawal cannot finish before the moderator's request does: the wait
# runs out and the request goes on. It bounds the test's length, it asserts nothing.
WITHDRAWAL_WAIT_SECONDS = 5


@pytest.fixture
def submitted_practice(practice_index, coordinator):
    return submitted_draft(practice_index, coordinator, "Rotating officers between border posts", Visibility.PUBLIC)


def logged_in_client(user):
    client = Client()
    client.force_login(user)
    return client


def edit_form_data(html, workflow_action):
    """What the browser posts when the moderator picks `workflow_action` in the editor's footer menu."""
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        kind = field.get("type", "")
        unticked = kind in ("checkbox", "radio") and not field.has_attr("checked")
        if not name or unticked or kind in ("submit", "button", "file"):
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find_all("option", selected=True) or field.find_all("option")[:1]
            values = [option.get("value", option.text) for option in chosen]
            data[name] = values if field.has_attr("multiple") else (values[0] if values else "")
        else:
            data[name] = field.get("value", "")
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = workflow_action
    return data


def editor_url(practice):
    return f"/admin/pages/{practice.pk}/edit/"


def author_editor_url(practice):
    return f"/en/knowledge-base/practices/{practice.pk}/edit/"


def withdraw_url(practice):
    return f"/en/knowledge-base/practices/{practice.pk}/withdraw/"


RESUBMISSION = {
    "language": "en",
    "summary": "Officers move between posts every two years.",
    "year": "2022",
    "key_factor_1": "8",
    "problem": "Officers stayed at one post for decades.",
    "actions": "A rotation plan.",
    "results": "Complaints fell from 40 to 19 a quarter.",
    "lessons_learned": "Announce the plan early.",
    "visibility": "public",
    "action": "submit",
}


def send_back(moderator_client, practice):
    html = moderator_client.get(editor_url(practice)).content.decode()
    data = edit_form_data(html, "reject")
    data["workflow-action-extra-data"] = '{"comment": "Please give the figures."}'
    assert moderator_client.post(editor_url(practice), data).status_code == 302


def test_approve_and_publish_after_the_author_resubmitted_publishes_the_new_version(
    submitted_practice, coordinator, moderator
):
    moderator_client = logged_in_client(moderator)
    send_back(moderator_client, submitted_practice)

    coordinator_client = logged_in_client(coordinator)
    resubmission = {**RESUBMISSION, "title": submitted_practice.title}
    response = coordinator_client.post(author_editor_url(submitted_practice), resubmission)
    assert response.status_code == 302

    html = moderator_client.get(editor_url(submitted_practice)).content.decode()
    assert "Approve and Publish" in html
    response = moderator_client.post(editor_url(submitted_practice), edit_form_data(html, "approve"))

    assert response.status_code == 302
    practice = PracticePage.objects.get(pk=submitted_practice.pk)
    assert practice.live
    assert "Complaints fell from 40 to 19 a quarter." in practice.results
    assert practice.current_workflow_state is None


def test_approving_a_practice_its_author_has_withdrawn_is_a_409_that_says_so(
    submitted_practice, coordinator, moderator
):
    moderator_client = logged_in_client(moderator)
    html = moderator_client.get(editor_url(submitted_practice)).content.decode()
    assert logged_in_client(coordinator).post(withdraw_url(submitted_practice)).status_code == 302

    response = moderator_client.post(editor_url(submitted_practice), edit_form_data(html, "approve"))

    assert response.status_code == 409
    assert "is no longer awaiting review" in response.content.decode()
    practice = PracticePage.objects.get(pk=submitted_practice.pk)
    assert not practice.live
    assert practice.current_workflow_state is None
    assert practice.latest_revision.user == coordinator  # the moderator's form was not saved either


def test_approving_while_the_author_withdraws_never_fails(submitted_practice, coordinator, moderator):
    """The author withdraws at the worst moment: after Wagtail checked the task, before it acts on it."""
    moderator_client = logged_in_client(moderator)
    html = moderator_client.get(editor_url(submitted_practice)).content.decode()
    coordinator_client = logged_in_client(coordinator)
    moderator_thread = threading.current_thread()
    moderator_halfway = threading.Event()
    withdrawal_done = threading.Event()
    withdrawal = {}

    def withdraw():
        moderator_halfway.wait()
        try:
            withdrawal["response"] = coordinator_client.post(withdraw_url(submitted_practice))
        finally:
            withdrawal_done.set()
            connection.close()

    def stop_halfway(sender, instance, **kwargs):
        # The editor saves the form between its check of the task and its action on the task.
        if threading.current_thread() is moderator_thread and instance.pk == submitted_practice.pk:
            moderator_halfway.set()
            withdrawal_done.wait(WITHDRAWAL_WAIT_SECONDS)

    author = threading.Thread(target=withdraw)
    author.start()
    post_save.connect(stop_halfway, sender=PracticePage, weak=False, dispatch_uid="stop_halfway")
    try:
        response = moderator_client.post(editor_url(submitted_practice), edit_form_data(html, "approve"))
    finally:
        post_save.disconnect(sender=PracticePage, dispatch_uid="stop_halfway")
        moderator_halfway.set()
        author.join()

    assert withdrawal["response"].status_code == 302
    practice = PracticePage.objects.get(pk=submitted_practice.pk)
    if response.status_code == 302:  # the moderator went first: approved and published
        assert practice.live
        assert not WorkflowState.objects.for_instance(practice).filter(status="cancelled").exists()
    else:  # the author went first: the moderator is told
        assert response.status_code == 409
        assert not practice.live
    assert practice.current_workflow_state is None


def test_two_resubmissions_at_once_send_the_practice_to_moderators_once(submitted_practice, coordinator, moderator):
    """A double click on "Submit for moderation", or two tabs: the second finds it with a moderator already."""
    send_back(logged_in_client(moderator), submitted_practice)
    clients = [logged_in_client(coordinator) for _ in range(2)]
    resubmission = {**RESUBMISSION, "title": submitted_practice.title}
    barrier = threading.Barrier(len(clients))
    responses = [None] * len(clients)

    def resubmit(index):
        barrier.wait()
        try:
            responses[index] = clients[index].post(author_editor_url(submitted_practice), resubmission)
        finally:
            connection.close()

    threads = [threading.Thread(target=resubmit, args=(index,)) for index in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(response.status_code for response in responses) == [302, 409]
    state = PracticePage.objects.get(pk=submitted_practice.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    waiting = TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_IN_PROGRESS)
    assert list(waiting) == [state.current_task_state]

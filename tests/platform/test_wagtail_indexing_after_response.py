"""An editor's publish is answered before Wagtail's reference and page search indexing, which still happens.

Wagtail 8 enqueues a django-tasks task for its reference index and one for
its page search index on every save; a publish saves the page three times.
Within a request the task backends (integrityhub/task_backends.py) hold
them until the response has been written, then enqueue each once: the
immediate backend runs it there, the database backend leaves it to the
worker. "Answered" is when Django's handler returns the response, before
the test client closes it (as a server does once it has written it).
"""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks.signals import task_enqueued
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts.models import User
from home.factories import StandardPageFactory, build_site
from home.models import StandardPage
from integrityhub.task_backends import HELD_UNTIL_RESPONSE_WRITTEN
from tests.search.site_search_setup import search_backend_fixture  # noqa: F401 - fixture: database, Elasticsearch

pytestmark = pytest.mark.django_db

NEW_WORD = "quinquereme"


@pytest.fixture
def pages(search_backend):
    """(a standard page, another page it will link to), both published; the page search index made first."""
    home, _ = build_site()
    return StandardPageFactory(parent=home, title="About us"), StandardPageFactory(parent=home, title="Contact")


@pytest.fixture
def editor(client):
    client.force_login(User.objects.create_superuser(email="editor@example.org", password="a-long-password-123"))


@pytest.fixture
def wagtail_tasks_enqueued():
    """(task path, args) of every Wagtail indexing task enqueued, in order (django-tasks' signal)."""
    enqueued = []

    def note(sender, task_result, **kwargs):
        if task_result.task.module_path in HELD_UNTIL_RESPONSE_WRITTEN:
            enqueued.append((task_result.task.module_path, tuple(task_result.args)))

    task_enqueued.connect(note, weak=False, dispatch_uid="tests.wagtail_tasks_enqueued")
    yield enqueued
    task_enqueued.disconnect(dispatch_uid="tests.wagtail_tasks_enqueued")


@pytest.fixture
def database_task_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "integrityhub.task_backends.DatabaseAfterResponseBackend"}}


def links_to(page):
    """Pages the reference index says refer to `page`."""
    return {int(reference.object_id) for reference in ReferenceIndex.get_references_to(page)}


def found(word, search_backend):
    search_backend.refresh()  # Elasticsearch: what was written becomes searchable
    return [page.pk for page in StandardPage.objects.live().search(word)]


class Observed:
    """What was true when the handler answered: Wagtail tasks enqueued, references, search hits."""

    tasks = links = hits = None


def publish_through_the_admin(client, page, target, tasks_enqueued, search_backend):
    """The editor publishes `page` with a body naming NEW_WORD and linking to `target`; what held at the answer."""
    observed = Observed()
    get_response = client.handler.get_response

    def answer(request):
        response = get_response(request)
        observed.tasks, observed.links = list(tasks_enqueued), links_to(target)
        observed.hits = found(NEW_WORD, search_backend)
        return response

    client.handler.get_response = answer
    body = f'<p>Our {NEW_WORD}: see <a linktype="page" id="{target.pk}">contact</a>.</p>'
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": f"About the {NEW_WORD}.",
            "body": streamfield([("rich_text", rich_text(body))]),
            "action-publish": "action-publish",
        }
    )
    try:
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    finally:
        client.handler.get_response = get_response
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert NEW_WORD in page.introduction  # published
    return observed


def test_the_publish_is_answered_before_wagtail_indexes_and_indexes_once_after(
    client, editor, pages, wagtail_tasks_enqueued, search_backend
):
    page, target = pages
    observed = publish_through_the_admin(client, page, target, wagtail_tasks_enqueued, search_backend)

    assert observed.tasks == []
    assert page.pk not in observed.links
    assert observed.hits == []
    # Once the response is closed: each task once for the page, however often the publish saved it.
    page_tasks = [(path, args) for path, args in wagtail_tasks_enqueued if args[1:] == ("standardpage", str(page.pk))]
    assert sorted(page_tasks) == sorted(
        (path, ("home", "standardpage", str(page.pk))) for path in HELD_UNTIL_RESPONSE_WRITTEN
    )
    assert len(wagtail_tasks_enqueued) == len(set(wagtail_tasks_enqueued))
    assert page.pk in links_to(target)
    assert found(NEW_WORD, search_backend) == [page.pk]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the worker closes its connection, as in production
def test_with_the_database_backend_the_worker_indexes_the_publish(
    client, editor, pages, wagtail_tasks_enqueued, database_task_backend, search_backend
):
    page, target = pages
    observed = publish_through_the_admin(client, page, target, wagtail_tasks_enqueued, search_backend)

    assert observed.tasks == []
    queued = DBTaskResult.objects.filter(task_path__in=HELD_UNTIL_RESPONSE_WRITTEN, status="READY")
    page_rows = [row for row in queued if row.args_kwargs["args"] == ["home", "standardpage", str(page.pk)]]
    assert sorted(row.task_path for row in page_rows) == sorted(HELD_UNTIL_RESPONSE_WRITTEN)
    assert page.pk not in links_to(target)
    assert found(NEW_WORD, search_backend) == []

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert not DBTaskResult.objects.filter(task_path__in=HELD_UNTIL_RESPONSE_WRITTEN).exclude(status="SUCCESSFUL")
    assert page.pk in links_to(target)
    assert found(NEW_WORD, search_backend) == [page.pk]


def test_outside_a_request_wagtail_indexes_at_once(pages, wagtail_tasks_enqueued, search_backend):
    page, target = pages
    page = Page.objects.get(pk=page.pk).specific
    page.body = [("rich_text", RichText(f'<p><a linktype="page" id="{target.pk}">contact</a></p>'))]
    page.introduction = f"About the {NEW_WORD}."
    page.save_revision().publish()

    # Enqueued, and with the immediate backend run, before publish() returned.
    assert (
        "modelsearch.tasks.insert_or_update_object_task",
        ("home", "standardpage", str(page.pk)),
    ) in wagtail_tasks_enqueued
    assert page.pk in links_to(target)
    assert found(NEW_WORD, search_backend) == [page.pk]

"""django-tasks backends that hold Wagtail's indexing tasks of a request until its response has been written.

Wagtail 8 keeps its reference index (`wagtail.tasks.update_reference_index_task`)
and its page search index (`modelsearch.tasks.insert_or_update_object_task`)
up to date with django-tasks: a `post_save` handler enqueues a task for
every save of a tracked object. An editor's publish saves the page three
times (the form, the revision, the publication), so it enqueued six tasks.
With the immediate backend (development, tests, the benchmarks) each ran
there and then, inside the editor's response; with the database backend
(production) each was a row written inside it.

Within a request, these backends only note such a task, once per task and
arguments, and enqueue it when Django sends `request_finished`, i.e. when
the server has written the response and closes it: the immediate backend
then runs it in the same thread before the thread takes its next request,
the database backend writes its row for the worker (`manage.py db_worker`).
The tasks read the object when they run, so the one run after the last
save indexes what the request left, as the last of the six did. Outside a
request (commands, the task worker, the shell) a task is enqueued at once,
as Wagtail does. Other tasks (emails, our search refreshes) are not held:
they may not be repeated-safe, and they have their own timing.
"""

import logging
import threading

from django.core.signals import request_finished, request_started
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id
from django_tasks_db.backend import DatabaseBackend

logger = logging.getLogger(__name__)

# Wagtail's own indexing tasks: each reads the object afresh, so running it once for many saves is enough.
HELD_UNTIL_RESPONSE_WRITTEN = frozenset(
    {
        "wagtail.tasks.update_reference_index_task",
        "modelsearch.tasks.insert_or_update_object_task",
    }
)

_request = threading.local()


def start_holding(**_kwargs):
    """`request_started`: Wagtail's indexing tasks of this request wait for its end."""
    _request.held = {}


def enqueue_held(**_kwargs):
    """`request_finished`: enqueue each held task once, in the order first asked for.

    Runs after the server has written the response, so an error cannot
    reach the editor: it is logged, and the next save of the object or
    `manage.py rebuild_references_index` / `update_index` repairs it.
    """
    held = getattr(_request, "held", None)
    _request.held = None
    for backend, task, args, kwargs in (held or {}).values():
        try:
            backend.enqueue_now(task, args, kwargs)
        except Exception:
            logger.exception("Task %s%r not enqueued after the response.", task.module_path, tuple(args))


def holds(task):
    return task.module_path in HELD_UNTIL_RESPONSE_WRITTEN and getattr(_request, "held", None) is not None


class HeldWithinRequestMixin:
    """`enqueue` notes Wagtail's indexing tasks during a request (see the module docstring)."""

    def enqueue(self, task, args, kwargs):
        if not holds(task):
            return self.enqueue_now(task, args, kwargs)
        self.validate_task(task)
        key = (self.alias, task.module_path, repr(args), repr(sorted(kwargs.items())))
        _request.held.setdefault(key, (self, task, args, kwargs))
        # What the caller gets back: Wagtail's handlers ignore it; the task has not been enqueued yet.
        return TaskResult(
            task=task, id=get_random_id(), status=TaskResultStatus.READY, enqueued_at=None, started_at=None,
            last_attempted_at=None, finished_at=None, args=args, kwargs=kwargs, backend=self.alias, errors=[],
            worker_ids=[],
        )  # fmt: skip

    def enqueue_now(self, task, args, kwargs):
        return super().enqueue(task, args, kwargs)


class ImmediateAfterResponseBackend(HeldWithinRequestMixin, ImmediateBackend):
    """django-tasks' immediate backend; Wagtail's indexing of a request runs after its response."""


class DatabaseAfterResponseBackend(HeldWithinRequestMixin, DatabaseBackend):
    """django-tasks-db's backend (run by `manage.py db_worker`); Wagtail's indexing of a request queued after it."""


request_started.connect(start_holding, dispatch_uid="task_backends_start_holding")
request_finished.connect(enqueue_held, dispatch_uid="task_backends_enqueue_held")

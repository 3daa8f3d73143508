"""Where the search engines disagree with the live practices, and what indexing is queued (`check_practice_index`)."""

from dataclasses import dataclass, field

from django.utils.dateparse import parse_datetime

from knowledgebase.audience import Audiences
from knowledgebase.models import PracticePage
from search.models import PracticeSearchDocument


@dataclass
class Drift:
    indexed: int = 0
    missing: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    orphaned: list[int] = field(default_factory=list)

    def __bool__(self):
        return bool(self.missing or self.stale or self.orphaned)


def find_drift():
    # Imported here: the Elasticsearch client is only loaded where it is configured.
    from .elastic.indexing import indexed_states

    indexed = indexed_states()
    audiences = Audiences.everywhere()
    live = {
        page_id: (revision_id, published_at, audiences.of(path))
        for page_id, revision_id, published_at, path in PracticePage.objects.live().values_list(
            "pk", "live_revision_id", "last_published_at", "path"
        )
    }
    drift = Drift(indexed=len(indexed))
    drift.missing = sorted(set(live) - set(indexed))
    drift.orphaned = sorted(set(indexed) - set(live))
    for page_id in sorted(set(live) & set(indexed)):
        indexed_revision, indexed_published, indexed_audience = indexed[page_id]
        indexed_published = parse_datetime(indexed_published) if indexed_published else None
        # A changed view restriction leaves the revision alone but changes who may read the practice.
        if (indexed_revision, indexed_published, indexed_audience) != live[page_id]:
            drift.stale.append(page_id)
    return drift


def find_database_drift():
    """Live practices the database engine lacks, and documents it holds of pages no longer live.

    Its documents are rewritten whole at each refresh; what an import or an
    outage leaves behind is a missing or left-over document.
    """
    live = set(PracticePage.objects.live().values_list("pk", flat=True))
    indexed = set(PracticeSearchDocument.objects.values_list("pk", flat=True))
    return Drift(indexed=len(indexed), missing=sorted(live - indexed), orphaned=sorted(indexed - live))


@dataclass
class QueuedIndexing:
    """Tasks of `search.tasks.index_practices` the database task backend holds: waiting, running, failed."""

    waiting: int = 0
    waiting_practices: int = 0
    running: int = 0
    failed: int = 0


def queued_indexing():
    """What the task worker still has to index after bulk writes (an import), as django-tasks-db's rows say.

    Empty with another task backend: the immediate one ran every task as it was queued.
    """
    from django_tasks_db.models import DBTaskResult

    queued = QueuedIndexing()
    tasks = DBTaskResult.objects.filter(task_path="search.tasks.index_practices")
    for status, args_kwargs in tasks.filter(status__in=("READY", "RUNNING", "FAILED")).values_list(
        "status", "args_kwargs"
    ):
        if status == "READY":
            queued.waiting += 1
            queued.waiting_practices += len(args_kwargs["args"][0])
        elif status == "RUNNING":
            queued.running += 1
        else:
            queued.failed += 1
    return queued

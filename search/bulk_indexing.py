"""Indexing deferred during a bulk write, such as `import_practices`: handed to background tasks once it commits.

Publishing a page through Wagtail saves it several times (created, its
revision, published), and every save queues Wagtail's reference index
update and its page search index update, and every change of a practice its
refresh in the practice search engines. Within `indexing_deferred()` the
saves are only noted. Once the block's transaction has committed:

- the practices are queued for `search.tasks.index_practices`,
  `INDEXING_CHUNK` a task: each task refreshes the database engine,
  Wagtail's page search and Elasticsearch (embeddings included) for its
  chunk, in bulk. The import does not wait on any of it: with the database
  task backend (production) the worker indexes while the command has
  already returned; with the immediate backend (development, tests) each
  task runs as it is queued, after the import has committed and said so.
  `progress(done, total, indexed)` follows the chunks;
- the other objects saved (administrations, index pages) get Wagtail's page
  search in bulk, and every object saved its reference index update, once
  each (new practices had theirs written with them).

Indexing never undoes the import: a failed chunk is logged with what
repairs it (`rebuild_practice_index`, `update_index`), and
`check_practice_index` lists what the engines lack, so an operator can
follow the worker and see that nothing was lost.

Objects written in bulk without a `post_save` signal (the import's new
practices, `knowledgebase.practice_bulk_publishing`) are named with
`page_search_index_deferred_for`: added to the block's indexing, or,
outside a block, indexed in bulk once the current transaction commits.

Wagtail's page search signal is disconnected for the block, which affects
the whole process: meant for a management command, not a request.
"""

import logging
import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index as page_search_index
from modelsearch.signal_handlers import post_save_signal_handler as page_search_on_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from knowledgebase.models import PracticePage

from .practices.indexing import practice_refreshes_gathered
from .tasks import add_to_page_search_index, index_practices

logger = logging.getLogger(__name__)

PAGE_SEARCH_BATCH = 500
# Practices a task indexes: small enough that a worker's progress shows and a failure costs little,
# large enough that each engine's bulk write (and the encoder's batches) stays efficient.
INDEXING_CHUNK = 250

_deferred = threading.local()


@contextmanager
def indexing_deferred(progress=None):
    """Within the block, note what is saved; once it has ended without an error and committed, queue its indexing.

    `progress(done, total, indexed)` is called after each chunk of
    practices is handed to the task backend (`indexed`: it ran at once).
    """
    saved = {}
    in_bulk = {}

    def note(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None:
            saved[(instance._meta.app_label, instance._meta.model_name, str(instance.pk))] = type(instance)

    paused = [model for model in page_search_index.get_indexed_models() if _disconnect_page_search(model)]
    post_save.connect(note, weak=False, dispatch_uid="search_bulk_indexing_note")
    _deferred.in_bulk = in_bulk
    try:
        with disable_reference_index_auto_update(), practice_refreshes_gathered() as practice_ids:
            yield
    finally:
        del _deferred.in_bulk
        post_save.disconnect(dispatch_uid="search_bulk_indexing_note")
        for model in paused:
            post_save.connect(page_search_on_save, sender=model)
    references = []
    for (app_label, model_name, pk), model in saved.items():
        if ReferenceIndex.is_indexed(model):
            references.append((app_label, model_name, pk))
        if model in paused:
            in_bulk.setdefault(model, set()).add(pk)
    practice_ids = practice_ids | {int(pk) for pk in in_bulk.pop(PracticePage, ())}

    def queue_indexing():
        queue_practice_indexing(practice_ids, progress)
        for model, pks in in_bulk.items():
            _index_in_bulk(model, pks)
        for arguments in references:
            update_reference_index_task.enqueue(*arguments)

    transaction.on_commit(queue_indexing, robust=True)


def queue_practice_indexing(page_ids, progress=None):
    """Queue `index_practices` for `page_ids`, a chunk a task; a chunk that cannot be queued is logged, not raised."""
    page_ids = sorted(page_ids)
    for start in range(0, len(page_ids), INDEXING_CHUNK):
        chunk = page_ids[start : start + INDEXING_CHUNK]
        try:
            result = index_practices.enqueue(chunk)
        except Exception:
            logger.exception(
                "%d practice(s) (page ids %s to %s) not queued for search indexing: "
                "run `manage.py rebuild_practice_index` and `manage.py update_index`.",
                len(chunk),
                chunk[0],
                chunk[-1],
            )
            continue
        if progress:
            progress(start + len(chunk), len(page_ids), result.is_finished)


def page_search_index_deferred_for(model, pks):
    """Objects of `model` written without `post_save` (bulk inserts): into Wagtail's page search index, in bulk.

    Within `indexing_deferred()` they go with the block's own bulk
    indexing; otherwise once the current transaction commits.
    """
    in_bulk = getattr(_deferred, "in_bulk", None)
    if in_bulk is not None:
        in_bulk.setdefault(model, set()).update(str(pk) for pk in pks)
        return
    pks = [str(pk) for pk in pks]
    transaction.on_commit(lambda: _index_in_bulk(model, pks), robust=True)


def _index_in_bulk(model, pks):
    pks = sorted(pks, key=lambda pk: (len(pk), pk))
    app_label, model_name = model._meta.app_label, model._meta.model_name
    for start in range(0, len(pks), PAGE_SEARCH_BATCH):
        add_to_page_search_index.enqueue(app_label, model_name, pks[start : start + PAGE_SEARCH_BATCH])


def _disconnect_page_search(model):
    """Whether Wagtail's page search was connected to `model`'s saves (it is then disconnected)."""
    return post_save.disconnect(page_search_on_save, sender=model)

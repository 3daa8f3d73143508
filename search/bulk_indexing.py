"""Indexing deferred during a bulk write, such as `import_practices`: each saved object indexed once, at the end.

Publishing a page through Wagtail saves it several times (created, its
revision, published), and every save queues Wagtail's reference index
update and its page search index update, and every change of a practice its
refresh in the practice search engines; with tasks run at once (the
development settings) each is done there and then, inside the import's
transaction, for each save. Profiling the import of the shared corpus put
two thirds of its time there. Within `indexing_deferred()` the saves are
only noted; when the block ends the reference index is brought up to date
once per object saved, Wagtail's page search index gets the objects of each
model in bulk (one task, one bulk request to Elasticsearch per
`PAGE_SEARCH_BATCH` objects, instead of one request per object), and the
practices are refreshed in the practice engines together.

Objects written in bulk without a `post_save` signal (the import's new
practices, `knowledgebase.practice_bulk_publishing`) are named with
`page_search_index_deferred_for`: added to the block's bulk indexing, or,
outside a block, indexed in bulk once the current transaction commits.

Wagtail's page search signal is disconnected for the block, which affects
the whole process: meant for a management command, not a request.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index as page_search_index
from modelsearch.signal_handlers import post_save_signal_handler as page_search_on_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from .practices.indexing import practice_refreshes_batched
from .tasks import add_to_page_search_index

PAGE_SEARCH_BATCH = 500

_deferred = threading.local()


@contextmanager
def indexing_deferred():
    """Within the block, note what is saved; index each object once when it ends without an error."""
    saved = {}
    in_bulk = {}

    def note(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None:
            saved[(instance._meta.app_label, instance._meta.model_name, str(instance.pk))] = type(instance)

    paused = [model for model in page_search_index.get_indexed_models() if _disconnect_page_search(model)]
    post_save.connect(note, weak=False, dispatch_uid="search_bulk_indexing_note")
    _deferred.in_bulk = in_bulk
    try:
        with disable_reference_index_auto_update(), practice_refreshes_batched():
            yield
    finally:
        del _deferred.in_bulk
        post_save.disconnect(dispatch_uid="search_bulk_indexing_note")
        for model in paused:
            post_save.connect(page_search_on_save, sender=model)
    for (app_label, model_name, pk), model in saved.items():
        if ReferenceIndex.is_indexed(model):
            update_reference_index_task.enqueue(app_label, model_name, pk)
        if model in paused:
            in_bulk.setdefault(model, set()).add(pk)
    for model, pks in in_bulk.items():
        _index_in_bulk(model, pks)


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

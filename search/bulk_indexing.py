"""Indexing deferred during a bulk write, such as `import_practices`: each saved object indexed once, at the end.

Publishing a page through Wagtail saves it several times (created, its
revision, published), and every save queues Wagtail's reference index
update and its page search index update, and every change of a practice its
refresh in the practice search engines; with tasks run at once (the
development settings) each is done there and then, inside the import's
transaction, for each save. Profiling the import of the shared corpus put
two thirds of its time there. Within `indexing_deferred()` the saves are
only noted; when the block ends the reference index and the page search
index are brought up to date once per object saved, through the same tasks
as the signals use, and the practices are refreshed in the practice
engines together (one bulk request to Elasticsearch).

Wagtail's page search signal is disconnected for the block, which affects
the whole process: meant for a management command, not a request.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index as page_search_index
from modelsearch.signal_handlers import post_save_signal_handler as page_search_on_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from .practices.indexing import practice_refreshes_batched


@contextmanager
def indexing_deferred():
    """Within the block, note what is saved; index each object once when it ends without an error."""
    saved = {}

    def note(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None:
            saved[(instance._meta.app_label, instance._meta.model_name, str(instance.pk))] = type(instance)

    paused = [model for model in page_search_index.get_indexed_models() if _disconnect_page_search(model)]
    post_save.connect(note, weak=False, dispatch_uid="search_bulk_indexing_note")
    try:
        with disable_reference_index_auto_update(), practice_refreshes_batched():
            yield
    finally:
        post_save.disconnect(dispatch_uid="search_bulk_indexing_note")
        for model in paused:
            post_save.connect(page_search_on_save, sender=model)
    for (app_label, model_name, pk), model in saved.items():
        if ReferenceIndex.is_indexed(model):
            update_reference_index_task.enqueue(app_label, model_name, pk)
        if model in paused:
            insert_or_update_object_task.enqueue(app_label, model_name, pk)


def _disconnect_page_search(model):
    """Whether Wagtail's page search was connected to `model`'s saves (it is then disconnected)."""
    return post_save.disconnect(page_search_on_save, sender=model)

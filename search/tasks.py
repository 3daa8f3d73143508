"""Background work of search: keeping Elasticsearch's copy of a practice in step, and reindexing after concept changes.

Queued once the transaction that changed the practice commits, so a
moderator's "publish" never waits on Elasticsearch (with the django-tasks
database worker in production) and a failed write there is logged by the
engine and reported by `check_practice_index`, never raised.
"""

import logging

from django.conf import settings
from django_tasks import task

from .practices.service import ELASTICSEARCH_FAILURES

logger = logging.getLogger(__name__)


@task()
def refresh_practice_in_elasticsearch(page_id):
    if not settings.ELASTICSEARCH_URL:
        return
    # Imported here: the Elasticsearch client is only loaded where it is configured.
    from .practices.elastic import refresh_practice

    refresh_practice(page_id)


@task()
def refresh_practices_in_elasticsearch(page_ids):
    """`refresh_practice_in_elasticsearch` for many practices at once (a bulk write such as an import)."""
    if not settings.ELASTICSEARCH_URL:
        return
    from .practices.elastic.indexing import refresh_practices

    refresh_practices(page_ids)


@task()
def add_to_page_search_index(app_label, model_name, pks):
    """Wagtail's page search index (`modelsearch`) for many objects of one model: one bulk write per backend."""
    from django.apps import apps

    add_in_bulk_to_page_search(apps.get_model(app_label, model_name), pks)


def add_in_bulk_to_page_search(model, pks):
    """What `insert_or_update_object` does for one object, for many: only objects the model indexes,
    errors of a backend that catches them logged, not raised."""
    from modelsearch.backends import get_search_backends_with_name
    from modelsearch.index import get_indexed_instance

    by_class = {}
    for found in model.get_indexed_objects().filter(pk__in=pks):
        indexed = get_indexed_instance(found, check_exists=False)  # the specific page, as for one object
        if indexed is not None:
            by_class.setdefault(type(indexed), []).append(indexed)
    for backend_name, backend in get_search_backends_with_name(with_auto_update=True):
        for indexed_model, objects in by_class.items():
            try:
                backend.add_bulk(indexed_model, objects)
            except Exception:
                logger.exception(
                    "Exception raised while adding %d %s into the '%s' search backend",
                    len(objects),
                    indexed_model._meta.label,
                    backend_name,
                )
                if not backend.catch_indexing_errors:
                    raise


class PracticesNotIndexed(Exception):
    """An engine failed to index practices of a bulk write: logged with its repair; the task is marked failed."""


@task()
def index_practices(page_ids):
    """Bring practices written in bulk (an import) into every search: the database engine, Wagtail's page
    search and Elasticsearch (with their embeddings), a bulk write each.

    Queued by `search.bulk_indexing` once the import has committed, a
    chunk of practices a task, so the import never waits on it and a
    worker's progress shows chunk by chunk. An engine that fails does not
    stop the others: the failure is logged with the command that repairs
    it, and the task then fails (the database task backend keeps it as
    failed). The import itself stays committed.
    """
    from home.content_cache import bump_content_generation
    from knowledgebase.models import PracticePage

    from .practices import database

    described = f"{len(page_ids)} practice(s) (page ids {min(page_ids)} to {max(page_ids)})" if page_ids else ""
    steps = [
        ("the database search engine", database.refresh_practices, "manage.py rebuild_practice_index"),
        (
            "Wagtail's page search",
            lambda ids: add_in_bulk_to_page_search(PracticePage, ids),
            "manage.py update_index",
        ),
    ]
    if settings.ELASTICSEARCH_URL:
        from .practices.elastic.indexing import refresh_practices

        # Logs, never raises, when Elasticsearch fails: check_practice_index then reports the practices.
        steps.append(("Elasticsearch", refresh_practices, "manage.py rebuild_practice_index"))
    failed = []
    for engine, index, repair in steps:
        try:
            index(page_ids)
        except Exception:
            logger.exception("%s not indexed in %s: run `%s` to repair it.", described, engine, repair)
            failed.append(engine)
    # Pages cached while the practices were not yet searchable (the anonymous listing) are not served again.
    bump_content_generation()
    if failed:
        raise PracticesNotIndexed(f"{described} not indexed in {', '.join(failed)}")
    logger.info("Indexed %s for search.", described)


@task()
def reindex_practices_for_concepts():
    """Rebuild both engines after a change to the concept vocabulary (`search.concepts_reindex`).

    Practices carry the concepts found in them when indexed, so the whole
    index is rebuilt (each engine keeps answering from its old copy until
    its new one is complete); queries switch to the new vocabulary after it.
    """
    from .practices import database
    from .vocabulary import concepts_changed

    # The rebuild reads the concepts afresh (this process's lexicon is dropped), then every process does.
    concepts_changed()
    database.rebuild()
    if settings.ELASTICSEARCH_URL:
        from .practices import elastic

        try:
            elastic.rebuild()
        except ELASTICSEARCH_FAILURES as error:
            logger.warning("Elasticsearch not rebuilt after a concept change (%s): run rebuild_practice_index.", error)
    concepts_changed()

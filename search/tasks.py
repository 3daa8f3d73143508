"""Background work of search: keeping Elasticsearch's copy of a practice in step.

Queued once the transaction that changed the practice commits, so a
moderator's "publish" never waits on Elasticsearch (with the django-tasks
database worker in production) and a failed write there is logged by the
engine and reported by `check_practice_index`, never raised.
"""

from django.conf import settings
from django_tasks import task


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

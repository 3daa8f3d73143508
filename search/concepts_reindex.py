"""A change to the concept vocabulary reaches the index: every practice is reindexed in the background.

Which concepts a practice carries is decided when it is indexed
(`search.practices.text.concepts`), so adding a term, or an acronym, to a
concept changes what the stored practices hold: both engines are rebuilt
(`search.tasks.reindex_practices_for_concepts`), once per transaction
however many concepts it changed, after it commits (not at all if it
rolls back). Queries read the new vocabulary once the rebuild is done
(`search.vocabulary.concepts_changed`), so a query and the documents it
is matched against agree on the concepts. The admin says so when an editor
saves a concept (`search.admin_concepts`).
"""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save

_pending = threading.local()


def reindex_after_concept_change():
    """Queue the reindex once the current transaction commits (now, outside one)."""
    _pending.reindex = True
    # One callback per call: the first to run after the commit queues the task, the others find
    # nothing pending. A rolled-back transaction's change stays pending and goes with the next commit.
    transaction.on_commit(queue_if_pending, robust=True)


def queue_if_pending():
    if not getattr(_pending, "reindex", False):
        return
    _pending.reindex = False
    from .tasks import reindex_practices_for_concepts

    reindex_practices_for_concepts.enqueue()


def concept_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        reindex_after_concept_change()


def register_signal_handlers():
    from .models import SearchConcept

    post_save.connect(concept_changed, sender=SearchConcept, dispatch_uid="search_concept_saved")
    post_delete.connect(concept_changed, sender=SearchConcept, dispatch_uid="search_concept_deleted")

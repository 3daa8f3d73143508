"""Keeping every configured search engine in step with the practices, from model and page signals.

Whatever changes what a practice's search document holds (publication,
unpublication, deletion, a move, a save of a live page as factories and
imports do, its key factors and tags, a renamed administration or tag, a
view restriction on it or a section above it, which changes its audience)
schedules the practice for reindexing. The work waits for the transaction
to commit, because Wagtail's modelcluster writes a page's key factors and
tags after the page itself, and a transaction that rolls back must leave
the index alone. The page ids of one transaction are refreshed once each.

- The database engine is refreshed right after the commit, in-process: it
  is a few local writes, and the person who just published finds the
  practice at once, also when search falls back to the database.
- Elasticsearch, when configured, is refreshed by a background task
  (`search.tasks`), so publishing never waits on it.

A bulk write (`import_practices`) gathers its practices instead, within
`practice_refreshes_gathered()`, and hands them to background tasks once
it has committed (`search.bulk_indexing`): a task per chunk of practices,
each refreshing both engines in bulk, so the import never waits on them.

Within a request, the refreshes its commits call for wait until the
response has been handed to the server (Django's `request_finished`, sent
when the server closes the response, i.e. after it has written the body),
and each practice is refreshed once there. An editor's publish in Wagtail's
admin commits three times (the form, the revision, the publication; the
`page_published` signal comes after the last commit) and used to refresh
the practice twice, inside the response time. The practice search caches
are keyed by each engine's own token, renewed by the refresh; the content
generation (home.content_cache) is bumped once more after it, so a page
that showed search results computed between the publish's commit and the
refresh (the practice listing in the anonymous page cache) is not served
from the cache afterwards.
"""

import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag
from wagtail.models import COMMENTS_RELATION_NAME, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from accounts.models import PartnerAdministration
from home.content_cache import bump_content_generation
from knowledgebase.models import PracticeKeyFactor, PracticePage, PracticeTag

from . import database
from .database.indexing import register_signal_handlers as count_terms_as_documents_change

logger = logging.getLogger(__name__)

_pending = threading.local()


def pending_page_ids():
    if not hasattr(_pending, "page_ids"):
        _pending.page_ids = set()
    return _pending.page_ids


def schedule_refresh(page_ids):
    """Refresh `page_ids` in every engine once the current transaction commits (now, outside one)."""
    batch = getattr(_pending, "batch", None)
    if batch is not None:
        batch.update(page_ids)
        return
    for page_id in page_ids:
        pending_page_ids().add(page_id)
        # One callback per call: the first to run after the commit does the work, the others find
        # nothing pending. A rolled-back transaction's ids stay pending and go with the next commit.
        transaction.on_commit(lambda page_id=page_id: refresh_if_pending(page_id), robust=True)


def refresh_if_pending(page_id):
    page_ids = pending_page_ids()
    if page_id not in page_ids:
        return
    page_ids.discard(page_id)
    after_response = getattr(_pending, "after_response", None)
    if after_response is not None:
        after_response.add(page_id)
        return
    refresh_everywhere(page_id)


def gather_refreshes_of_request(**_kwargs):
    """`request_started`: what this request's commits call for is refreshed once, after its response."""
    _pending.after_response = set()


def refresh_after_response(**_kwargs):
    """`request_finished`: refresh what the request changed, once per practice, then retire cached pages.

    Runs after the server has written the response; an error is logged, as
    a failing `on_commit(robust=True)` refresh was (`check_practice_index`
    reports a practice the engines missed).
    """
    page_ids = getattr(_pending, "after_response", None)
    _pending.after_response = None
    if not page_ids:
        return
    try:
        if len(page_ids) == 1:
            refresh_everywhere(next(iter(page_ids)))
        else:
            refresh_together(page_ids)
    except Exception:
        logger.exception("Practices %s not refreshed in the search engines after the request.", sorted(page_ids))
    finally:
        bump_content_generation()


def refresh_everywhere(page_id):
    database.refresh_practice(page_id)
    if settings.ELASTICSEARCH_URL:
        from ..tasks import refresh_practice_in_elasticsearch

        refresh_practice_in_elasticsearch.enqueue(page_id)


@contextmanager
def practice_refreshes_gathered():
    """Within the block, practices to refresh are gathered into the set it yields instead of being refreshed.

    Meant around a whole bulk write, whose caller then refreshes them in
    bulk once the write has committed (`search.bulk_indexing`).
    """
    _pending.batch = gathered = set()
    try:
        yield gathered
    finally:
        del _pending.batch


def refresh_together(page_ids):
    """`refresh_everywhere` for many practices: the database engine a batch at a time, Elasticsearch in one task."""
    database.refresh_practices(page_ids)
    if settings.ELASTICSEARCH_URL:
        from ..tasks import refresh_practices_in_elasticsearch

        refresh_practices_in_elasticsearch.enqueue(sorted(page_ids))


# What `Page.save_revision` writes to the page row: bookkeeping of the draft, not the live content
# a search document is made of. Refreshing on it cost every editor's publish one more round of
# writes to both engines (the admin's edit view commits the revision before publishing it).
DRAFT_BOOKKEEPING_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision_created_at",
        "draft_title",
        "latest_revision",
        "has_unpublished_changes",
    }
)


def practice_saved_or_deleted(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields and DRAFT_BOOKKEEPING_FIELDS.issuperset(update_fields)):
        return
    schedule_refresh([instance.pk])


def practice_part_changed(sender, instance, raw=False, **kwargs):
    """A key factor or tag link was added or removed."""
    page_id = instance.page_id if isinstance(instance, PracticeKeyFactor) else instance.content_object_id
    if not raw and page_id:
        schedule_refresh([page_id])


def page_moved(sender, instance, **kwargs):
    """A moved practice, or every practice under a moved section, has a new tree path and URL."""
    schedule_refresh(PracticePage.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))


# The m2m signal fires before and after each change; only what has happened matters.
GROUPS_CHANGED = {"post_add", "post_remove", "post_clear"}


def restriction_changed(sender, instance, raw=False, action=None, pk_set=None, **kwargs):
    """A view restriction (or its groups) changed: every practice at or under its page has a new audience.

    The groups may change from either side: `restriction.groups.add(group)`
    (the instance is the restriction) or `group.pageviewrestriction_set.add(
    restriction)` (the instance is the group, `pk_set` the restrictions).
    Clearing from the group's side names no restriction once done, so its
    restrictions are taken just before; the refresh itself runs after the
    commit either way.
    """
    if raw:
        return
    if isinstance(instance, PageViewRestriction):
        if action is None or action in GROUPS_CHANGED:
            refresh_under([instance])
    elif action in ("post_add", "post_remove"):
        refresh_under(PageViewRestriction.objects.filter(pk__in=pk_set or ()))
    elif action == "pre_clear":
        refresh_under(PageViewRestriction.objects.filter(groups=instance))


def refresh_under(restrictions):
    """Schedules every practice at or under the pages of `restrictions`."""
    for page in Page.objects.filter(pk__in=[restriction.page_id for restriction in restrictions]):
        schedule_refresh(PracticePage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def administration_saved(sender, instance, created=False, raw=False, **kwargs):
    if not created and not raw:
        schedule_refresh(PracticePage.objects.filter(administration=instance).values_list("pk", flat=True))


def tag_saved(sender, instance, created=False, raw=False, **kwargs):
    if not created and not raw:
        schedule_refresh(PracticeTag.objects.filter(tag=instance).values_list("content_object_id", flat=True))


def register_signal_handlers():
    count_terms_as_documents_change()
    for signal in (post_save, post_delete, page_published, page_unpublished):
        signal.connect(practice_saved_or_deleted, sender=PracticePage, dispatch_uid=f"search_practice_{id(signal)}")
    for model in (PracticeKeyFactor, PracticeTag):
        for signal in (post_save, post_delete):
            signal.connect(practice_part_changed, sender=model, dispatch_uid=f"search_{model.__name__}_{id(signal)}")
    post_page_move.connect(page_moved, dispatch_uid="search_page_moved")
    for signal in (post_save, post_delete):
        signal.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"search_restriction_{id(signal)}")
    m2m_changed.connect(
        restriction_changed, sender=PageViewRestriction.groups.through, dispatch_uid="search_restriction_groups"
    )
    post_save.connect(administration_saved, sender=PartnerAdministration, dispatch_uid="search_administration")
    post_save.connect(tag_saved, sender=Tag, dispatch_uid="search_tag")
    request_started.connect(gather_refreshes_of_request, dispatch_uid="search_refreshes_of_request")
    request_finished.connect(refresh_after_response, dispatch_uid="search_refresh_after_response")

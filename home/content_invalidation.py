"""Every change readers can see bumps the content generation (home.content_cache).

Erring towards bumping: an extra bump costs one recomputation of the
cached pages, a missing one shows stale (or restricted) content. Bumped by:

- pages: published, unpublished, moved, deleted, and any save of a page
  except Wagtail's draft bookkeeping (a new revision, a lock) and the
  creation of a draft; this covers aliases and translations created live
  without a `page_published` signal;
- view restrictions on pages and collections, and the groups they name
  (from either side of the many-to-many);
- locales, sites, groups, images, documents, collections;
- every registered snippet (key factors, administrations, footer text, any
  added later) and every Wagtail setting, site or generic;
- models of other apps rendered on pages, named in `OTHER_CONTENT_MODELS`
  by label so that `home` imports none of them.

Not bumped by: users (a last_login on every sign-in would empty the cache
each time; pages show no user data in shared fragments), learners'
progress, bookmarks, search logs: none of it is shared.
"""

import functools

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    COMMENTS_RELATION_NAME,
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from .content_cache import bump_content_generation

OTHER_CONTENT_MODELS = ("accounts.Region", "knowledgebase.PracticeComment", "taggit.Tag")

# Page fields Wagtail saves for drafts, revisions and locks: not what readers see.
DRAFT_BOOKKEEPING_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_by",
        "locked_at",
    }
)


def wagtail_content_models():
    return (
        Locale,
        Site,
        Group,
        Collection,
        PageViewRestriction,
        CollectionViewRestriction,
        get_image_model(),
        get_document_model(),
    )


def other_content_models():
    return tuple(apps.get_model(label) for label in OTHER_CONTENT_MODELS if apps.is_installed(label.rsplit(".", 1)[0]))


@functools.cache
def is_content_model(model):
    """Whether readers see rows of `model` (pages are handled apart); asked on every save, so remembered."""
    return (
        issubclass(model, (BaseSiteSetting, BaseGenericSetting))
        or model in wagtail_content_models()
        or model in other_content_models()
        or model in get_snippet_models()
    )


def page_save_changes_what_readers_see(page, created, update_fields):
    if created:
        return page.live
    return not (update_fields and set(update_fields) <= DRAFT_BOOKKEEPING_FIELDS)


def bump_on_save(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if isinstance(instance, Page):
        if page_save_changes_what_readers_see(instance, created, update_fields):
            bump_content_generation()
    elif is_content_model(sender):
        bump_content_generation()


def bump_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) or is_content_model(sender):
        bump_content_generation()


def bump_on_page_event(sender, **kwargs):
    bump_content_generation()


def bump_on_restriction_groups_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        bump_content_generation()


def connect_invalidation_signals():
    post_save.connect(bump_on_save, dispatch_uid="content_cache_bump_on_save")
    post_delete.connect(bump_on_delete, dispatch_uid="content_cache_bump_on_delete")
    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished"), (post_page_move, "moved")):
        signal.connect(bump_on_page_event, dispatch_uid=f"content_cache_bump_on_page_{name}")
    for restriction_model in (PageViewRestriction, CollectionViewRestriction):
        m2m_changed.connect(
            bump_on_restriction_groups_changed,
            sender=restriction_model.groups.through,
            dispatch_uid=f"content_cache_bump_on_{restriction_model.__name__}_groups",
        )

"""Publishing many new practices at once, each left exactly as `add_child`, `save_revision` and `publish` leave it.

Publishing through Wagtail one page at a time costs each practice three
saves, a revision deserialised again, a tree insert that locks and counts
its siblings, two log entries and the `page_published` receivers, each
with its own queries: two thirds of an import's time. Here a batch of
practices under one parent costs a fixed number of statements:

- tree: the parent row is locked (`select_for_update`) and the children's
  treebeard paths are computed from its last child, then the `Page` rows
  are bulk-inserted and the parent's `numchild` raised once; slugs are
  made unique among the siblings as `find_available_slug` makes them;
- each practice's own row, key factors and tags, inserted in bulk;
- the pages are inserted as publication leaves them (live, first/last
  published dates); the revisions hold what `save_revision` would have
  serialised (the page as `add_child` left it), and one UPDATE makes each
  the page's latest and live revision;
- Wagtail's log entries ("created", "view restriction created" for a
  coordinators-only practice, "published") and the reference index;
- what the `page_published` receivers do (`knowledgebase.signal_handlers`,
  `search.practices.indexing`, `home.content_invalidation`), for the batch:
  the coordinators-only practices' view restrictions (as
  `practice_privacy.apply_practice_visibility` makes them), the practices'
  refresh in the search engines, one bump of the content generation, and
  Wagtail's page search index in bulk (`search.bulk_indexing`).

New practices have no attachments (the import format has none), so the
attachment collections that publishing keeps in step are left as they are.
Call inside a transaction: a failure anywhere leaves nothing of the batch.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.encoding import force_str
from taggit.models import Tag
from wagtail.log_actions import get_active_log_context
from wagtail.models import (
    COMMENTS_RELATION_NAME,
    BaseViewRestriction,
    Page,
    PageLogEntry,
    PageViewRestriction,
    ReferenceIndex,
    Revision,
)

from home.content_cache import bump_content_generation
from search.bulk_indexing import page_search_index_deferred_for
from search.practices.indexing import schedule_refresh

from .models import PracticeKeyFactor, PracticePage, PracticeTag, Visibility
from .practice_privacy import exchange_groups

# A page's state as `add_child` saves it and `save_revision` serialises it, before publication sets these.
DRAFT_STATE = {
    "live": False,
    "has_unpublished_changes": False,
    "first_published_at": None,
    "last_published_at": None,
    "latest_revision_created_at": None,
    "latest_revision": None,
    "live_revision": None,
}


def tags_named(names):
    """{name: Tag} for `names`, the missing ones created as taggit creates them for `page.tags.set(names)`."""
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    for name in sorted(set(names) - set(tags)):
        tags[name] = Tag.objects.create(name=name)
    return tags


def available_slug(requested_slug, taken):
    """`find_available_slug`'s answer, given the slugs `taken` under the parent; the one found is then taken."""
    slug, number = requested_slug, 1
    while slug in taken:
        slug = f"{requested_slug}-{number}"
        number += 1
    taken.add(slug)
    return slug


def publish_new_practices(parent, practices):
    """Save and publish `practices` (unsaved, filled, their key factors and tags set) as children of `parent`.

    Each practice's `slug` is the one wanted; it is made unique among the
    siblings. Returns the practices, saved.
    """
    if not practices:
        return []
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("publish_new_practices() must run inside a transaction")
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    revised_at = timezone.now()
    published_at = timezone.now()
    insert_into_tree(parent, practices, revised_at, published_at)
    insert_parts(practices)
    revisions = insert_revisions(practices, revised_at)
    publish(practices, revisions, published_at)
    return practices


def insert_into_tree(parent, practices, revised_at, published_at):
    """The `Page` and `PracticePage` rows, published, as children of the locked `parent` after its last child.

    Only the revision ids are left to fill in (`publish`): the revisions
    need the pages' ids first.
    """
    last_child = parent.get_last_child()
    first_step = last_child._get_lastpos_in_path() + 1 if last_child else 1
    taken = set(parent.get_children().values_list("slug", flat=True))
    depth = parent.depth + 1
    for offset, practice in enumerate(practices):
        practice.slug = available_slug(practice.slug, taken)
        practice.path = Page._get_path(parent.path, depth, first_step + offset)
        practice.depth = depth
        practice.numchild = 0
        practice.url_path = f"{parent.url_path}{practice.slug}/"
        practice.locale_id = parent.locale_id
        practice.draft_title = practice.title
        practice.live = True
        practice.has_unpublished_changes = False
        practice.latest_revision_created_at = revised_at
        practice.first_published_at = practice.last_published_at = published_at
    base_rows = Page.objects.bulk_create([base_page_row(practice) for practice in practices])
    for practice, row in zip(practices, base_rows, strict=True):
        practice.page_ptr_id = practice.id = row.pk
        practice._state.adding = False
    fields = PracticePage._meta.local_concrete_fields
    PracticePage.objects.all()._batched_insert(practices, fields, batch_size=None)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(practices))


def base_page_row(practice):
    """The `Page` half of `practice`: Django's bulk_create refuses models with a parent table."""
    row = Page()
    for field in Page._meta.concrete_fields:
        setattr(row, field.attname, getattr(practice, field.attname))
    return row


def insert_parts(practices):
    """Key factors and tags, given the pages' ids: the same rows `add_child` commits from the cluster."""
    key_factors, tagged_items = [], []
    for practice in practices:
        # A new page has no comments or attachments: said here, serialising it asks the database nothing.
        getattr(practice, COMMENTS_RELATION_NAME).set([])
        practice.attachments.set([])
        for link in practice.practice_key_factors.all():
            link.page_id = practice.pk
            key_factors.append(link)
        for item in practice.tagged_items.all():
            item.content_object_id = practice.pk
            tagged_items.append(item)
    PracticeKeyFactor.objects.bulk_create(key_factors)
    PracticeTag.objects.bulk_create(tagged_items)


def draft_content(practice):
    """What `save_revision` serialises of a page `add_child` has just saved: a draft, never published."""
    return {**practice.serializable_data(), **DRAFT_STATE}


def insert_revisions(practices, created_at):
    """One revision each, holding the page as `save_revision` serialises it: a saved draft."""
    content_type = ContentType.objects.get_for_model(PracticePage)
    base_content_type = ContentType.objects.get_for_model(Page)
    return Revision.objects.bulk_create(
        [
            Revision(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(practice.pk),
                content=draft_content(practice),
                object_str=str(practice),
                created_at=created_at,
            )
            for practice in practices
        ]
    )


def publish(practices, revisions, published_at):
    """What `revision.publish()` and its receivers write, for every practice of the batch."""
    for practice, revision in zip(practices, revisions, strict=True):
        practice.latest_revision_id = practice.live_revision_id = revision.pk
    # One statement: each page's only revision is its latest and its live one (a bulk_update's
    # CASE over every row cost more than all the inserts of the batch).
    page_ids = [practice.pk for practice in practices]
    own_revision = Revision.objects.filter(
        base_content_type=revisions[0].base_content_type_id, object_id=Cast(OuterRef("pk"), CharField())
    ).values("pk")[:1]
    Page.objects.filter(pk__in=page_ids).update(
        latest_revision_id=Subquery(own_revision), live_revision_id=Subquery(own_revision)
    )
    restricted = restrict_coordinators_only(practices)
    write_log_entries(practices, revisions, restricted, published_at)
    write_reference_index(practices)
    schedule_refresh(page_ids)
    page_search_index_deferred_for(PracticePage, page_ids)
    bump_content_generation()


def write_log_entries(practices, revisions, restricted, published_at):
    """Wagtail's history of each page, as publishing one writes it.

    "Created" (`Page.save`), then for a coordinators-only practice "view
    restriction created" (`PageViewRestriction.save`, from the
    `page_published` receiver), then "published" with its revision.
    """
    content_type = ContentType.objects.get_for_model(PracticePage)
    log_uuid = get_active_log_context().uuid
    restriction_data = {
        "restriction": {
            "type": BaseViewRestriction.GROUPS,
            "title": force_str(dict(BaseViewRestriction.RESTRICTION_CHOICES)[BaseViewRestriction.GROUPS]),
        }
    }
    entries = []
    for practice, revision in zip(practices, revisions, strict=True):
        common = {"content_type": content_type, "label": practice.get_admin_display_title(), "uuid": log_uuid}
        common.update(page_id=practice.pk, user=None)
        entries.append(
            PageLogEntry(
                action="wagtail.create", timestamp=revision.created_at, data={}, content_changed=True, **common
            )
        )
        if practice.pk in restricted:
            entries.append(
                PageLogEntry(
                    action="wagtail.view_restriction.create", timestamp=published_at, data=restriction_data, **common
                )
            )
        entries.append(
            PageLogEntry(
                action="wagtail.publish",
                timestamp=published_at,
                data={},
                content_changed=True,
                revision=revision,
                **common,
            )
        )
    PageLogEntry.objects.bulk_create(entries)


def write_reference_index(practices):
    """Wagtail's reference index rows of each practice (to its administration, region, key factors, tags)."""
    content_type = ContentType.objects.get_for_model(PracticePage)
    base_content_type = ContentType.objects.get_for_model(Page)
    ReferenceIndex.objects.bulk_create(
        [
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=practice.pk,
                to_content_type_id=to_content_type_id,
                to_object_id=to_object_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
            )
            for practice in practices
            for to_content_type_id, to_object_id, model_path, content_path in set(
                ReferenceIndex._extract_references_from_object(practice)
            )
        ]
    )


def restrict_coordinators_only(practices):
    """The view restriction `apply_practice_visibility` gives a live coordinators-only practice; their page ids."""
    restricted = [practice for practice in practices if practice.visibility == Visibility.COORDINATORS]
    if not restricted:
        return set()
    restrictions = PageViewRestriction.objects.bulk_create(
        [
            PageViewRestriction(page_id=practice.pk, restriction_type=BaseViewRestriction.GROUPS)
            for practice in restricted
        ]
    )
    through = PageViewRestriction.groups.through
    groups = exchange_groups()
    through.objects.bulk_create(
        [
            through(pageviewrestriction_id=restriction.pk, group_id=group.pk)
            for restriction in restrictions
            for group in groups
        ]
    )
    return {practice.pk for practice in restricted}

"""Turn a practice's `visibility` into Wagtail privacy, for the page and its files.

Called whenever a practice is published or unpublished, so what readers get
always follows the live version; a draft that changes the visibility takes
effect only once a moderator publishes it.

- Page: a "coordinators only" practice gets a page view restriction for the
  Coordinators, Moderators and Editors groups, so Wagtail refuses the page to
  anyone else, and `visible_to` leaves it out of every list. A public practice
  has no restriction of its own (any other privacy set on the page is
  replaced: the visibility field is the one switch editors use).
- Files: attachments live in one of two collections. The restricted one has a
  collection view restriction for the same groups, so Wagtail's document
  view refuses its files to everyone else. A file moves to the public
  collection only while a live public practice uses it; files of drafts,
  unpublished and coordinators-only practices stay restricted. Privacy wins:
  a file attached to a coordinators-only practice is moved into the
  restricted collection whichever collection it was uploaded to, unless a
  live public practice uses it too.
"""

from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, PageViewRestriction

from accounts.roles import COORDINATORS, EDITORS, MODERATORS

from .models import PracticeAttachment, Visibility

EXCHANGE_GROUP_NAMES = (COORDINATORS, MODERATORS, EDITORS)
PUBLIC_ATTACHMENTS_COLLECTION = "Practice attachments"
RESTRICTED_ATTACHMENTS_COLLECTION = "Practice attachments (coordinators only)"


def exchange_groups():
    return [Group.objects.get_or_create(name=name)[0] for name in EXCHANGE_GROUP_NAMES]


def apply_practice_visibility(practice):
    """Make the page's own view restriction and its files' collections match `practice.visibility`."""
    restrictions = PageViewRestriction.objects.filter(page=practice)
    if practice.live and practice.visibility == Visibility.COORDINATORS:
        restriction = restrictions.first()
        if restriction is None:
            restriction = PageViewRestriction.objects.create(page=practice, restriction_type=BaseViewRestriction.GROUPS)
        elif restriction.restriction_type != BaseViewRestriction.GROUPS:
            restriction.restriction_type = BaseViewRestriction.GROUPS
            restriction.password = ""
            restriction.save()
        restriction.groups.set(exchange_groups())
        restrictions.exclude(pk=restriction.pk).delete()
    elif practice.visibility == Visibility.PUBLIC:
        restrictions.delete()
    sync_attachment_collections(practice)


def sync_attachment_collections(practice):
    """Move files between the two attachment collections to match who may read them."""
    public_collection = attachment_collection(restricted=False)
    restricted_collection = attachment_collection(restricted=True)
    publicly_used = PracticeAttachment.objects.filter(page__live=True, page__visibility=Visibility.PUBLIC).values(
        "document_id"
    )
    documents = get_document_model().objects

    # Files of this practice that must not stay readable by everyone.
    if not practice.live or practice.visibility == Visibility.COORDINATORS:
        own_files = PracticeAttachment.objects.filter(page=practice).values("document_id")
        documents.filter(pk__in=own_files).exclude(pk__in=publicly_used).exclude(
            collection=restricted_collection
        ).update(collection=restricted_collection)
    # Files no live public practice uses any more (say, removed in an edit).
    documents.filter(collection=public_collection).exclude(pk__in=publicly_used).update(
        collection=restricted_collection
    )
    # Files a live public practice uses.
    documents.filter(collection=restricted_collection, pk__in=publicly_used).update(collection=public_collection)


def attachment_collection(restricted):
    """One of the two attachment collections, created (with its restriction) when missing."""
    name = RESTRICTED_ATTACHMENTS_COLLECTION if restricted else PUBLIC_ATTACHMENTS_COLLECTION
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    if restricted and not CollectionViewRestriction.objects.filter(collection=collection).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
        restriction.groups.set(exchange_groups())
    return collection

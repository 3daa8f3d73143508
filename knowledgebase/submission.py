"""Saving a coordinator's practice from the public form, the way the admin would.

A new practice becomes a draft page owned by its author. An existing one is
edited from its latest revision: while it has never been published the page
row follows the draft; once live, only a new revision is saved, so the
published version stays online until a moderator approves the change.
"""

from pathlib import PurePath

from django.conf import settings
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.log_actions import log

from .models import KeyFactor, PracticeAttachment, PracticeKeyFactor
from .moderation import AwaitingModeration, is_awaiting_moderation, lock_for_moderation, submit_for_moderation
from .practice_privacy import attachment_collection


@transaction.atomic
def save_practice(form, user, submit):
    """Save the valid `form` as a new revision by `user`; with `submit`, send it to moderators.

    Raises AwaitingModeration, saving nothing, if the practice went to
    moderators after the form was shown.
    """
    page = form.instance
    is_new = page.pk is None
    if not is_new:
        lock_for_moderation(page.pk)
        if is_awaiting_moderation(page):
            raise AwaitingModeration
    set_key_factors(page, form.key_factor_numbers)
    page.tags.set(form.cleaned_data["tags"])
    held_files = [held.open() for held in form.held_uploads]
    try:
        uploads = [*held_files, *(form.cleaned_data.get("new_attachments") or [])]
        update_attachments(page, user, uploads, form.cleaned_data.get("remove_attachments") or [])
    finally:
        for held_file in held_files:
            held_file.close()
    for held in form.held_uploads:
        transaction.on_commit(held.discard)

    if is_new:
        page.owner = user
        page.live = False
        page.administration = user.administration
        page.region = user.administration.region
        form.parent_page.add_child(instance=page)
        log(instance=page, action="wagtail.create", user=user)
    elif not page.live:
        page.save()
    page.save_revision(user=user, log_action=True)
    if submit:
        submit_for_moderation(page, user)
    return page


def set_key_factors(page, numbers):
    by_number = {
        factor.number: factor
        for factor in KeyFactor.objects.filter(locale__language_code=settings.LANGUAGE_CODE, number__in=numbers)
    }
    page.practice_key_factors.set(
        [
            PracticeKeyFactor(key_factor=by_number[number], sort_order=position)
            for position, number in enumerate(numbers)
        ]
    )


def update_attachments(page, user, uploads, removed_document_ids):
    """Store uploads as documents in the restricted collection, and drop the removed ones."""
    kept = [attachment for attachment in page.attachments.all() if attachment.document_id not in removed_document_ids]
    collection = attachment_collection(restricted=True)
    document_model = get_document_model()
    for upload in uploads:
        document = document_model(
            title=PurePath(upload.name).stem[:255] or upload.name,
            file=upload,
            collection=collection,
            uploaded_by_user=user,
        )
        document._set_document_file_metadata()
        document.save()
        kept.append(PracticeAttachment(document=document))
    for position, attachment in enumerate(kept):
        attachment.sort_order = position
    page.attachments.set(kept)

"""What a practice page shows beyond its own fields, for the person reading it."""

import functools

from django.utils import timezone
from wagtail.documents import get_document_model

from home.page_values import is_published_page
from home.shell import page_url
from home.sql_rows import fetch_rows

from .forms import NewCommentForm, new_submission_token
from .models import PracticeBookmark, key_factor_names
from .page_fragments import BODY_TEMPLATE, FACTS_TEMPLATE, shared_fragment
from .permissions import can_edit_practice, can_moderate_comments, is_exchange_member
from .practice_translations import translation_note
from .related_practice_rows import related_practice_rows
from .related_practices import practice_link_rows, shared_practice_links

RELATED_PRACTICES_SHOWN = 3


def practice_page_context(request, practice):
    user = request.user
    member = is_exchange_member(user)
    practice_index = practice.get_parent()
    # Read once, when the facts or the related list is not in the shared cache; neither is, cold.
    key_factor_numbers = functools.cache(lambda: practice_key_factor_numbers(request, practice))
    context = {
        "facts_html": shared_fragment(
            FACTS_TEMPLATE,
            request,
            practice,
            lambda: facts_context(request, practice, practice_index, key_factor_numbers()),
        ),
        "body_html": shared_fragment(
            BODY_TEMPLATE, request, practice, lambda: {"attachments": attachment_documents(practice)}
        ),
        "related_practices": shared_practice_links(
            "practice-related-practices",
            request,
            practice,
            lambda: related_practices(user, practice, key_factor_numbers()),
            as_links=practice_link_rows,
        ),
        "practice_index": practice_index,
        "practice_index_url": page_url(request, practice_index),
        "can_edit": can_edit_practice(user, practice),
        "is_member": member,
    }
    if member:
        context.update(
            comment_threads=comment_threads(practice, user),
            comment_form=NewCommentForm(),
            is_bookmarked=PracticeBookmark.objects.filter(user=user, practice_id=practice.pk).exists(),
            can_moderate_comments=can_moderate_comments(user),
        )
    return context


def facts_context(request, practice, practice_index, key_factor_numbers):
    """The facts' context; URLs from the shell's rows (`home.shell.page_url`), not Wagtail's table of site roots."""
    names = key_factor_names()
    note = translation_note(practice)
    return {
        "key_factors": [(number, names.get(number, number)) for number in key_factor_numbers],
        "practice_index_url": page_url(request, practice_index),
        "translation_note": note,
        "original_url": page_url(request, note["original"]) if note and note["original"] else "",
    }


KEY_FACTOR_NUMBERS_STATEMENT = """
SELECT key_factor.number
FROM knowledgebase_practicekeyfactor link
INNER JOIN knowledgebase_keyfactor key_factor ON key_factor.id = link.key_factor_id
WHERE link.page_id = %s
ORDER BY link.sort_order, link.id
"""


def practice_key_factor_numbers(request, practice):
    """`practice.key_factor_numbers()`: of the published page in one fixed statement, else from the shown revision.

    A preview or a draft carries its key factors in memory, so only the page
    as published may be read from its stored rows.
    """
    if not is_published_page(request, practice):
        return practice.key_factor_numbers()
    numbers = [number for (number,) in fetch_rows(KEY_FACTOR_NUMBERS_STATEMENT, [practice.pk])]
    return list(dict.fromkeys(numbers))


def related_practices(user, practice, numbers):
    """Other practices `user` may read, those sharing most of `numbers` (key factors) first, as link rows."""
    return related_practice_rows(user, practice, numbers, RELATED_PRACTICES_SHOWN)


def attachment_documents(practice):
    """The practice's documents in order; works for the live page and for a draft revision."""
    document_ids = [attachment.document_id for attachment in practice.attachments.all()]
    documents = get_document_model().objects.in_bulk(document_ids)
    return [documents[document_id] for document_id in document_ids if document_id in documents]


def comment_threads(practice, user):
    """Top-level comments with their replies, each marked with whether `user` may still edit it.

    Each top-level comment also gets the submission token of its reply form,
    one per form, so a reply and a comment posted from one page stay two.
    """
    now = timezone.now()
    threads = list(practice.comments.threads())
    for comment in threads:
        comment.reply_submission_token = new_submission_token()
        for item in (comment, *comment.replies.all()):
            item.editable_by_viewer = item.can_be_edited_by(user, now)
    return threads

"""Emails to practice authors: moderation outcomes and new comments.

Each email is written in the recipient's preferred language, with links in
that language, and queued as a background task. Links start with the
configured SITE_URL (see integrityhub/site_url.py), not with the host the
Wagtail Site record happens to name.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from integrityhub.site_url import absolute_url, page_url

from .tasks import send_notification_email


def notify(recipient, template_name, build_context):
    """Email `recipient` the `knowledgebase/emails/<template_name>` message.

    `build_context` is called with the recipient's language active, so URLs
    and dates in the context come out in that language.
    """
    if recipient is None or not recipient.is_active or not recipient.email:
        return
    with translation.override(recipient.preferred_language):
        context = {"recipient": recipient, **build_context()}
        subject = render_to_string(f"knowledgebase/emails/{template_name}_subject.txt", context).strip()
        body = render_to_string(f"knowledgebase/emails/{template_name}.txt", context).strip()
    send_notification_email.enqueue(subject=subject, body=body, recipient_email=recipient.email)


def notify_practice_published(practice, moderator):
    notify(
        practice.owner,
        "practice_published",
        lambda: {"practice": practice, "practice_url": page_url(practice), "moderator": moderator},
    )


def notify_practice_sent_back(practice, moderator, comment):
    notify(
        practice.owner,
        "practice_sent_back",
        lambda: {
            "practice": practice,
            "moderator": moderator,
            "comment": comment,
            "edit_url": absolute_url(reverse("knowledgebase:edit_practice", args=[practice.pk])),
            "my_practices_url": absolute_url(reverse("knowledgebase:my_practices")),
        },
    )


def notify_new_comment(comment):
    """Tell the practice's author, and the author of the comment replied to, about `comment`."""
    practice = comment.practice
    recipients = [practice.owner]
    if comment.parent_id and comment.parent.author_id != practice.owner_id:
        recipients.append(comment.parent.author)
    for recipient in recipients:
        if recipient is not None and recipient.pk != comment.author_id:
            notify(
                recipient,
                "new_comment",
                lambda recipient=recipient: {
                    "comment": comment,
                    "practice": practice,
                    "is_reply_to_recipient": comment.parent_id and comment.parent.author_id == recipient.pk,
                    "comment_url": f"{page_url(practice)}#comment-{comment.pk}",
                },
            )

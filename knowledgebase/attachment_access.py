"""Who may download a file kept in the restricted attachment collection.

Wagtail's collection view restriction already limits those files to the
exchange's groups. Within them, files of drafts must not reach other
coordinators either: a restricted file is served to moderators and editors,
to whoever uploaded it, and to readers of a live practice that uses it.
"""

from django.http import Http404

from accounts.roles import is_moderator

from .models import PracticePage
from .practice_privacy import RESTRICTED_ATTACHMENTS_COLLECTION


def refuse_unpublished_attachments(document, request):
    """`before_serve_document` hook; anonymous requests are left to Wagtail's login redirect."""
    user = request.user
    if document.collection.name != RESTRICTED_ATTACHMENTS_COLLECTION or not user.is_authenticated:
        return None
    if is_moderator(user) or document.uploaded_by_user_id == user.pk:
        return None
    if PracticePage.objects.visible_to(user).filter(attachments__document=document).exists():
        return None
    raise Http404

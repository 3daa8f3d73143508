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


def served_only_as_moderator(document, user):
    """True for a restricted file `user` neither uploaded nor reads through a live practice.

    Only moderators may download such a file (another coordinator's draft
    attachment), and accounts.second_factor asks them for a second factor.
    """
    if document.collection.name != RESTRICTED_ATTACHMENTS_COLLECTION or document.uploaded_by_user_id == user.pk:
        return False
    return not PracticePage.objects.visible_to(user).filter(attachments__document=document).exists()


def refuse_unpublished_attachments(document, request):
    """`before_serve_document` hook; anonymous requests are left to Wagtail's login redirect."""
    user = request.user
    if not user.is_authenticated or is_moderator(user) or not served_only_as_moderator(document, user):
        return None
    raise Http404

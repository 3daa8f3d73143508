"""Profile pictures in the Wagtail admin, served from private storage to people who use the admin.

Wagtail stores an uploaded profile picture through the default storage,
which here is the private one (integrityhub/media_storage.py), so its
`.url` points nowhere a browser can reach and the admin showed a broken
image; with no picture, Wagtail asked Gravatar, which an offline
deployment cannot reach and which would tell a third party who uses the
admin. So Gravatar is off (WAGTAIL_GRAVATAR_PROVIDER_URL = None, Wagtail
then shows its own default picture) and an uploaded picture is served by
`avatar_view`, under /admin/, which Wagtail guards with its admin-access
check: everyone who can sign into the admin may see the pictures of the
people whose names it shows them (page history, comments, user lists);
nobody else can.
"""

import hashlib
import mimetypes

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.users.models import UserProfile

AVATAR_CONTENT_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}


def avatar_url(user, size):
    """The `get_avatar_url` hook: our view for a user with an uploaded picture, else Wagtail's default."""
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is None or not profile.avatar:
        return None
    # A new picture gets a new stored name, hence a new URL: the browser may keep the old one cached.
    version = hashlib.sha256(profile.avatar.name.encode()).hexdigest()[:12]
    return f"{reverse('admin_avatar', args=[user.pk])}?v={version}"


@require_GET
def avatar_view(request, user_id):
    """The picture's bytes, as an image and never as anything a browser would run."""
    profile = get_object_or_404(UserProfile, user_id=user_id)
    if not profile.avatar:
        raise Http404
    content_type = mimetypes.guess_type(profile.avatar.name)[0]
    if content_type not in AVATAR_CONTENT_TYPES:
        raise Http404
    try:
        picture = profile.avatar.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(picture, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response

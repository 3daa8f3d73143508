"""Storage settings for uploads: a private folder and a public one that never overlap.

See integrityhub/media_storage.py for why the default storage is the private
one. A private folder inside the public one (or the reverse) would let the
web server that maps MEDIA_URL serve private files, so that is refused at
start-up.
"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

# Name of the public storage in settings.STORAGES.
PUBLIC_MEDIA_STORAGE = "public_media"


def folders_overlap(first, second):
    first, second = Path(first).resolve(), Path(second).resolve()
    return first == second or first.is_relative_to(second) or second.is_relative_to(first)


def upload_storages(media_root, media_url, private_media_root):
    """The `default` (private) and public media entries of settings.STORAGES."""
    if folders_overlap(media_root, private_media_root):
        raise ImproperlyConfigured(
            f"PRIVATE_MEDIA_ROOT ({private_media_root}) must be outside MEDIA_ROOT ({media_root}), "
            "and MEDIA_ROOT outside it: a web server serves all of MEDIA_ROOT."
        )
    return {
        "default": {
            "BACKEND": "integrityhub.media_storage.PrivateMediaStorage",
            "OPTIONS": {"location": str(private_media_root)},
        },
        PUBLIC_MEDIA_STORAGE: {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(media_root), "base_url": media_url},
        },
    }

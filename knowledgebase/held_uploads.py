"""Attachments kept across a validation error, so a coordinator never attaches a file twice.

Browsers cannot refill a file input, so a practice form sent back with an
error used to drop the file silently. Now each attachment that passed its
own checks (type by content, size: knowledgebase/uploads.py) is saved in
private storage under held-uploads/, and the form carries a token for it
instead. The token is signed (django.core.signing) over the stored path,
the file name and the user's id, so it cannot point at another file and
another user cannot claim it, and it lapses after HOLD_SECONDS. On the next
valid submission the held files are attached like fresh uploads and
deleted from held-uploads/; one the coordinator removes is deleted at once;
abandoned ones are deleted by `purge_expired`, which runs whenever a file is
held.
"""

import posixpath
import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import PurePath

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .uploads import validate_attachment

FOLDER = "held-uploads"
HOLD_SECONDS = 24 * 60 * 60
SALT = "knowledgebase.held-upload"


@dataclass(frozen=True)
class HeldUpload:
    token: str
    path: str
    name: str

    def open(self):
        """The stored file as an upload, named as the coordinator named it."""
        stored = default_storage.open(self.path, "rb")
        stored.name = self.name
        return stored

    def discard(self):
        default_storage.delete(self.path)


def hold(upload, user):
    """Store a checked `upload` for `user`; the HeldUpload that stands for it."""
    purge_expired()
    name = PurePath(upload.name).name
    upload.seek(0)
    # A folder of its own: the coordinator's file name is kept, and no path is guessable.
    path = default_storage.save(posixpath.join(FOLDER, secrets.token_hex(12), name), upload)
    token = signing.dumps({"user": user.pk, "path": path, "name": name}, salt=SALT, compress=True)
    return HeldUpload(token=token, path=path, name=name)


def claim(token, user):
    """The HeldUpload `token` stands for, if it is `user`'s and still held; ValidationError otherwise."""
    lost = ValidationError(
        _("A file kept from your last try is no longer available; please attach it again."), code="held_upload_lost"
    )
    try:
        payload = signing.loads(token, salt=SALT, max_age=HOLD_SECONDS)
    except signing.BadSignature:
        raise lost from None
    path = payload.get("path", "")
    if payload.get("user") != user.pk or not path.startswith(FOLDER + "/") or not default_storage.exists(path):
        raise lost
    held = HeldUpload(token=token, path=path, name=payload["name"])
    with held.open() as stored:
        stored.size = default_storage.size(path)
        validate_attachment(stored)  # the same checks as a fresh upload, should the limits have changed
    return held


def purge_expired(now=None):
    """Delete held files older than HOLD_SECONDS: the coordinator gave up on the form."""
    cutoff = (now or timezone.now()) - timedelta(seconds=HOLD_SECONDS)
    try:
        directories, _files = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        return
    for directory in directories:
        folder = posixpath.join(FOLDER, directory)
        for name in default_storage.listdir(folder)[1]:
            path = posixpath.join(folder, name)
            if default_storage.get_modified_time(path) < cutoff:
                default_storage.delete(path)

"""Where uploaded files live: private by default, public only for image renditions.

Documents (practice attachments, course resources) and original images are
saved through the default storage, `PrivateMediaStorage`, whose folder
(PRIVATE_MEDIA_ROOT) is outside MEDIA_ROOT and is never mapped by a web
server. The only way to read one of those files is a permission-checking
view: Wagtail's document serve view (WAGTAILDOCS_SERVE_METHOD="serve_view")
with the site's `before_serve_document` hooks. Image renditions, which pages
embed with `<img>`, go to the public storage (WAGTAILIMAGES_RENDITION_STORAGE)
that MEDIA_URL serves.

Making the *default* storage the private one, rather than giving documents a
storage of their own, means every upload is private unless it is deliberately
sent elsewhere: a new file field, or a Wagtail model we do not control
(documents, original images, admin avatars), cannot leak by forgetting a
setting. A custom document model would have needed a swap of the document
table that practices and pages already point at.
"""

import posixpath
import secrets

from django.core.files.storage import FileSystemStorage


class PrivateMediaStorage(FileSystemStorage):
    """A folder no web server maps; each file under a random directory.

    The random directory keeps the uploader's file name (Wagtail's document
    URL `/documents/<id>/<name>` and the download name use it) while making
    the stored path impossible to guess, should the folder ever be exposed
    by a misconfigured server.
    """

    random_directory_bytes = 12

    def generate_filename(self, filename):
        filename = super().generate_filename(filename)
        directory, name = posixpath.split(filename)
        return posixpath.join(directory, secrets.token_hex(self.random_directory_bytes), name)

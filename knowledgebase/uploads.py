"""What may be attached to a practice: checked by content, not by name.

A file is accepted only when its first bytes (and, for Office files, the
parts inside the ZIP container) say it is a PDF, Word (DOCX), Excel (XLSX),
PNG or JPEG file, and its name ends in an extension of that same type. A
renamed executable or an HTML page called "report.pdf" is refused. The size
limit is the `PRACTICE_ATTACHMENT_MAX_SIZE` setting (bytes).
"""

import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# kind: (extensions, marker that must be inside a ZIP container or None)
ATTACHMENT_KINDS = {
    "pdf": ({".pdf"}, None),
    "docx": ({".docx"}, "word/document.xml"),
    "xlsx": ({".xlsx"}, "xl/workbook.xml"),
    "png": ({".png"}, None),
    "jpeg": ({".jpg", ".jpeg"}, None),
}
ACCEPTED_EXTENSIONS = sorted(extension for extensions, _marker in ATTACHMENT_KINDS.values() for extension in extensions)
ZIP_SIGNATURE = b"PK\x03\x04"


def max_attachment_size():
    return settings.PRACTICE_ATTACHMENT_MAX_SIZE


def sniff_kind(upload):
    """The kind of file its content says it is, or None."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(ZIP_SIGNATURE):
        return office_kind(upload)
    return None


def office_kind(upload):
    """DOCX or XLSX by the parts inside the ZIP, None for any other ZIP."""
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, EOFError):
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    for kind, (_extensions, marker) in ATTACHMENT_KINDS.items():
        if marker and marker in names:
            return kind
    return None


def validate_attachment(upload):
    """Raise ValidationError, naming the file, unless it is an accepted type within the size limit."""
    name = PurePath(upload.name).name
    limit = max_attachment_size()
    if upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; attachments may be at most %(limit)s."),
            code="file_too_large",
            params={"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    kind = sniff_kind(upload)
    extension = PurePath(name).suffix.lower()
    if kind is None or extension not in ATTACHMENT_KINDS[kind][0]:
        raise ValidationError(
            _(
                "“%(name)s” is not a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file, "
                "or its name does not match its content."
            ),
            code="file_type_not_accepted",
            params={"name": name},
        )

"""Small, valid files of each accepted type, and impostors, built in memory."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from knowledgebase.factories import minimal_pdf

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


# A fixed date in the ZIP entries: the same bytes in every test process (pytest-xdist workers must
# collect identical parameters, and the bytes are part of the test ids).
ZIP_ENTRY_DATE = (2024, 1, 1, 0, 0, 0)


def office_file(main_part):
    """A ZIP container with the parts that make it a DOCX (word/…) or an XLSX (xl/…)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", date_time=ZIP_ENTRY_DATE), "<Types/>")
        archive.writestr(zipfile.ZipInfo(main_part, date_time=ZIP_ENTRY_DATE), "<document/>")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def pdf(name="report.pdf"):
    return upload(name, minimal_pdf(), "application/pdf")


ACCEPTED = {
    "report.pdf": minimal_pdf(),
    "plan.docx": office_file("word/document.xml"),
    "figures.xlsx": office_file("xl/workbook.xml"),
    "photo.png": PNG_BYTES,
    "scan.jpg": JPEG_BYTES,
    "scan.jpeg": JPEG_BYTES,
}

IMPOSTORS = {
    "programme.pdf": b"MZ\x90\x00\x03\x00\x00\x00 an executable renamed",
    "page.pdf": b"<html><script>alert(1)</script></html>",
    "archive.docx": office_file("something/else.xml"),
    "picture.pdf": PNG_BYTES,
    "drawing.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
    "notes.txt": b"plain text",
    "report.docx": minimal_pdf(),
}

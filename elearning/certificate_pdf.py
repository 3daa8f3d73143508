"""The certificate as a one-page PDF, with a QR code that opens its public verification page.

Drawn with reportlab's canvas and the PDF standard fonts, so no system
library or font file is needed. The QR code is drawn as vector squares from
segno's module matrix: sharp at any zoom and a few hundred bytes.
"""

from io import BytesIO

import segno
from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

BRAND = colors.HexColor("#0b4f71")
MUTED = colors.HexColor("#4a5560")
QR_SIZE = 38 * mm
REGULAR, BOLD = "Helvetica", "Helvetica-Bold"


def draw_qr_code(canvas, url, x, y, size):
    """The QR code for `url` with its bottom-left corner at (x, y), one rectangle per run of dark modules."""
    matrix = [list(row) for row in segno.make(url, error="m").matrix_iter(scale=1, border=2)]
    module = size / len(matrix)
    canvas.setFillColor(colors.black)
    for row_number, row in enumerate(matrix):
        top = y + size - (row_number + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            run_start = column
            while column < len(row) and row[column]:
                column += 1
            canvas.rect(x + run_start * module, top, (column - run_start) * module, module, stroke=0, fill=1)


def draw_centred_lines(canvas, text, font, size, y, width, page_width, leading=1.25):
    """Centred text wrapped to `width`; returns the baseline below the last line."""
    canvas.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        canvas.drawCentredString(page_width / 2, y, line)
        y -= size * leading
    return y


def render_certificate_pdf(certificate, course_title, verification_url):
    """PDF bytes for `certificate`, in the active language."""
    buffer = BytesIO()
    page_width, page_height = landscape(A4)
    canvas = Canvas(buffer, pagesize=(page_width, page_height), pageCompression=1)
    canvas.setTitle(_("Certificate of completion") + f" – {course_title}")
    canvas.setAuthor(_("Integrity Hub"))
    canvas.setSubject(certificate.display_code)

    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, page_width - 24 * mm, page_height - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(16 * mm, 16 * mm, page_width - 32 * mm, page_height - 32 * mm)

    text_width = page_width - 70 * mm
    canvas.setFillColor(BRAND)
    y = draw_centred_lines(canvas, _("Integrity Hub"), BOLD, 14, page_height - 38 * mm, text_width, page_width)
    y = draw_centred_lines(canvas, _("Certificate of completion"), BOLD, 30, y - 8 * mm, text_width, page_width)
    canvas.setFillColor(colors.black)
    y = draw_centred_lines(canvas, _("This certifies that"), REGULAR, 13, y - 6 * mm, text_width, page_width)
    y = draw_centred_lines(canvas, certificate.holder_name, BOLD, 26, y - 4 * mm, text_width, page_width)
    if certificate.administration_name:
        y = draw_centred_lines(canvas, certificate.administration_name, REGULAR, 13, y, text_width, page_width)
    y = draw_centred_lines(canvas, _("has completed the course"), REGULAR, 13, y - 4 * mm, text_width, page_width)
    draw_centred_lines(canvas, course_title, BOLD, 20, y - 3 * mm, text_width, page_width)

    details = [_("Issued on %(date)s") % {"date": formats.date_format(certificate.issued_at, "DATE_FORMAT")}]
    if certificate.expires_at:
        details.append(_("Valid until %(date)s") % {"date": formats.date_format(certificate.expires_at, "DATE_FORMAT")})
    details.append(_("Verification code: %(code)s") % {"code": certificate.display_code})
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 11)
    y = 24 * mm + len(details) * 15 + 12
    for line in details:
        canvas.drawString(26 * mm, y, line)
        y -= 15
    canvas.setFont(REGULAR, 9)
    canvas.drawString(26 * mm, y - 4, _("Check it at %(url)s") % {"url": verification_url})

    draw_qr_code(canvas, verification_url, page_width - 26 * mm - QR_SIZE, 24 * mm, QR_SIZE)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

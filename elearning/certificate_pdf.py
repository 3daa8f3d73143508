"""The certificate as a one-page PDF, with an emblem, a signature block and a QR code for verification.

Text goes through elearning/certificate_text.py, which embeds Noto fonts and
shapes Arabic, so a holder's name renders in their own script. The emblem
and the QR code are vector drawings (no image files): sharp at any zoom and
a few hundred bytes. The QR code is drawn from segno's module matrix.
"""

import math
from io import BytesIO

import segno
from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .certificate_text import LATIN, draw_centred_lines, draw_line, register_fonts

BRAND = colors.HexColor("#0b4f71")
ACCENT = colors.HexColor("#c8962d")
MUTED = colors.HexColor("#4a5560")
QR_SIZE = 38 * mm
EMBLEM_RADIUS = 12 * mm
SIGNATURE_WIDTH = 70 * mm


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


def draw_emblem(canvas, centre_x, centre_y, radius):
    """Our seal: a toothed gold rim, a blue disc, and a white shield with a tick (integrity, checked)."""
    canvas.saveState()
    teeth = 36
    rim = canvas.beginPath()
    for point in range(teeth * 2):
        angle = math.pi * point / teeth
        reach = radius if point % 2 == 0 else radius * 0.92
        x, y = centre_x + reach * math.cos(angle), centre_y + reach * math.sin(angle)
        rim.moveTo(x, y) if point == 0 else rim.lineTo(x, y)
    rim.close()
    canvas.setFillColor(ACCENT)
    canvas.drawPath(rim, stroke=0, fill=1)
    canvas.setFillColor(BRAND)
    canvas.circle(centre_x, centre_y, radius * 0.82, stroke=0, fill=1)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(radius * 0.03)
    canvas.circle(centre_x, centre_y, radius * 0.72, stroke=1, fill=0)

    half_width, top, bottom = radius * 0.36, centre_y + radius * 0.42, centre_y - radius * 0.48
    shield = canvas.beginPath()
    shield.moveTo(centre_x - half_width, top)
    shield.lineTo(centre_x + half_width, top)
    shield.lineTo(centre_x + half_width, centre_y)
    shield.curveTo(centre_x + half_width, centre_y - radius * 0.3, centre_x, bottom + radius * 0.08, centre_x, bottom)
    shield.curveTo(
        centre_x,
        bottom + radius * 0.08,
        centre_x - half_width,
        centre_y - radius * 0.3,
        centre_x - half_width,
        centre_y,
    )
    shield.close()
    canvas.setFillColor(colors.white)
    canvas.drawPath(shield, stroke=0, fill=1)

    tick = canvas.beginPath()
    tick.moveTo(centre_x - radius * 0.18, centre_y + radius * 0.02)
    tick.lineTo(centre_x - radius * 0.04, centre_y - radius * 0.14)
    tick.lineTo(centre_x + radius * 0.2, centre_y + radius * 0.18)
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(radius * 0.09)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    canvas.drawPath(tick, stroke=1, fill=0)
    canvas.restoreState()


def draw_signature_block(canvas, centre_x, y):
    """A line to sign on, with the signatory's name (settings.CERTIFICATE_SIGNATORY, if set) and role under it."""
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.6)
    canvas.line(centre_x - SIGNATURE_WIDTH / 2, y, centre_x + SIGNATURE_WIDTH / 2, y)
    canvas.setFillColor(colors.black)
    lines = [line for line in (settings.CERTIFICATE_SIGNATORY, _("For the Integrity Hub secretariat")) if line]
    baseline = y - 14
    for line in lines:
        baseline = draw_centred_lines(canvas, line, 10, baseline, SIGNATURE_WIDTH, centre_x)


def render_certificate_pdf(certificate, course_title, verification_url):
    """PDF bytes for `certificate`, in the active language."""
    register_fonts()
    buffer = BytesIO()
    page_width, page_height = landscape(A4)
    centre = page_width / 2
    canvas = Canvas(buffer, pagesize=(page_width, page_height), pageCompression=1, initialFontName=LATIN)
    canvas.setTitle(_("Certificate of completion") + f" – {course_title}")
    canvas.setAuthor(_("Integrity Hub"))
    canvas.setSubject(certificate.display_code)

    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, page_width - 24 * mm, page_height - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(16 * mm, 16 * mm, page_width - 32 * mm, page_height - 32 * mm)
    draw_emblem(canvas, centre, page_height - 22 * mm - EMBLEM_RADIUS, EMBLEM_RADIUS)

    text_width = page_width - 70 * mm
    canvas.setFillColor(BRAND)
    y = draw_centred_lines(canvas, _("Integrity Hub"), 13, page_height - 54 * mm, text_width, centre, bold=True)
    y = draw_centred_lines(canvas, _("Certificate of completion"), 28, y - 5 * mm, text_width, centre, bold=True)
    canvas.setFillColor(colors.black)
    y = draw_centred_lines(canvas, _("This certifies that"), 13, y - 3 * mm, text_width, centre)
    y = draw_centred_lines(canvas, certificate.holder_name, 24, y - 3 * mm, text_width, centre, bold=True)
    if certificate.administration_name:
        y = draw_centred_lines(canvas, certificate.administration_name, 13, y, text_width, centre)
    y = draw_centred_lines(canvas, _("has completed the course"), 13, y - 2 * mm, text_width, centre)
    draw_centred_lines(canvas, course_title, 18, y - 2 * mm, text_width, centre, bold=True)

    details = [_("Issued on %(date)s") % {"date": formats.date_format(certificate.issued_at, "DATE_FORMAT")}]
    if certificate.expires_at:
        details.append(_("Valid until %(date)s") % {"date": formats.date_format(certificate.expires_at, "DATE_FORMAT")})
    details.append(_("Verification code: %(code)s") % {"code": certificate.display_code})
    canvas.setFillColor(MUTED)
    y = 24 * mm + len(details) * 14 + 12
    for line in details:
        draw_line(canvas, line, 10, 26 * mm, y)
        y -= 14
    draw_line(canvas, _("Check it at %(url)s") % {"url": verification_url}, 8, 26 * mm, y - 4)

    draw_signature_block(canvas, centre + 8 * mm, 42 * mm)
    draw_qr_code(canvas, verification_url, page_width - 26 * mm - QR_SIZE, 24 * mm, QR_SIZE)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

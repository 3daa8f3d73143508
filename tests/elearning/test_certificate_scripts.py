"""Certificates render a holder's name in their own script, with embedded fonts, an emblem and a signature block."""

import re
import unicodedata
from io import BytesIO

import pytest
from django.urls import reverse
from pypdf import PdfReader

from elearning.factories import CertificateFactory

pytestmark = pytest.mark.django_db

NAMES = {
    "Arabic": "فاطمة الزهراء بن علي",
    "Latin with accents": "Zoë Ångström-Núñez Çelik",
    "Cyrillic": "Анна Сергеевна Петрова",
    "Greek": "Ελένη Παπαδοπούλου",
}


def download(client, certificate):
    client.force_login(certificate.user)
    response = client.get(reverse("elearning:certificate_pdf", args=[certificate.code]))
    assert response.status_code == 200
    return response.content


def extracted_lines(pdf):
    """The page's text as a PDF reader extracts it, presentation forms read as the letters they stand for."""
    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    return [unicodedata.normalize("NFKC", line).strip() for line in text.splitlines()]


@pytest.mark.parametrize("script", NAMES)
def test_the_holders_name_is_extracted_from_the_pdf_as_written(client, script):
    certificate = CertificateFactory(holder_name=NAMES[script], administration_name="Direction générale des douanes")

    lines = extracted_lines(download(client, certificate))

    assert NAMES[script] in lines
    assert "Direction générale des douanes" in lines


def test_a_name_mixing_scripts_keeps_each_in_its_place(client):
    certificate = CertificateFactory(holder_name="Amina فاطمة Diallo")

    assert "Amina فاطمة Diallo" in extracted_lines(download(client, certificate))


def test_the_fonts_are_embedded_and_the_base_fonts_are_gone(client):
    pdf = download(client, CertificateFactory(holder_name="فاطمة الزهراء"))

    fonts = {
        font["/BaseFont"]
        for font in PdfReader(BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert any("NotoSansArabic" in name for name in fonts), fonts
    assert any(re.search(r"NotoSans\b(?!Arabic)", name) for name in fonts), fonts
    assert not any("Helvetica" in name for name in fonts), fonts
    assert pdf.count(b"/FontFile2") >= 2  # each font program is in the file, not left to the reader


def test_the_certificate_carries_a_signature_block(client, settings):
    settings.CERTIFICATE_SIGNATORY = "Kwame Mensah, Programme Manager"

    lines = extracted_lines(download(client, CertificateFactory()))

    assert "Kwame Mensah, Programme Manager" in lines
    assert "For the Integrity Hub secretariat" in lines

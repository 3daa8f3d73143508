"""Certificates: unguessable codes, public verification, the PDF, expiry and renewal, revocation by editors."""

import re
import unicodedata
from datetime import timedelta
from io import BytesIO

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS, MODERATORS
from elearning.certification import add_months
from elearning.factories import CertificateFactory, answer_form_data, build_course
from elearning.learner_progress import enrol
from elearning.models import Certificate, CertificateStatus, QuizAttempt
from elearning.models.certificates import normalise_code

from .conftest import complete_lessons, start_attempt

pytestmark = pytest.mark.django_db


def verify(client, certificate):
    return client.get(reverse("elearning:certificate", args=[certificate.code]))


def pdf_text(pdf):
    """The text a PDF reader extracts from the page, Arabic presentation forms read as the letters they are."""
    return unicodedata.normalize("NFKC", PdfReader(BytesIO(pdf)).pages[0].extract_text())


def pass_course(client, learner, tree):
    enrol(learner, tree.course)
    client.force_login(learner)
    complete_lessons(client, tree.lessons)
    _response, attempt = start_attempt(client, tree.assessment)
    client.post(reverse("elearning:attempt", args=[attempt.pk]), answer_form_data(attempt.snapshot))
    return Certificate.objects.filter(user=learner).order_by("issued_at").last()


def test_codes_are_random_base32_and_read_back_however_they_are_typed():
    codes = {CertificateFactory().code for _ in range(50)}

    assert len(codes) == 50
    assert all(re.fullmatch(r"[A-Z2-7]{16}", code) for code in codes)
    assert normalise_code(" abcd-ef0h 1jkl-mn8p ") == "ABCDEFOHIJKLMNBP"


def test_the_display_code_is_grouped_in_fours():
    assert CertificateFactory(code="ABCDEFGHIJKLMNOP").display_code == "ABCD-EFGH-IJKL-MNOP"


def test_anyone_can_verify_a_valid_certificate_without_logging_in(client):
    certificate = CertificateFactory(holder_name="Amina Diallo", administration_name="Kasoria Customs")

    response = verify(client, certificate)

    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in html
    assert "Amina Diallo" in html and "Kasoria Customs" in html and certificate.display_code in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-cache" in response["Cache-Control"]


def test_an_expired_certificate_says_so(client):
    certificate = CertificateFactory(expires_at=timezone.now() - timedelta(days=1))

    assert "This certificate has expired." in verify(client, certificate).content.decode()
    assert certificate.status == CertificateStatus.EXPIRED


def test_a_revoked_certificate_says_so_but_keeps_the_reason_private(client):
    certificate = CertificateFactory(
        revoked_at=timezone.now(), revocation_reason="Obtained by sharing answers (case 2026-17)"
    )

    html = verify(client, certificate).content.decode()

    assert "This certificate has been revoked." in html
    assert "case 2026-17" not in html


def test_an_unknown_code_is_not_found_and_a_typed_code_is_normalised(client):
    certificate = CertificateFactory()

    assert client.get(reverse("elearning:certificate", args=["AAAABBBBCCCCDDDD"])).status_code == 404
    typed = certificate.display_code.lower()
    assert client.get(reverse("elearning:certificate", args=[typed])).url == reverse(
        "elearning:certificate", args=[certificate.code]
    )
    lookup = client.get(reverse("elearning:certificate_lookup"), {"code": typed})
    assert lookup.url == reverse("elearning:certificate", args=[certificate.code])
    assert 'for="code"' in client.get(reverse("elearning:certificate_lookup")).content.decode()


@pytest.mark.parametrize("typed", ["-", "%20", "%C2%B7", "--%20-", "%C3%89T%C3%89", "ABCD9999", "A" * 40])
def test_a_code_that_normalises_to_no_code_is_not_found_rather_than_an_error(client, learner, typed):
    response = client.get(f"/en/certificates/{typed}/")
    assert response.status_code == 404
    assert "Certificate not found" in response.content.decode()

    client.force_login(learner)
    assert client.get(f"/en/certificates/{typed}/pdf/").status_code == 404


@pytest.mark.parametrize("typed", ["-", "·", "ÉTÉ", "\x01"])
def test_the_lookup_form_answers_not_found_for_what_cannot_be_a_code(client, typed):
    response = client.get(reverse("elearning:certificate_lookup"), {"code": typed})

    assert response.status_code == 404
    assert "Certificate not found" in response.content.decode()


def test_the_holder_downloads_a_pdf_with_name_course_date_code_and_a_qr_code_to_the_page(
    client, learner, course_tree, monkeypatch
):
    import segno

    encoded = []
    real_make = segno.make
    monkeypatch.setattr(
        segno, "make", lambda content, **options: encoded.append(content) or real_make(content, **options)
    )
    certificate = pass_course(client, learner, course_tree)

    response = client.get(reverse("elearning:certificate_pdf", args=[certificate.code]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="certificate-')
    pdf = response.content
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    verification_url = f"http://testserver/en/certificates/{certificate.code}/"
    for expected in (
        "Jonas Berg",
        course_tree.course.title,
        "Norvania Customs",
        certificate.display_code,
        verification_url,
    ):
        assert expected in text
    assert timezone.localdate().strftime("%Y") in text
    assert encoded == [verification_url]


def test_nobody_else_downloads_the_pdf_and_a_revoked_one_is_refused(client, learner, course_tree):
    certificate = pass_course(client, learner, course_tree)
    pdf_url = reverse("elearning:certificate_pdf", args=[certificate.code])

    client.force_login(UserFactory())
    assert client.get(pdf_url).status_code == 404

    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now(), revocation_reason="Fraud")
    client.force_login(learner)
    assert client.get(pdf_url).url == reverse("elearning:certificate", args=[certificate.code])


def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month():
    start = timezone.now().replace(year=2026, month=1, day=31)
    assert add_months(start, 1).date().isoformat() == "2026-02-28"
    assert add_months(start, 12).date().isoformat() == "2027-01-31"
    assert add_months(start.replace(month=11, day=15), 3).date().isoformat() == "2027-02-15"


def test_an_expired_certificate_is_renewed_by_passing_again(client, learner):
    tree = build_course(lesson_count=1, certificate_validity_months=24, assessment_fields={"attempt_limit": 1})
    first = pass_course(client, learner, tree)
    assert first.expires_at == add_months(first.issued_at, 24)
    _response, refused = start_attempt(client, tree.assessment)
    assert refused is None  # passed and valid: nothing to retake

    # Two years later the certificate has lapsed; the old attempt no longer counts against the limit.
    Certificate.objects.filter(pk=first.pk).update(expires_at=timezone.now() - timedelta(days=1))
    QuizAttempt.objects.update(started_at=timezone.now() - timedelta(days=800))
    assert "Renew your certificate" in client.get(reverse("elearning:dashboard")).content.decode()
    _response, renewal = start_attempt(client, tree.assessment)
    client.post(reverse("elearning:attempt", args=[renewal.pk]), answer_form_data(renewal.snapshot))

    certificates = list(Certificate.objects.filter(user=learner).order_by("issued_at"))
    assert len(certificates) == 2
    assert [certificate.status for certificate in certificates] == [CertificateStatus.EXPIRED, CertificateStatus.VALID]
    assert certificates[1].attempt_id == renewal.pk


def test_a_revoked_certificate_is_not_reissued_by_retaking(client, learner, course_tree):
    certificate = pass_course(client, learner, course_tree)
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now(), revocation_reason="Fraud")

    response, attempt = start_attempt(client, course_tree.assessment)

    assert attempt is None
    assert "was revoked" in client.get(response.url).content.decode()


@pytest.fixture
def editor(client):
    user = add_to_role(UserFactory(staff=True), EDITORS)
    client.force_login(user)
    return user


def test_an_editor_revokes_a_certificate_with_a_reason_in_the_admin(client, editor):
    certificate = CertificateFactory()
    listing = client.get(reverse("elearning_certificate:index"))
    revoke_url = reverse("elearning_revoke_certificate", args=[certificate.pk])
    assert listing.status_code == 200
    assert revoke_url in listing.content.decode()

    assert client.post(revoke_url, {"reason": "  "}).status_code == 200  # a reason is required
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    response = client.post(revoke_url, {"reason": "Answers were shared before the assessment."})

    assert response.url == reverse("elearning_certificate:index")
    certificate.refresh_from_db()
    assert certificate.revoked_by == editor
    assert certificate.revocation_reason == "Answers were shared before the assessment."
    assert certificate.status == CertificateStatus.REVOKED


def test_a_revocation_reason_is_cleaned_and_a_control_character_refused(client, editor):
    certificate = CertificateFactory()
    revoke_url = reverse("elearning_revoke_certificate", args=[certificate.pk])

    refused_reason = client.post(revoke_url, {"reason": "Shared\x1b answers"})
    assert "invisible control character (U+001B) at position 7" in refused_reason.content.decode()
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    client.post(revoke_url, {"reason": "Shared\u202e answers\r\nbefore"})
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Shared answers\nbefore"


def test_revoking_twice_keeps_the_first_reason(client, editor):
    certificate = CertificateFactory(revoked_at=timezone.now(), revocation_reason="First reason")

    client.post(reverse("elearning_revoke_certificate", args=[certificate.pk]), {"reason": "Second reason"})

    certificate.refresh_from_db()
    assert certificate.revocation_reason == "First reason"


def refused(response):
    """Wagtail's admin answers a permission refusal by sending the user back to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def test_only_editors_may_revoke_and_nobody_creates_or_edits_certificates_in_the_admin(client):
    certificate = CertificateFactory()
    revoke_url = reverse("elearning_revoke_certificate", args=[certificate.pk])

    moderator = add_to_role(UserFactory(staff=True), MODERATORS)
    client.force_login(moderator)
    assert client.get(reverse("elearning_certificate:index")).status_code == 200
    assert refused(client.post(revoke_url, {"reason": "No"}))

    client.force_login(UserFactory())
    assert client.post(revoke_url, {"reason": "No"}).url.startswith(reverse("wagtailadmin_login"))

    client.force_login(UserFactory(staff=True, is_superuser=True))
    assert refused(client.get(reverse("elearning_certificate:add")))
    assert refused(client.get(reverse("elearning_certificate:edit", args=[certificate.pk])))
    assert refused(client.post(reverse("elearning_certificate:delete", args=[certificate.pk])))
    assert client.get(reverse("elearning_certificate:inspect", args=[certificate.pk])).status_code == 200
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    assert Group.objects.get(name=EDITORS).permissions.filter(codename="revoke_certificate").exists()

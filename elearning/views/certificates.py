"""Public certificate verification, and the PDF for its holder.

Anyone with the code sees whether a certificate is valid, expired or revoked,
without logging in. The code is the only key: 80 random bits, so pages
cannot be found by guessing. Verification pages are never cached, because a
revocation must show at once, and ask search engines not to index them.

A code from a URL or the lookup form is normalised first (case, spaces,
hyphens, look-alike digits) and only then checked: whatever does not
normalise to base32 letters and digits is no code, and answers the
"not found" page rather than a redirect to nowhere.
"""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from home.shell import active_locale
from home.text_cleaning import printable_text

from ..certificate_pdf import render_certificate_pdf
from ..models import Certificate, CertificateStatus, CoursePage
from ..models.certificates import normalise_code

CODE = re.compile(r"[A-Z2-7]{1,32}")
SHOWN_CODE_LENGTH = 64


def code_from(typed):
    """The certificate code `typed` stands for, or None when it cannot be one."""
    code = normalise_code(typed)
    return code if CODE.fullmatch(code) else None


def not_found(request, typed):
    shown = printable_text(typed)[:SHOWN_CODE_LENGTH]
    return render(request, "elearning/certificate_not_found.html", {"code": shown}, status=404)


def course_title_now(certificate):
    """The course's title in the active language if it has one, else as it was when issued."""
    title = (
        CoursePage.objects.filter(translation_key=certificate.course_key, locale=active_locale())
        .values_list("title", flat=True)
        .first()
    )
    return title or certificate.course_title


@require_GET
def lookup(request):
    typed = request.GET.get("code", "")
    if not typed.strip():
        return render(request, "elearning/certificate_lookup.html")
    code = code_from(typed)
    if code is None:
        return not_found(request, typed)
    return redirect("elearning:certificate", code)


@never_cache
@require_GET
def verify(request, code):
    typed, code = code, code_from(code)
    if code is None:
        return not_found(request, typed)
    if code != typed:
        return redirect("elearning:certificate", code)
    certificate = Certificate.objects.filter(code=code).first()
    if certificate is None:
        return not_found(request, typed)
    return render(
        request,
        "elearning/certificate_verify.html",
        {
            "certificate": certificate,
            "course_title": course_title_now(certificate),
            "status": certificate.status,
            "statuses": CertificateStatus,
        },
    )


def may_download(user, certificate):
    return certificate.user_id == user.pk or user.has_perm("elearning.view_certificate")


@login_required
@require_GET
def download_pdf(request, code):
    code = code_from(code)
    certificate = Certificate.objects.filter(code=code).first() if code else None
    if certificate is None or not may_download(request.user, certificate):
        raise Http404
    if certificate.status == CertificateStatus.REVOKED:
        messages.error(request, _("A revoked certificate cannot be downloaded."))
        return redirect("elearning:certificate", certificate.code)
    verification_url = request.build_absolute_uri(reverse("elearning:certificate", args=[certificate.code]))
    pdf = render_certificate_pdf(certificate, course_title_now(certificate), verification_url)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"certificate-{certificate.display_code}-{translation.get_language()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

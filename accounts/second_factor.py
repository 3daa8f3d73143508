"""Which requests need a verified second factor: those that read other people's personal data.

A stolen password alone must not open learners' names, emails and results,
other administrations' draft practices or other people's certificates. So
every view that shows them is listed here, by URL name, with the condition
under which it reads someone else's data (a certificate PDF is someone
else's only when the certificate is). The Wagtail admin is guarded as a
whole. tests/accounts/test_two_factor.py enumerates every URL of the project
and fails on any that is neither listed here nor declared there as reading
only the caller's own or public data, so a new view cannot be forgotten.

Once an account has a confirmed authenticator, these requests need a code
in the session; with SENSITIVE_TWO_FACTOR_REQUIRED (on in production), the
staff, coordinators and moderators who may reach them must enrol first.
"""

from wagtail.documents import get_document_model

from elearning.models import Certificate
from elearning.models.certificates import normalise_code
from knowledgebase.attachment_access import served_only_as_moderator
from knowledgebase.models import PracticePage

from .roles import is_coordinator, is_moderator

ADMIN_PREFIX = "/admin/"
# Signing in and out of the admin must stay reachable without a code.
ADMIN_PATHS_WITHOUT_SECOND_FACTOR = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")


def always(request, match):
    return True


def someone_elses_certificate(request, match):
    return not Certificate.objects.filter(code=normalise_code(match.kwargs["code"]), user=request.user).exists()


def someone_elses_practice(request, match):
    return not PracticePage.objects.filter(pk=match.kwargs["page_id"], owner=request.user).exists()


def someone_elses_draft_document(request, match):
    """Only a file readable because the user moderates: another coordinator's draft attachment."""
    document = get_document_model().objects.select_related("collection").filter(pk=match.args[0]).first()
    return document is not None and served_only_as_moderator(document, request.user)


# URL name -> condition(request, resolver_match): does this request read someone else's personal data?
GUARDED_VIEWS = {
    # Coordinators' and the secretariat's reports: officers' names, emails, progress, scores.
    "elearning:reports": always,
    "elearning:reports_export": always,
    "elearning:course_report": always,
    "elearning:course_report_export": always,
    "elearning:learner_report": always,
    # Accommodations: officers' names and the reasons they were granted extra time or attempts.
    "elearning:accommodations": always,
    "elearning:grant_accommodation": always,
    "elearning:revoke_accommodation": always,
    # Enrolment upload: creates accounts for, and lists, an administration's officers.
    "elearning:upload_enrolments": always,
    # Someone else's certificate (the public verification page shows no personal data beyond the name).
    "elearning:certificate_pdf": someone_elses_certificate,
    # Moderation: drafts and comments of other coordinators.
    "knowledgebase:preview_practice": someone_elses_practice,
    "knowledgebase:remove_comment": always,
    "wagtaildocs_serve": someone_elses_draft_document,
}


def may_use_two_factor(user):
    """Those whose role lets them read other people's data: staff, coordinators and moderators."""
    return user.is_authenticated and (user.is_staff or user.is_superuser or is_coordinator(user) or is_moderator(user))


def reads_others_personal_data(request):
    """True when this (resolved) request is one that GUARDED_VIEWS or the admin covers."""
    path = request.path_info
    if path.startswith(ADMIN_PREFIX):
        return not path.startswith(ADMIN_PATHS_WITHOUT_SECOND_FACTOR)
    match = request.resolver_match
    condition = GUARDED_VIEWS.get(match.view_name) if match else None
    return bool(condition and request.user.is_authenticated and condition(request, match))

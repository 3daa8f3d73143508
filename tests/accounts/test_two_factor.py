"""A TOTP authenticator app (django-otp) guards every view that reads other people's personal data."""

from base64 import b32decode
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote, urlencode

import pytest
import segno
from django.conf import settings
from django.urls import URLResolver, get_resolver, reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.factories import KNOWN_PASSWORD, PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import EDITORS, LEARNERS
from accounts.second_factor import GUARDED_VIEWS
from elearning.factories import CertificateFactory, build_course
from elearning.learner_progress import enrol
from knowledgebase.factories import (
    PracticeCommentFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    attach_document,
    make_coordinator,
    make_moderator,
)

pytestmark = pytest.mark.django_db

SETUP_URL = "/en/profile/two-factor/"
VERIFY_URL = "/en/profile/two-factor/verify/"
REMOVE_URL = "/en/profile/two-factor/remove/"


def token_at(device, drift):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift):06d}"


def current_token(device):
    """The code an authenticator app holding `device`'s key shows right now."""
    return token_at(device, device.drift)


def wrong_token(device):
    """A code the device rejects: not one of those its clock tolerance accepts."""
    accepted = {token_at(device, device.drift + step) for step in range(-device.tolerance, device.tolerance + 1)}
    return next(candidate for candidate in ("000000", "111111", "222222", "333333") if candidate not in accepted)


@pytest.fixture
def editor():
    """A staff member who may use the Wagtail admin."""
    return add_to_role(UserFactory(staff=True), EDITORS)


@pytest.fixture
def editor_with_device(editor):
    return editor, TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)


def test_learners_may_not_set_up_two_factor(client):
    client.force_login(add_to_role(UserFactory(), LEARNERS))

    assert client.get(SETUP_URL).status_code == 403
    assert client.post(SETUP_URL, {"token": "123456"}).status_code == 403
    assert not TOTPDevice.objects.exists()


def test_setup_needs_a_login(client):
    response = client.get(SETUP_URL)

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_setup_shows_a_qr_code_and_the_key_then_confirms_the_device_with_a_valid_code(client, editor):
    client.force_login(editor)

    page = client.get(SETUP_URL)

    html = page.content.decode()
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed
    assert device.config_url.startswith("otpauth://totp/Integrity%20Hub%3A")
    # The page's QR code is the one for this device's provisioning URI.
    expected_qr_code = segno.make(device.config_url, error="m")
    size = expected_qr_code.symbol_size(scale=4)[0]
    expected_svg = expected_qr_code.svg_inline(
        scale=4, omitsize=True, title="QR code to scan with your authenticator app"
    ).replace("<svg ", f'<svg width="{size}" height="{size}" role="img" ', 1)
    assert expected_svg in html
    secret = page.context["secret"]
    assert b32decode(secret) == device.bin_key
    assert f"<code>{secret}</code>" in html
    assert client.get(SETUP_URL).context["secret"] == secret, "a reload must not change the key"

    response = client.post(SETUP_URL, {"token": current_token(device)})

    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_a_wrong_code_leaves_the_device_unconfirmed(client, editor):
    client.force_login(editor)
    client.get(SETUP_URL)
    device = TOTPDevice.objects.get(user=editor)

    response = client.post(SETUP_URL, {"token": wrong_token(device)})

    assert response.status_code == 200
    assert 'id="id_token_error"' in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed


def test_staff_with_a_device_must_enter_a_code_before_the_admin(client, editor_with_device):
    editor, device = editor_with_device
    client.force_login(editor)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == f"{VERIFY_URL}?next=%2Fadmin%2F"

    verify_page = client.get(response.url)
    assert verify_page.status_code == 200
    assert 'name="next" value="/admin/"' in verify_page.content.decode()

    response = client.post(VERIFY_URL, {"token": current_token(device), "next": "/admin/"})
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_open_the_admin(client, editor_with_device):
    editor, device = editor_with_device
    client.force_login(editor)

    response = client.post(VERIFY_URL, {"token": wrong_token(device), "next": "/admin/"})

    assert response.status_code == 200
    assert 'id="id_token_error"' in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_code_cannot_be_used_twice(client, editor_with_device):
    editor, device = editor_with_device
    token = current_token(device)
    client.force_login(editor)
    client.post(VERIFY_URL, {"token": token})

    second_browser = client.__class__()
    second_browser.force_login(editor)
    response = second_browser.post(VERIFY_URL, {"token": token})

    assert response.status_code == 200
    assert second_browser.get("/admin/").status_code == 302


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/admin/", "javascript:alert(1)"])
def test_verification_never_redirects_to_another_site(client, editor_with_device, next_url):
    editor, device = editor_with_device
    client.force_login(editor)

    response = client.post(f"{VERIFY_URL}?next={quote(next_url)}", {"token": current_token(device)})

    assert response.status_code == 302
    assert response.url == "/admin/"


def test_staff_without_a_device_are_sent_from_verify_to_setup(client, editor):
    client.force_login(editor)

    response = client.get(f"{VERIFY_URL}?next=/admin/pages/")

    assert response.status_code == 302
    assert response.url == f"{SETUP_URL}?next=%2Fadmin%2Fpages%2F"


def test_an_enrolled_but_unverified_session_is_sent_to_verify_before_managing_the_device(client, editor_with_device):
    editor, _ = editor_with_device
    client.force_login(editor)

    response = client.get(SETUP_URL)

    assert response.status_code == 302
    assert response.url.startswith(VERIFY_URL)
    assert client.post(REMOVE_URL, {"password": KNOWN_PASSWORD}).status_code == 302
    assert TOTPDevice.objects.filter(user=editor).exists()


def verified_session(client, editor, device):
    client.force_login(editor)
    client.post(VERIFY_URL, {"token": current_token(device)})


def test_removing_the_device_needs_the_right_password(client, editor_with_device):
    editor, device = editor_with_device
    verified_session(client, editor, device)

    manage_page = client.get(SETUP_URL)
    assert manage_page.status_code == 200
    assert "Phone" in manage_page.content.decode()

    response = client.post(REMOVE_URL, {"password": "not-my-password"})
    assert response.status_code == 200
    assert 'id="id_password_error"' in response.content.decode()
    assert TOTPDevice.objects.filter(user=editor).exists()

    response = client.post(REMOVE_URL, {"password": KNOWN_PASSWORD})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert client.get("/admin/").status_code == 200


def test_removal_only_answers_post(client, editor_with_device):
    editor, device = editor_with_device
    verified_session(client, editor, device)

    assert client.get(REMOVE_URL).status_code == 405
    assert TOTPDevice.objects.filter(user=editor).exists()


def test_when_two_factor_is_compulsory_staff_enrol_on_their_way_to_the_admin(client, editor, settings):
    settings.SENSITIVE_TWO_FACTOR_REQUIRED = True
    client.force_login(editor)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == f"{SETUP_URL}?next=%2Fadmin%2F"
    assert client.get(response.url).status_code == 200
    device = TOTPDevice.objects.get(user=editor)

    response = client.post(SETUP_URL, {"token": current_token(device), "next": "/admin/"})

    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


# --- Every view that reads other people's personal data -----------------------------------------


@pytest.fixture
def people_and_their_data(db):
    """A moderator with an authenticator, and what other people keep on the site that they may read."""
    course_tree = build_course(lesson_count=1)
    administration = PartnerAdministrationFactory()
    learner = add_to_role(UserFactory(administration=administration), LEARNERS)
    enrol(learner, course_tree.course)
    coordinator = make_coordinator(administration)
    practice_index = PracticeIndexPageFactory(parent=course_tree.home, slug="practices")
    draft = PracticePageFactory(parent=practice_index, live=False, owner=coordinator)
    live_practice = PracticePageFactory(parent=practice_index)
    moderator = make_moderator()
    return SimpleNamespace(
        moderator=moderator,
        device=TOTPDevice.objects.create(user=moderator, name="Phone", confirmed=True),
        learner=learner,
        coordinator=coordinator,
        course_key=course_tree.course.translation_key,
        certificate=CertificateFactory(user=learner),
        draft=draft,
        draft_document=attach_document(draft, uploaded_by=coordinator),
        comment=PracticeCommentFactory(practice=live_practice, author=coordinator),
    )


def guarded_requests(data):
    """(method, path, status once verified) of each view that shows the moderator someone else's data."""
    return [
        ("get", reverse("elearning:reports"), 200),
        ("get", reverse("elearning:reports_export"), 200),
        ("get", reverse("elearning:course_report", args=[data.course_key]), 200),
        ("get", reverse("elearning:course_report_export", args=[data.course_key]), 200),
        ("get", reverse("elearning:learner_report", args=[data.learner.pk]), 200),
        ("get", reverse("elearning:upload_enrolments"), 200),
        ("get", reverse("elearning:certificate_pdf", args=[data.certificate.code]), 200),
        ("get", reverse("knowledgebase:preview_practice", args=[data.draft.pk]), 200),
        ("get", data.draft_document.url, 200),
        ("post", reverse("knowledgebase:remove_comment", args=[data.comment.pk]), 302),
        ("get", "/admin/", 200),
    ]


def verify_redirect(path):
    return f"{VERIFY_URL}?{urlencode({'next': path})}"


def test_with_a_device_and_only_a_password_every_view_of_others_data_asks_for_the_code(client, people_and_their_data):
    client.force_login(people_and_their_data.moderator)

    for method, path, _status in guarded_requests(people_and_their_data):
        response = getattr(client, method)(path)
        assert (response.status_code, response.get("Location")) == (302, verify_redirect(path)), path
    people_and_their_data.comment.refresh_from_db()
    assert not people_and_their_data.comment.is_removed


def test_once_verified_every_view_of_others_data_is_served(client, people_and_their_data):
    client.force_login(people_and_their_data.moderator)
    response = client.post(
        VERIFY_URL, {"token": current_token(people_and_their_data.device), "next": reverse("elearning:reports")}
    )
    assert response.url == reverse("elearning:reports")

    for method, path, status in guarded_requests(people_and_their_data):
        response = getattr(client, method)(path)
        assert response.status_code == status, path
        assert not response.get("Location", "").startswith(VERIFY_URL), path
    people_and_their_data.comment.refresh_from_db()
    assert people_and_their_data.comment.is_removed


def test_the_code_brings_back_to_the_report_with_its_query(client, people_and_their_data):
    client.force_login(people_and_their_data.moderator)
    report = f"{reverse('elearning:reports')}?administration={people_and_their_data.learner.administration_id}"

    response = client.get(report)
    assert response.url == verify_redirect(report)
    response = client.post(response.url, {"token": current_token(people_and_their_data.device)})

    assert response.url == report


def test_own_data_needs_no_second_factor(client, people_and_their_data):
    """A learner's own profile and certificate, a coordinator's own draft, with a device and no code."""
    data = people_and_their_data
    TOTPDevice.objects.create(user=data.learner, name="Phone", confirmed=True)
    TOTPDevice.objects.create(user=data.coordinator, name="Phone", confirmed=True)

    client.force_login(data.learner)
    assert client.get(reverse("accounts:profile")).status_code == 200
    assert client.get(reverse("elearning:certificate_pdf", args=[data.certificate.code])).status_code == 200
    assert client.get(reverse("elearning:dashboard")).status_code == 200

    client.force_login(data.coordinator)
    assert client.get(reverse("knowledgebase:preview_practice", args=[data.draft.pk])).status_code == 200
    assert client.get(data.draft_document.url).status_code == 200


def test_when_compulsory_coordinators_enrol_before_reports_and_learners_are_not_asked(
    client, people_and_their_data, settings
):
    settings.SENSITIVE_TWO_FACTOR_REQUIRED = True
    data = people_and_their_data
    reports = reverse("elearning:reports")

    client.force_login(data.coordinator)
    response = client.get(reports)
    assert response.url == f"{SETUP_URL}?{urlencode({'next': reports})}"
    assert client.get(response.url).status_code == 200
    device = TOTPDevice.objects.get(user=data.coordinator)
    response = client.post(SETUP_URL, {"token": current_token(device), "next": reports})
    assert response.url == reports
    assert client.get(reports).status_code == 200

    client.force_login(data.learner)
    assert client.get(reports).status_code == 403
    assert client.get(reverse("elearning:certificate_pdf", args=[data.certificate.code])).status_code == 200


def test_production_makes_the_second_factor_compulsory():
    production = (Path(settings.BASE_DIR) / "integrityhub/settings/production.py").read_text()

    assert 'SENSITIVE_TWO_FACTOR_REQUIRED = env_bool("SENSITIVE_TWO_FACTOR_REQUIRED", True)' in production


# Views that read only the caller's own data or public data: no second factor. Every URL of the
# project must be here or in accounts.second_factor.GUARDED_VIEWS (the admin is guarded as a whole).
OWN_OR_PUBLIC_DATA = {
    "wagtaildocs_authenticate_with_password": "a password form for a document",
    "sitemap.xml": "public pages",
    "health": "service status",
    "favicon": "the site's icon",
    "pattern_library": "the design system's components, no data",
    "api:openapi-json": "API description",
    "api:openapi-view": "API description",
    "api:practice_search": "practices the caller may read, no personal data",
    "api:practice_autocomplete": "titles of practices the caller may read",
    "api:api-root": "API index",
    "account_login": "own account (allauth)",
    "account_logout": "own account (allauth)",
    "account_inactive": "own account (allauth)",
    "account_signup": "own account (allauth)",
    "account_reauthenticate": "own account (allauth)",
    "account_request_reauthentication_code": "own account (allauth)",
    "account_confirm_reauthentication_code": "own account (allauth)",
    "account_email": "own account (allauth)",
    "account_email_verification_sent": "own account (allauth)",
    "account_change_password": "own account (allauth)",
    "account_set_password": "own account (allauth)",
    "account_reset_password": "own account (allauth)",
    "account_confirm_login_code": "own account (allauth)",
    "account_confirm_email": "own account (allauth)",
    "account_reset_password_from_key_done": "own account (allauth)",
    "account_reset_password_from_key": "own account (allauth)",
    "account_reset_password_done": "own account (allauth)",
    "accounts:profile": "own profile",
    "accounts:export": "own personal data",
    "accounts:delete": "own account",
    "accounts:two_factor_setup": "own device",
    "accounts:two_factor_verify": "own device",
    "accounts:two_factor_remove": "own device",
    "knowledgebase:create_practice": "own practice",
    "knowledgebase:edit_practice": "own practice only (404 otherwise)",
    "knowledgebase:withdraw_practice": "own practice only",
    "knowledgebase:delete_draft": "own draft only",
    "knowledgebase:add_comment": "own comment on a practice the caller may read",
    "knowledgebase:toggle_bookmark": "own bookmark",
    "knowledgebase:edit_comment": "own comment only",
    "knowledgebase:my_practices": "own practices",
    "knowledgebase:my_bookmarks": "own bookmarks",
    "knowledgebase:tag_suggestions": "tags of practices the caller may read",
    "knowledgebase:practices_api": "live practices the caller may read",
    "knowledgebase:feed": "public practices and guide",
    "search:site_search": "pages the caller may read",
    "elearning:dashboard": "own courses and progress",
    "elearning:enrol": "own enrolment",
    "elearning:complete_lesson": "own progress",
    "elearning:start_attempt": "own attempt",
    "elearning:attempt": "own attempt only",
    "elearning:attempt_result": "own attempt only",
    "elearning:save_answers": "own attempt only",
    "elearning:certificate_lookup": "a form",
    "elearning:certificate": "the public verification of a certificate",
    "elearning:reminder_opt_out": "the email address the signed link was sent to, only to its holder",
    "wagtailcore_authenticate_with_password": "a password form for a page",
    "wagtailcore_login": "Wagtail's login redirect",
    "wagtail_serve": "live pages the caller may read (drafts are previewed through the admin or preview_practice)",
}


def project_url_patterns(patterns=None, route="", namespace=""):
    """(name or route, route) of every URL pattern of the project, includes followed."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner_namespace = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from project_url_patterns(pattern.url_patterns, route + str(pattern.pattern), inner_namespace)
        else:
            full_route = route + str(pattern.pattern)
            yield (f"{namespace}{pattern.name}" if pattern.name else full_route.lstrip("^")), full_route


def test_every_url_of_the_project_is_either_guarded_or_declared_own_or_public():
    unclassified, guarded_and_declared_open, seen = [], [], set()
    for name, route in project_url_patterns():
        if route.lstrip("^").startswith("admin/"):
            continue  # the whole admin is guarded (see the admin tests above)
        seen.add(name)
        if name in GUARDED_VIEWS and name in OWN_OR_PUBLIC_DATA:
            guarded_and_declared_open.append(name)
        elif name not in GUARDED_VIEWS and name not in OWN_OR_PUBLIC_DATA:
            unclassified.append(f"{name} ({route})")

    assert not unclassified, (
        "New URLs: if they show other people's personal data add them to accounts.second_factor.GUARDED_VIEWS, "
        f"otherwise to OWN_OR_PUBLIC_DATA here: {unclassified}"
    )
    assert not guarded_and_declared_open
    assert set(GUARDED_VIEWS) <= seen, f"guarded names that are no URL: {set(GUARDED_VIEWS) - seen}"
    assert set(OWN_OR_PUBLIC_DATA) <= seen, f"declared names that are no URL: {set(OWN_OR_PUBLIC_DATA) - seen}"

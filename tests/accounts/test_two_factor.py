"""Staff protect the admin with a TOTP authenticator app (django-otp)."""

from base64 import b32decode
from urllib.parse import quote

import pytest
import segno
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.factories import KNOWN_PASSWORD, UserFactory, add_to_role
from accounts.roles import EDITORS

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


def test_people_who_are_not_staff_may_not_set_up_two_factor(client):
    client.force_login(UserFactory())

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
    assert response.url == f"{VERIFY_URL}?next=/admin/"

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
    settings.STAFF_TWO_FACTOR_REQUIRED = True
    client.force_login(editor)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == f"{SETUP_URL}?next=/admin/"
    assert client.get(response.url).status_code == 200
    device = TOTPDevice.objects.get(user=editor)

    response = client.post(SETUP_URL, {"token": current_token(device), "next": "/admin/"})

    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200

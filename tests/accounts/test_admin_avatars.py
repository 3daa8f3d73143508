"""Admin profile pictures: no Gravatar, and an uploaded picture is shown to admin users only."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from PIL import Image
from wagtail.users.models import UserProfile

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def png_bytes():
    buffer = BytesIO()
    Image.new("RGB", (8, 8), "#0b4f71").save(buffer, format="PNG")
    return buffer.getvalue()


def editor_with_picture():
    editor = UserFactory(email="editor@secretariat.example", is_staff=True, is_superuser=True)
    profile = UserProfile.get_for_user(editor)
    profile.avatar.save("me.png", ContentFile(png_bytes()))
    return editor


def test_the_admin_never_asks_gravatar(client):
    editor = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"gravatar" not in response.content


def test_an_uploaded_picture_is_served_to_admin_users_from_private_storage(client):
    editor = editor_with_picture()
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert f"/admin/avatars/{editor.pk}/?v=" in dashboard
    assert UserProfile.get_for_user(editor).avatar.url not in dashboard  # the private storage's unreachable URL

    response = client.get(f"/admin/avatars/{editor.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == png_bytes()


def test_people_without_admin_access_cannot_fetch_a_picture(client):
    editor = editor_with_picture()
    url = f"/admin/avatars/{editor.pk}/"
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(UserFactory(email="learner@customs.example"))
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert response.get("Content-Type", "") != "image/png"


def test_a_user_without_a_picture_has_none_to_fetch(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    other = UserFactory(email="other@customs.example")
    assert client.get(f"/admin/avatars/{other.pk}/", follow=True).status_code == 404

"""Attachments of drafts and coordinators-only practices never sit where a web server serves them.

`make run` maps MEDIA_URL to MEDIA_ROOT (django.views.static.serve), and a
production reverse proxy maps /media/ to the same folder; whatever is under
MEDIA_ROOT is public. Private uploads live in PRIVATE_MEDIA_ROOT and are
read only through /documents/<id>/<name>, which checks who is asking.
"""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.management import call_command
from django.http import Http404
from django.test import RequestFactory
from django.views.static import serve
from wagtail.documents import get_document_model

from integrityhub.settings.media import PUBLIC_MEDIA_STORAGE, upload_storages
from knowledgebase.factories import PracticePageFactory, attach_document, minimal_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_attachment(practice_index, coordinator):
    draft = PracticePageFactory(parent=practice_index, live=False, owner=coordinator)
    return attach_document(draft, title="Draft protocol", uploaded_by=coordinator)


@pytest.fixture
def coordinators_only_attachment(practice_index):
    practice = PracticePageFactory(parent=practice_index, coordinators_only=True)
    return attach_document(practice, title="Secret protocol")


def served_from_media_url(path):
    """What the MEDIA_URL mapping (dev `static()` or a proxy on MEDIA_ROOT) answers for /media/<path>."""
    try:
        response = serve(RequestFactory().get(f"/media/{path}"), path, document_root=settings.MEDIA_ROOT)
    except Http404:
        return None
    return b"".join(response.streaming_content)


def public_files_containing(content):
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file() and path.read_bytes() == content]


@pytest.mark.parametrize("attachment", ["draft_attachment", "coordinators_only_attachment"])
def test_a_private_attachment_is_at_no_media_url(request, attachment):
    document = request.getfixturevalue(attachment)

    assert served_from_media_url(document.file.name) is None
    assert served_from_media_url(f"documents/{document.filename}") is None, "the old URL must not answer"
    assert public_files_containing(minimal_pdf()) == []
    assert Path(document.file.path).is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())


def test_stored_names_have_a_random_directory_and_keep_the_uploaded_name(draft_attachment):
    directory, random_part, name = draft_attachment.file.name.split("/")

    assert (directory, name) == ("documents", "draft-protocol.pdf")
    assert len(random_part) == 24
    assert draft_attachment.url.endswith("/draft-protocol.pdf")


def download(client, document):
    response = client.get(document.url)
    body = b"".join(response.streaming_content) if response.status_code == 200 else b""
    return response.status_code, body


def test_a_draft_attachment_is_refused_to_others_and_served_to_its_author_and_moderators(
    client, draft_attachment, coordinator, other_coordinator, moderator, visitor
):
    assert client.get(draft_attachment.url).status_code == 302  # to the login page
    for outsider in (other_coordinator, visitor):
        client.force_login(outsider)
        assert download(client, draft_attachment)[0] == 404
    for allowed in (coordinator, moderator):
        client.force_login(allowed)
        assert download(client, draft_attachment) == (200, minimal_pdf())


def test_a_coordinators_only_attachment_is_refused_to_learners_and_served_to_coordinators(
    client, coordinators_only_attachment, other_coordinator, visitor
):
    client.force_login(visitor)
    assert download(client, coordinators_only_attachment)[0] == 404
    client.force_login(other_coordinator)
    assert download(client, coordinators_only_attachment) == (200, minimal_pdf())


def test_moving_files_from_the_old_public_location_keeps_the_document_url(client, coordinators_only_attachment):
    public = storages[PUBLIC_MEDIA_STORAGE]
    old_name = public.save("documents/legacy-plan.pdf", ContentFile(minimal_pdf()))
    legacy = get_document_model().objects.create(
        title="Legacy plan", file=old_name, collection=coordinators_only_attachment.collection
    )
    url_before = legacy.url
    output = StringIO()

    call_command("move_private_media", stdout=output)

    legacy.refresh_from_db()
    assert legacy.url == url_before
    assert not public.exists(old_name)
    assert served_from_media_url(old_name) is None
    assert default_storage.open(legacy.file.name).read() == minimal_pdf()
    assert legacy.file.name.startswith("documents/") and legacy.file.name != old_name
    assert "Moved 1 file(s)" in output.getvalue()
    assert (
        coordinators_only_attachment.file.name
        == get_document_model().objects.get(pk=coordinators_only_attachment.pk).file.name
    ), "files already private stay where they are"


@pytest.mark.parametrize(
    ("media_root", "private_media_root"),
    [
        ("/srv/site/media", "/srv/site/media/private"),
        ("/srv/site/files/media", "/srv/site/files"),
        ("/srv/site/media", "/srv/site/media"),
    ],
)
def test_a_private_folder_overlapping_the_public_one_is_refused_at_start_up(media_root, private_media_root):
    with pytest.raises(ImproperlyConfigured, match="PRIVATE_MEDIA_ROOT"):
        upload_storages(media_root, "/media/", private_media_root)

"""The practice form's editor and its files: what the editor posts is cleaned; a file survives a form error."""

import re
import shutil

import pytest
from django.core.files.storage import default_storage

from knowledgebase.factories import minimal_pdf
from knowledgebase.held_uploads import FOLDER
from knowledgebase.models import PracticePage

from .sample_files import pdf, upload
from .test_practice_submission import NEW_URL, practice_data

pytestmark = pytest.mark.django_db

EDITOR_OUTPUT_WITH_EXTRAS = (
    "<p><b>Inspectors</b> chose <i>their</i> consignments.</p>"
    '<ul><li>Brokers knew whom to approach</li><li><a href="https://example.org/report">Report</a></li></ul>'
    # What a doctored request, or a paste the editor missed, might add:
    '<h1 style="color:red">Headline</h1><p onclick="steal()">Clicked</p>'
    '<img src="x" onerror="steal()"><script>steal()</script>'
    '<a href="javascript:steal()">bad link</a><span class="x">Span</span><div>Div</div>'
)


@pytest.fixture(autouse=True)
def _no_held_files_from_other_tests():
    shutil.rmtree(default_storage.path(FOLDER), ignore_errors=True)


def held_tokens(content):
    return re.findall(r'name="held_attachments" value="([^"]+)"', content)


def held_files():
    try:
        directories, _files = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        return []
    return [name for directory in directories for name in default_storage.listdir(f"{FOLDER}/{directory}")[1]]


def test_the_rich_text_fields_offer_the_editor_and_keep_working_as_plain_textareas(client, practice_index, coordinator):
    client.force_login(coordinator)
    content = client.get(NEW_URL).content.decode()

    assert content.count("data-rich-text") == 4
    assert 'id="rich-text-toolbar"' in content
    assert "rich-text-editor.js" in content
    assert "You may use <b>" not in content and "You may use &lt;b&gt;" not in content


def test_what_the_editor_posts_is_reduced_to_the_allowed_tags(client, practice_index, coordinator):
    client.force_login(coordinator)

    response = client.post(NEW_URL, practice_data(problem=EDITOR_OUTPUT_WITH_EXTRAS))

    assert response.status_code == 302
    problem = PracticePage.objects.get().problem
    assert "<b>Inspectors</b>" in problem and "<i>their</i>" in problem
    assert "<li>Brokers knew whom to approach</li>" in problem
    assert 'href="https://example.org/report"' in problem
    removed = ("<h1", "style=", "onclick", "<img", "onerror", "<script", "steal()", "javascript:", "<span", "<div")
    for markup in removed:
        assert markup not in problem, markup
    for kept_text in ("Headline", "Clicked", "bad link", "Span", "Div"):
        assert kept_text in problem


def test_an_attachment_is_kept_across_a_form_error_and_attached_on_the_next_try(
    client, practice_index, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)

    first = client.post(NEW_URL, {**practice_data(title=""), "new_attachments": [pdf("evaluation.pdf")]})

    assert first.status_code == 400
    content = first.content.decode()
    assert "File kept: evaluation.pdf" in content
    tokens = held_tokens(content)
    assert len(tokens) == 1
    assert held_files() == ["evaluation.pdf"]

    with django_capture_on_commit_callbacks(execute=True):
        second = client.post(NEW_URL, {**practice_data(), "held_attachments": tokens})

    assert second.status_code == 302
    practice = PracticePage.objects.get()
    documents = [attachment.document for attachment in practice.attachments.all()]
    assert [document.title for document in documents] == ["evaluation"]
    with documents[0].file.open("rb") as stored:
        assert stored.read() == minimal_pdf()
    assert held_files() == []


def test_a_kept_file_can_be_removed(client, practice_index, coordinator):
    client.force_login(coordinator)
    first = client.post(NEW_URL, {**practice_data(title=""), "new_attachments": [pdf("draft.pdf")]})
    tokens = held_tokens(first.content.decode())

    second = client.post(NEW_URL, {**practice_data(), "held_attachments": tokens, "remove_held": tokens})

    assert second.status_code == 302
    assert not PracticePage.objects.get().attachments.exists()
    assert held_files() == []


def test_another_coordinator_cannot_claim_a_kept_file(client, practice_index, coordinator, other_coordinator):
    client.force_login(coordinator)
    first = client.post(NEW_URL, {**practice_data(title=""), "new_attachments": [pdf("confidential.pdf")]})
    tokens = held_tokens(first.content.decode())

    client.force_login(other_coordinator)
    response = client.post(NEW_URL, {**practice_data(), "held_attachments": tokens})

    assert response.status_code == 400
    assert "no longer available" in response.content.decode()
    assert "confidential.pdf" not in response.content.decode()
    assert not PracticePage.objects.exists()
    assert held_files() == ["confidential.pdf"]  # still its owner's


def test_a_forged_or_refused_file_is_never_kept(client, practice_index, coordinator):
    client.force_login(coordinator)

    response = client.post(
        NEW_URL,
        {
            **practice_data(title=""),
            "new_attachments": [upload("page.pdf", b"<html><script>alert(1)</script></html>")],
            "held_attachments": ["not-a-token"],
        },
    )

    assert response.status_code == 400
    assert held_tokens(response.content.decode()) == []
    assert held_files() == []

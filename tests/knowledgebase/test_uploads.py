"""Attachments are checked by their content and size, with a message that names the file."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.documents import get_document_model

from knowledgebase.factories import PracticePageFactory, attach_document
from knowledgebase.models import PracticePage
from knowledgebase.practice_privacy import RESTRICTED_ATTACHMENTS_COLLECTION
from knowledgebase.uploads import sniff_kind, validate_attachment

from .sample_files import ACCEPTED, IMPOSTORS, pdf, upload

NEW_URL = "/en/knowledge-base/practices/new/"


def form_data(**overrides):
    data = {"title": "Practice with files", "language": "en", "key_factor_1": "4", "visibility": "public"}
    data.update(overrides)
    return data


@pytest.mark.parametrize(("name", "content"), ACCEPTED.items())
def test_accepted_types_pass(name, content):
    validate_attachment(upload(name, content))


@pytest.mark.parametrize(("name", "content"), IMPOSTORS.items())
def test_wrong_types_are_refused_whatever_their_name(name, content):
    with pytest.raises(ValidationError) as refusal:
        validate_attachment(upload(name, content))
    assert f"“{name}” is not a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file" in refusal.value.messages[0]


def test_office_files_are_told_apart_by_their_parts():
    assert sniff_kind(upload("a.docx", ACCEPTED["plan.docx"])) == "docx"
    assert sniff_kind(upload("a.xlsx", ACCEPTED["figures.xlsx"])) == "xlsx"
    assert sniff_kind(upload("a.zip", b"PK\x03\x04 not really a zip")) is None


def test_files_over_the_size_limit_are_refused(settings):
    settings.PRACTICE_ATTACHMENT_MAX_SIZE = 100
    with pytest.raises(ValidationError) as refusal:
        validate_attachment(upload("big.pdf", b"%PDF-1.4" + b"0" * 200))
    assert refusal.value.messages == ["“big.pdf” is 208\xa0bytes; attachments may be at most 100\xa0bytes."]


@pytest.mark.django_db
def test_the_form_reports_every_bad_file_and_saves_nothing(client, practice_index, coordinator, settings):
    settings.PRACTICE_ATTACHMENT_MAX_SIZE = 300
    client.force_login(coordinator)
    response = client.post(
        NEW_URL,
        form_data(
            new_attachments=[
                upload("tool.pdf", IMPOSTORS["programme.pdf"]),
                upload("huge.pdf", b"%PDF-1.4" + b"0" * 500),
                pdf("fine.pdf"),
            ]
        ),
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "“tool.pdf” is not a PDF" in content
    assert "“huge.pdf” is 508\xa0bytes; attachments may be at most 300\xa0bytes." in content
    assert not PracticePage.objects.exists()
    assert not get_document_model().objects.exists()


@pytest.mark.django_db
def test_good_files_become_restricted_documents_until_published(client, practice_index, coordinator):
    client.force_login(coordinator)
    files = [upload(name, content) for name, content in ACCEPTED.items() if name != "scan.jpeg"]
    response = client.post(NEW_URL, form_data(new_attachments=files))

    assert response.status_code == 302
    practice = PracticePage.objects.get()
    documents = [attachment.document for attachment in practice.attachments.all()]
    assert [document.title for document in documents] == ["report", "plan", "figures", "photo", "scan"]
    assert {document.collection.name for document in documents} == {RESTRICTED_ATTACHMENTS_COLLECTION}
    assert {document.uploaded_by_user for document in documents} == {coordinator}


@pytest.mark.django_db
def test_at_most_five_attachments(client, practice_index, coordinator):
    client.force_login(coordinator)
    response = client.post(NEW_URL, form_data(new_attachments=[pdf(f"file{number}.pdf") for number in range(6)]))
    assert response.status_code == 400
    assert "A practice may have at most 5 attachments." in response.content.decode()


@pytest.mark.django_db
def test_an_attachment_can_be_removed_when_editing(client, practice_index, coordinator):
    client.force_login(coordinator)
    client.post(NEW_URL, form_data(new_attachments=[pdf("keep.pdf"), pdf("drop.pdf")]))
    practice = PracticePage.objects.get()
    dropped = practice.attachments.get(document__title="drop").document

    client.post(f"/en/knowledge-base/practices/{practice.pk}/edit/", form_data(remove_attachments=[dropped.pk]))

    practice.refresh_from_db()
    assert [attachment.document.title for attachment in practice.attachments.all()] == ["keep"]


@pytest.mark.django_db
def test_only_the_practices_own_attachments_can_be_removed(client, practice_index, coordinator):
    someone_elses = PracticePageFactory(parent=practice_index)
    document = attach_document(someone_elses)
    client.force_login(coordinator)
    client.post(NEW_URL, form_data(new_attachments=[pdf("mine.pdf")]))
    practice = PracticePage.objects.get(owner=coordinator)

    response = client.post(
        f"/en/knowledge-base/practices/{practice.pk}/edit/", form_data(remove_attachments=[document.pk])
    )

    assert response.status_code == 400
    assert someone_elses.attachments.filter(document=document).exists()

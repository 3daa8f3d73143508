"""Coordinators share practices from the public site: drafts, submission, edits, ownership."""

import pytest
from django.test import Client
from wagtail.models import Revision, WorkflowState

from accounts.factories import UserFactory, add_to_role
from accounts.roles import COORDINATORS, LEARNERS
from home.factories import translate_page
from knowledgebase.factories import PracticePageFactory
from knowledgebase.models import PracticePage

pytestmark = pytest.mark.django_db

NEW_URL = "/en/knowledge-base/practices/new/"
MY_PRACTICES_URL = "/en/knowledge-base/my-practices/"


def edit_url(practice):
    return f"/en/knowledge-base/practices/{practice.pk}/edit/"


def practice_data(**overrides):
    data = {
        "title": "Random assignment of inspectors to consignments",
        "language": "en",
        "summary": "The system assigns inspectors at random, so nobody chooses whom they inspect.",
        "year": "2023",
        "key_factor_1": "4",
        "key_factor_2": "6",
        "key_factor_3": "",
        "tags": "Random Assignment, inspection",
        "problem": "Inspectors chose the consignments they inspected.\n\nBrokers knew whom to approach.",
        "actions": "Assignment moved into the customs system.",
        "results": "Complaints fell by half in a year.",
        "lessons_learned": "Explain the change to inspectors first.",
        "contact_unit": "Integrity Unit",
        "contact_email": "integrity@customs.example",
        "visibility": "public",
        "action": "save_draft",
    }
    data.update(overrides)
    return data


def submit(client, url=NEW_URL, **overrides):
    return client.post(url, practice_data(action="submit", **overrides))


def test_visitors_are_sent_to_log_in(client, practice_index):
    response = client.get(NEW_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_people_who_are_not_coordinators_are_refused_with_a_reason(client, practice_index):
    client.force_login(add_to_role(UserFactory(), LEARNERS))
    response = client.get(NEW_URL)
    assert response.status_code == 403
    assert "Only coordinators of partner administrations can share practices." in response.content.decode()


def test_coordinators_without_an_administration_are_told_what_to_do(client, practice_index):
    client.force_login(add_to_role(UserFactory(administration=None), COORDINATORS))
    response = client.get(NEW_URL)
    assert response.status_code == 403
    assert "not linked to a partner administration" in response.content.decode()


def test_the_form_offers_every_field_with_a_label(client, practice_index, coordinator):
    client.force_login(coordinator)
    content = client.get(NEW_URL).content.decode()
    for name in ("title", "summary", "year", "key_factor_1", "tags", "problem", "new_attachments", "visibility"):
        assert f'name="{name}"' in content
    assert '<label for="id_title">' in content
    assert 'list="tag-suggestions"' in content
    assert 'enctype="multipart/form-data"' in content
    assert content.count("<h1") == 1


def test_saving_a_draft_creates_an_unpublished_page_owned_by_the_coordinator(client, practice_index, coordinator):
    client.force_login(coordinator)
    response = client.post(NEW_URL, practice_data())

    assert response.status_code == 302
    assert response["Location"] == MY_PRACTICES_URL
    practice = PracticePage.objects.get()
    assert not practice.live
    assert practice.get_parent().pk == practice_index.pk
    assert practice.owner == coordinator
    assert practice.administration == coordinator.administration
    assert practice.region == coordinator.administration.region
    assert practice.key_factor_numbers() == [4, 6]
    assert sorted(tag.name for tag in practice.tags.all()) == ["inspection", "random assignment"]
    assert (
        practice.problem
        == "<p>Inspectors chose the consignments they inspected.</p><p>Brokers knew whom to approach.</p>"
    )
    assert Revision.page_revisions.filter(object_id=str(practice.pk)).count() == 1
    assert practice.current_workflow_state is None
    assert "Draft: not yet submitted" in client.get(MY_PRACTICES_URL).content.decode()


def test_a_draft_needs_only_a_title_and_a_key_factor(client, practice_index, coordinator):
    client.force_login(coordinator)
    response = client.post(
        NEW_URL, {"title": "An idea to write up later", "language": "en", "key_factor_1": "1", "visibility": "public"}
    )
    assert response.status_code == 302
    assert PracticePage.objects.get().summary == ""


def test_submitting_starts_the_moderation_workflow(client, practice_index, coordinator, moderator, mailoutbox):
    client.force_login(coordinator)
    response = submit(client)

    assert response.status_code == 302
    practice = PracticePage.objects.get()
    state = practice.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Practice moderation"
    assert state.requested_by == coordinator
    assert not practice.live
    assert "Awaiting moderation" in client.get(MY_PRACTICES_URL).content.decode()
    assert [message.to for message in mailoutbox] == [[moderator.email]]


def test_submitting_needs_the_whole_story(client, practice_index, coordinator):
    client.force_login(coordinator)
    response = submit(client, summary="", results="", year="")

    assert response.status_code == 400
    content = response.content.decode()
    assert content.count("Fill this in before submitting the practice for moderation.") == 3
    assert not PracticePage.objects.exists()


def test_a_key_factor_cannot_be_chosen_twice(client, practice_index, coordinator):
    client.force_login(coordinator)
    response = client.post(NEW_URL, practice_data(key_factor_2="4"))
    assert response.status_code == 400
    assert "Choose each key factor once." in response.content.decode()


def test_a_practice_in_french_goes_under_the_french_index(client, practice_index, coordinator):
    french_index = translate_page(practice_index, "fr", title="Bonnes pratiques", slug="bonnes-pratiques")
    client.force_login(coordinator)
    client.post(NEW_URL, practice_data(language="fr", title="Affectation aléatoire des vérificateurs"))
    practice = PracticePage.objects.get()
    assert practice.get_parent().pk == french_index.pk
    assert practice.locale.language_code == "fr"


def test_without_a_practice_index_the_form_says_the_exchange_is_not_open(client, home, coordinator):
    client.force_login(coordinator)
    response = client.get(NEW_URL)
    assert response.status_code == 404
    assert "not open yet" in response.content.decode()


def test_a_practice_waiting_for_a_moderator_cannot_be_edited_until_withdrawn(client, practice_index, coordinator):
    client.force_login(coordinator)
    submit(client)
    practice = PracticePage.objects.get()

    response = client.post(edit_url(practice), practice_data(title="Changed while waiting"))
    assert response.status_code == 409
    assert "Withdraw it from moderation" in response.content.decode()

    assert client.get(f"/en/knowledge-base/practices/{practice.pk}/withdraw/").status_code == 405
    client.post(f"/en/knowledge-base/practices/{practice.pk}/withdraw/")
    practice.refresh_from_db()
    assert practice.current_workflow_state is None
    assert client.get(edit_url(practice)).status_code == 200


def test_editing_a_published_practice_keeps_the_live_version_until_approved(
    client, practice_index, coordinator, moderator
):
    practice = PracticePageFactory(parent=practice_index, owner=coordinator, title="Original title")
    practice.save_revision().publish()
    client.force_login(coordinator)

    response = submit(client, url=edit_url(practice), title="Improved title")

    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.live
    assert practice.title == "Original title"
    assert practice.has_unpublished_changes
    assert practice.get_latest_revision_as_object().title == "Improved title"
    assert client.get(practice.url).content.decode().count("Original title") >= 1
    assert "Published; your newer changes await moderation" in client.get(MY_PRACTICES_URL).content.decode()

    task_state = practice.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    practice.refresh_from_db()
    assert practice.title == "Improved title"


def test_a_coordinator_cannot_edit_another_coordinators_practice(
    client, practice_index, coordinator, other_coordinator
):
    practice = PracticePageFactory(parent=practice_index, owner=coordinator, title="Ingrid's practice")
    client.force_login(other_coordinator)

    assert client.get(edit_url(practice)).status_code == 403
    response = client.post(edit_url(practice), practice_data(title="Taken over"))
    assert response.status_code == 403
    assert "You can only change practices you wrote yourself." in response.content.decode()
    assert client.post(f"/en/knowledge-base/practices/{practice.pk}/withdraw/").status_code == 403
    practice.refresh_from_db()
    assert practice.title == "Ingrid's practice"
    assert practice.get_latest_revision() is None


def test_a_colleague_from_the_same_administration_cannot_edit_it_either(client, practice_index, coordinator):
    colleague = add_to_role(UserFactory(administration=coordinator.administration), COORDINATORS)
    practice = PracticePageFactory(parent=practice_index, owner=coordinator)
    client.force_login(colleague)
    assert client.get(edit_url(practice)).status_code == 403


def test_another_coordinators_draft_is_not_found(client, practice_index, coordinator, other_coordinator):
    draft = PracticePageFactory(parent=practice_index, owner=coordinator, live=False)
    client.force_login(other_coordinator)
    assert client.get(edit_url(draft)).status_code == 404
    assert client.get(f"/en/knowledge-base/practices/{draft.pk}/preview/").status_code == 404
    assert client.post(f"/en/knowledge-base/practices/{draft.pk}/delete/").status_code == 404
    assert PracticePage.objects.filter(pk=draft.pk).exists()


def test_authors_and_moderators_preview_the_latest_version(client, practice_index, coordinator, moderator):
    client.force_login(coordinator)
    client.post(NEW_URL, practice_data(title="Draft for preview"))
    practice = PracticePage.objects.get()
    preview_url = f"/en/knowledge-base/practices/{practice.pk}/preview/"
    for user in (coordinator, moderator):
        client.force_login(user)
        response = client.get(preview_url)
        assert response.status_code == 200
        assert "Draft for preview" in response.content.decode()
        assert "Preview:" in response.content.decode()


def test_a_never_published_draft_can_be_deleted_but_a_published_practice_cannot(client, practice_index, coordinator):
    draft = PracticePageFactory(parent=practice_index, owner=coordinator, live=False, first_published_at=None)
    published = PracticePageFactory(parent=practice_index, owner=coordinator)
    client.force_login(coordinator)

    assert client.post(f"/en/knowledge-base/practices/{draft.pk}/delete/").status_code == 302
    assert not PracticePage.objects.filter(pk=draft.pk).exists()
    assert client.post(f"/en/knowledge-base/practices/{published.pk}/delete/").status_code == 409
    assert PracticePage.objects.filter(pk=published.pk).exists()


def test_state_changes_need_the_csrf_token(practice_index, coordinator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    assert client.post(NEW_URL, practice_data()).status_code == 403
    assert not PracticePage.objects.exists()


def test_text_is_cleaned_on_the_way_in_and_a_control_character_is_refused_where_it_is(
    client, practice_index, coordinator
):
    client.force_login(coordinator)
    refused = client.post(NEW_URL, practice_data(title="Rotation", summary="Who\x01 inspects"))

    assert refused.status_code == 400
    assert "invisible control character (U+0001) at position 4" in refused.content.decode()
    assert not PracticePage.objects.exists()

    client.post(
        NEW_URL,
        practice_data(
            title="Vertical\x0btab \u202eRotation",
            summary="One\x0btwo\u200b",
            problem="Hidden\u2066 text",
            contact_unit="Unit\u00ad",
            tags="rota\u200btion, inspection",
        ),
    )

    practice = PracticePage.objects.get()
    assert (practice.title, practice.summary, practice.problem) == (
        "Vertical tab Rotation",
        "One\ntwo",
        "<p>Hidden text</p>",
    )
    assert practice.contact_unit == "Unit"
    assert sorted(tag.name for tag in practice.tags.all()) == ["inspection", "rotation"]


def test_a_control_character_in_a_tag_is_refused(client, practice_index, coordinator):
    client.force_login(coordinator)
    response = client.post(NEW_URL, practice_data(tags="good, ba\x07d"))

    assert "invisible control character (U+0007) at position 3" in response.content.decode()
    assert not PracticePage.objects.exists()

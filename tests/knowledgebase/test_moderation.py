"""Moderators approve or send back practices in the admin; the author hears either way."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupApprovalTask, PageViewRestriction, Workflow, WorkflowPage, WorkflowState

from home.factories import translate_page
from knowledgebase.factories import PracticeIndexPageFactory
from knowledgebase.models import PracticePage, Visibility
from knowledgebase.moderation import PRACTICE_WORKFLOW_NAME
from tests.knowledgebase.conftest import submitted_draft

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted_practice(practice_index, coordinator):
    """A coordinators-only draft by `coordinator`, submitted for moderation."""
    return submitted_draft(
        practice_index, coordinator, "Vetting officers before posting them to sensitive units", Visibility.COORDINATORS
    )


def moderator_acts(client, moderator, practice, action, comment=""):
    """Approve or request changes through the admin, as a moderator does."""
    client.force_login(moderator)
    task_state = practice.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[practice.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment})
    assert response.status_code in (200, 302), response.content[:500]
    return PracticePage.objects.get(pk=practice.pk)


def test_the_data_migration_made_a_moderators_workflow():
    workflow = Workflow.objects.get(name=PRACTICE_WORKFLOW_NAME)
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1
    assert isinstance(tasks[0], GroupApprovalTask)
    assert list(tasks[0].groups.all()) == [Group.objects.get(name="Moderators")]


def test_every_practice_index_gets_the_workflow_including_translations(home):
    index_page = PracticeIndexPageFactory(parent=home)
    french_index = translate_page(index_page, "fr", title="Bonnes pratiques")
    for page in (index_page, french_index):
        assert WorkflowPage.objects.get(page=page).workflow.name == PRACTICE_WORKFLOW_NAME


def test_approval_publishes_with_the_chosen_visibility_and_emails_the_author_once(
    client, submitted_practice, coordinator, moderator, mailoutbox
):
    mailoutbox.clear()
    practice = moderator_acts(client, moderator, submitted_practice, "approve")

    assert practice.live
    assert PageViewRestriction.objects.filter(page=practice).exists()
    to_author = [message for message in mailoutbox if message.to == [coordinator.email]]
    assert len(to_author) == 1
    assert to_author[0].subject == f"Your practice “{practice.title}” is published"
    assert f"{settings.SITE_URL}{practice.url}" in to_author[0].body
    assert "/admin/" not in to_author[0].body
    assert "Published" in _my_practices(client, coordinator)


def test_sending_back_emails_the_comment_and_shows_it_on_my_practices(
    client, submitted_practice, coordinator, moderator, mailoutbox
):
    mailoutbox.clear()
    practice = moderator_acts(client, moderator, submitted_practice, "reject", "Please add figures on results.")

    assert not practice.live
    assert practice.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    [email] = mailoutbox
    assert email.to == [coordinator.email]
    assert email.subject.startswith("Changes requested for your practice")
    assert "Please add figures on results." in email.body
    assert f"/en/knowledge-base/practices/{practice.pk}/edit/" in email.body
    page = _my_practices(client, coordinator)
    assert "Changes requested by a moderator" in page
    assert "Please add figures on results." in page


def test_emails_use_the_authors_language_for_links(client, submitted_practice, coordinator, moderator, mailoutbox):
    coordinator.preferred_language = "fr"
    coordinator.save()
    mailoutbox.clear()
    moderator_acts(client, moderator, submitted_practice, "reject", "Merci de préciser.")
    assert f"/fr/knowledge-base/practices/{submitted_practice.pk}/edit/" in mailoutbox[0].body


def test_resubmitting_after_changes_resumes_the_same_workflow(client, submitted_practice, coordinator, moderator):
    moderator_acts(client, moderator, submitted_practice, "reject", "More detail please.")
    state_id = PracticePage.objects.get(pk=submitted_practice.pk).current_workflow_state.pk

    client.force_login(coordinator)
    response = client.post(
        f"/en/knowledge-base/practices/{submitted_practice.pk}/edit/",
        {
            "title": submitted_practice.title,
            "language": "en",
            "summary": "Vetting before posting.",
            "year": "2022",
            "key_factor_1": "8",
            "problem": "Problem.",
            "actions": "Actions with more detail.",
            "results": "Results.",
            "lessons_learned": "Lessons.",
            "visibility": "coordinators",
            "action": "submit",
        },
    )
    assert response.status_code == 302
    state = PracticePage.objects.get(pk=submitted_practice.pk).current_workflow_state
    assert state.pk == state_id
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.status == "in_progress"


def test_coordinators_are_not_moderators(client, submitted_practice, other_coordinator):
    client.force_login(other_coordinator)
    task_state = submitted_practice.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[submitted_practice.pk, "approve", task_state.pk])
    client.post(url)
    assert not PracticePage.objects.get(pk=submitted_practice.pk).live


def _my_practices(client, coordinator):
    client.force_login(coordinator)
    return client.get("/en/knowledge-base/my-practices/").content.decode()

"""Every link in the exchange's emails starts with the configured SITE_URL, and one submission is one email.

The Wagtail Site of these tests says http://localhost (port 80), like the
demo site's; the site people reach is CONFIGURED_SITE_URL, port included.
"""

import re

import pytest
from django.urls import reverse

from accounts.factories import UserFactory
from knowledgebase.factories import PracticeCommentFactory, PracticePageFactory
from knowledgebase.models import PracticePage
from knowledgebase.moderation import submit_for_moderation
from knowledgebase.notifications import notify_new_comment

pytestmark = pytest.mark.django_db

CONFIGURED_SITE_URL = "http://hub.example.org:8731"


def links_in(body):
    return re.findall(r"https?://\S+", body)


def assert_every_link_on_the_site(email):
    links = links_in(email.body)
    assert links, f"no link in:\n{email.body}"
    assert all(link.startswith(f"{CONFIGURED_SITE_URL}/") for link in links), links


@pytest.fixture(autouse=True)
def configured_site_url(settings):
    """What base settings make of SITE_URL=http://hub.example.org:8731 (see tests/platform/test_settings.py)."""
    settings.SITE_URL = CONFIGURED_SITE_URL
    settings.WAGTAILADMIN_BASE_URL = CONFIGURED_SITE_URL


@pytest.fixture
def administrator(db):
    return UserFactory(email="admin@secretariat.example", is_superuser=True, is_staff=True)


@pytest.fixture
def draft(practice_index, coordinator):
    practice = PracticePageFactory(
        parent=practice_index, owner=coordinator, live=False, first_published_at=None, title="Rotating officers"
    )
    practice.save_revision(user=coordinator)
    return practice


def moderator_acts(client, moderator, practice, action, comment=""):
    client.force_login(moderator)
    task_state = practice.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[practice.pk, action, task_state.pk])
    client.post(url, {"comment": comment})
    return PracticePage.objects.get(pk=practice.pk)


def test_a_submission_emails_the_administrator_once_and_the_moderator_once(
    draft, coordinator, moderator, administrator, mailoutbox
):
    submit_for_moderation(draft, coordinator)

    to_administrator = [email for email in mailoutbox if email.to == [administrator.email]]
    to_moderator = [email for email in mailoutbox if email.to == [moderator.email]]
    assert len(to_administrator) == 1
    assert len(to_moderator) == 1
    for email in (*to_administrator, *to_moderator):
        assert_every_link_on_the_site(email)
        assert f"{CONFIGURED_SITE_URL}/admin/pages/{draft.pk}/edit/" in email.body


def test_the_published_email_links_to_the_practice_on_the_site(client, draft, coordinator, moderator, mailoutbox):
    submit_for_moderation(draft, coordinator)
    mailoutbox.clear()

    practice = moderator_acts(client, moderator, draft, "approve")

    [email] = [email for email in mailoutbox if email.to == [coordinator.email]]
    assert_every_link_on_the_site(email)
    assert f"{CONFIGURED_SITE_URL}{practice.url}" in links_in(email.body)


def test_the_sent_back_email_links_to_the_edit_form_on_the_site(client, draft, coordinator, moderator, mailoutbox):
    submit_for_moderation(draft, coordinator)
    mailoutbox.clear()

    moderator_acts(client, moderator, draft, "reject", "Add figures, please.")

    [email] = [email for email in mailoutbox if email.to == [coordinator.email]]
    assert_every_link_on_the_site(email)
    assert f"{CONFIGURED_SITE_URL}/en/knowledge-base/practices/{draft.pk}/edit/" in links_in(email.body)


def test_the_new_comment_email_links_to_the_comment_on_the_site(practice_index, coordinator, mailoutbox):
    practice = PracticePageFactory(parent=practice_index, owner=coordinator)
    comment = PracticeCommentFactory(practice=practice)

    notify_new_comment(comment)

    [email] = mailoutbox
    assert_every_link_on_the_site(email)
    assert f"{CONFIGURED_SITE_URL}{practice.url}#comment-{comment.pk}" in links_in(email.body)

"""Comments and questions on practices: one level of replies, a 15-minute edit window, moderation."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.factories import UserFactory, add_to_role
from accounts.personal_data import collect_personal_data
from accounts.roles import LEARNERS
from knowledgebase.factories import PracticeCommentFactory, PracticePageFactory
from knowledgebase.models import PracticeComment

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(practice_index, coordinator):
    return PracticePageFactory(parent=practice_index, owner=coordinator, title="Body-worn cameras at the border")


def comments_url(practice):
    return f"/en/knowledge-base/practices/{practice.pk}/comments/"


def test_a_coordinator_asks_a_question_and_the_author_is_emailed(
    client, practice, coordinator, other_coordinator, mailoutbox
):
    client.force_login(other_coordinator)
    response = client.post(comments_url(practice), {"body": "How long are recordings kept?"})

    comment = PracticeComment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{practice.url}#comment-{comment.pk}"
    assert comment.author == other_coordinator
    assert "How long are recordings kept?" in client.get(practice.url).content.decode()
    [email] = mailoutbox
    assert email.to == [coordinator.email]
    assert email.subject == "New comment on your practice “Body-worn cameras at the border”"
    assert "How long are recordings kept?" in email.body
    assert f"#comment-{comment.pk}" in email.body


def test_authors_are_not_emailed_about_their_own_comments(client, practice, coordinator, mailoutbox):
    client.force_login(coordinator)
    client.post(comments_url(practice), {"body": "An update: we now keep recordings for 90 days."})
    assert mailoutbox == []


def test_a_reply_notifies_the_person_replied_to(
    client, practice, coordinator, other_coordinator, moderator, mailoutbox
):
    question = PracticeCommentFactory(practice=practice, author=other_coordinator)
    client.force_login(moderator)
    client.post(comments_url(practice), {"body": "Ninety days, see the policy.", "parent": question.pk})

    reply = PracticeComment.objects.get(parent=question)
    assert reply.author == moderator
    assert sorted(email.to[0] for email in mailoutbox) == sorted([coordinator.email, other_coordinator.email])


def test_replies_go_one_level_deep_only(client, practice, other_coordinator):
    question = PracticeCommentFactory(practice=practice)
    reply = PracticeCommentFactory(practice=practice, parent=question)
    client.force_login(other_coordinator)

    response = client.post(comments_url(practice), {"body": "A reply to a reply", "parent": reply.pk})

    assert response.status_code == 400
    assert "The comment you replied to no longer exists." in response.content.decode()
    assert PracticeComment.objects.count() == 2


@pytest.mark.parametrize("parent", ["²", "9" * 30])
def test_a_reply_to_a_comment_id_that_is_no_whole_number_is_refused_with_a_message(
    client, practice, other_coordinator, parent
):
    client.force_login(other_coordinator)

    response = client.post(comments_url(practice), {"body": "A reply", "parent": parent})

    assert response.status_code == 400
    assert "The comment you replied to no longer exists." in response.content.decode()
    assert not PracticeComment.objects.exists()


def test_an_empty_comment_is_refused_with_a_message(client, practice, other_coordinator):
    client.force_login(other_coordinator)
    response = client.post(comments_url(practice), {"body": "   "})
    assert response.status_code == 400
    assert not PracticeComment.objects.exists()


def test_a_comment_is_cleaned_and_one_with_a_control_character_is_refused(client, practice, other_coordinator):
    client.force_login(other_coordinator)
    refused = client.post(comments_url(practice), {"body": "Why\x1b[31m?"})
    assert refused.status_code == 400
    assert not PracticeComment.objects.exists()

    client.post(comments_url(practice), {"body": "\u202eWhy\r\nnot?\u200b"})
    assert PracticeComment.objects.get().body == "Why\nnot?"


def test_visitors_and_learners_neither_see_nor_post_comments(client, practice):
    PracticeCommentFactory(practice=practice, body="Internal discussion")
    assert "Internal discussion" not in client.get(practice.url).content.decode()
    assert client.post(comments_url(practice), {"body": "Hello"}).status_code == 302  # to the login page
    client.force_login(add_to_role(UserFactory(), LEARNERS))
    assert "Internal discussion" not in client.get(practice.url).content.decode()
    assert client.post(comments_url(practice), {"body": "Hello"}).status_code == 403
    assert PracticeComment.objects.count() == 1


def test_comments_on_drafts_are_not_found(client, practice_index, other_coordinator):
    draft = PracticePageFactory(parent=practice_index, live=False)
    client.force_login(other_coordinator)
    assert client.post(comments_url(draft), {"body": "Hello"}).status_code == 404


def test_the_author_edits_within_fifteen_minutes(client, practice, other_coordinator):
    comment = PracticeCommentFactory(practice=practice, author=other_coordinator, body="First version")
    client.force_login(other_coordinator)
    assert client.get(f"/en/knowledge-base/comments/{comment.pk}/edit/").status_code == 200

    client.post(f"/en/knowledge-base/comments/{comment.pk}/edit/", {"body": "Corrected version"})

    comment.refresh_from_db()
    assert comment.body == "Corrected version"
    assert comment.edited_at is not None
    assert "(edited)" in client.get(practice.url).content.decode()


def test_the_edit_window_is_enforced_on_the_server(client, practice, other_coordinator):
    comment = PracticeCommentFactory(
        practice=practice,
        author=other_coordinator,
        body="As written",
        created_at=timezone.now() - timedelta(minutes=15, seconds=5),
    )
    client.force_login(other_coordinator)

    assert client.get(f"/en/knowledge-base/comments/{comment.pk}/edit/").status_code == 403
    response = client.post(f"/en/knowledge-base/comments/{comment.pk}/edit/", {"body": "Rewritten later"})

    assert response.status_code == 403
    assert "Comments can be edited for 15 minutes after posting" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "As written"
    assert f"/comments/{comment.pk}/edit/" not in client.get(practice.url).content.decode()


def test_nobody_edits_someone_elses_comment(client, practice, coordinator, other_coordinator):
    comment = PracticeCommentFactory(practice=practice, author=other_coordinator, body="Mine")
    client.force_login(coordinator)
    assert client.post(f"/en/knowledge-base/comments/{comment.pk}/edit/", {"body": "Yours now"}).status_code == 403
    comment.refresh_from_db()
    assert comment.body == "Mine"


def test_moderators_remove_comments_and_the_thread_keeps_its_shape(client, practice, other_coordinator, moderator):
    question = PracticeCommentFactory(practice=practice, body="Offensive words")
    PracticeCommentFactory(practice=practice, parent=question, body="A calm reply")
    client.force_login(moderator)

    assert client.get(f"/en/knowledge-base/comments/{question.pk}/remove/").status_code == 405
    client.post(f"/en/knowledge-base/comments/{question.pk}/remove/")

    question.refresh_from_db()
    assert question.removed_by == moderator
    page = client.get(practice.url).content.decode()
    assert "Offensive words" not in page
    assert "This comment was removed by a moderator." in page
    assert "A calm reply" in page


def test_coordinators_cannot_remove_comments(client, practice, other_coordinator):
    comment = PracticeCommentFactory(practice=practice, author=other_coordinator)
    client.force_login(other_coordinator)
    assert client.post(f"/en/knowledge-base/comments/{comment.pk}/remove/").status_code == 403
    comment.refresh_from_db()
    assert not comment.is_removed


def test_comments_are_part_of_the_authors_personal_data(practice, other_coordinator):
    PracticeCommentFactory(practice=practice, author=other_coordinator, body="My question")
    records = collect_personal_data(other_coordinator)["records"]
    assert [comment["comment"] for comment in records["practice_comments"]] == ["My question"]

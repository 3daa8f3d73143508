"""A practice page's cached facts and body follow a publish at once and never carry a draft or cross an audience."""

from django.test import override_settings

from accounts.factories import UserFactory
from knowledgebase.factories import PracticePageFactory
from knowledgebase.models import PracticePage


def page_text(client, practice):
    response = client.get(practice.url)
    assert response.status_code == 200
    return response.content.decode()


def publish_problem(practice, problem):
    live = PracticePage.objects.get(pk=practice.pk)
    live.problem = problem
    live.save_revision().publish()


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def test_a_published_change_of_the_body_is_shown_at_once(client, practice_index):
    practice = PracticePageFactory(parent=practice_index, problem="<p>Posts held for ten years.</p>", tags=["rotation"])
    assert "Posts held for ten years." in page_text(client, practice)
    assert "Posts held for ten years." in page_text(client, practice)  # the cached fragment
    assert "rotation" in page_text(client, practice)

    publish_problem(practice, "<p>Posts held for twelve years.</p>")
    text = page_text(client, practice)
    assert "Posts held for twelve years." in text
    assert "ten years" not in text


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def test_a_draft_preview_shows_the_draft_and_readers_keep_the_live_text(client, practice_index, coordinator):
    practice = PracticePageFactory(parent=practice_index, owner=coordinator, problem="<p>The live problem.</p>")
    assert "The live problem." in page_text(client, practice)
    draft = PracticePage.objects.get(pk=practice.pk)
    draft.problem = "<p>The unpublished problem.</p>"
    draft.save_revision()

    client.force_login(coordinator)
    preview = client.get(f"/en/knowledge-base/practices/{practice.pk}/preview/").content.decode()
    assert "The unpublished problem." in preview
    assert "The live problem." not in preview
    client.logout()
    text = page_text(client, practice)
    assert "The live problem." in text
    assert "The unpublished problem." not in text


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def test_a_coordinators_only_body_seen_by_a_coordinator_reaches_no_one_else(client, practice_index, coordinator):
    practice = PracticePageFactory(
        parent=practice_index, coordinators_only=True, problem="<p>Undercover integrity test.</p>"
    )
    client.force_login(coordinator)
    assert "Undercover integrity test." in page_text(client, practice)

    client.force_login(UserFactory(email="learner@customs.example"))
    refused = client.get(practice.url)
    assert refused.status_code == 403
    assert "Undercover integrity test." not in refused.content.decode()
    client.logout()
    redirected = client.get(practice.url)
    assert redirected.status_code == 302
    assert "Undercover integrity test." not in redirected.content.decode()

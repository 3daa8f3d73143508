"""Cached practice and guide bodies follow a publish at once, never carry a draft and never cross an audience."""

import re

from django.contrib.auth.models import AnonymousUser
from django.test import override_settings

from accounts.factories import UserFactory
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticePageFactory,
)
from knowledgebase.models import GuideSectionPage, PracticePage
from knowledgebase.related_practices import shared_practice_links
from knowledgebase.submission import set_key_factors


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
def test_a_draft_preview_shows_the_draft_and_readers_keep_the_live_text(
    client, practice_index, coordinator, other_coordinator
):
    practice = PracticePageFactory(parent=practice_index, owner=coordinator, problem="<p>The live problem.</p>")
    assert "The live problem." in page_text(client, practice)
    draft = PracticePage.objects.get(pk=practice.pk)
    draft.problem = "<p>The unpublished problem.</p>"
    draft.save_revision()

    client.force_login(coordinator)
    preview = client.get(f"/en/knowledge-base/practices/{practice.pk}/preview/").content.decode()
    assert "The unpublished problem." in preview
    assert "The live problem." not in preview
    # A colleague in the same groups shares the author's audience: the preview must have stored nothing for them.
    client.force_login(other_coordinator)
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


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def test_a_guide_sections_published_body_is_shown_at_once_and_its_draft_only_in_the_preview(client, home):
    chapter = GuideChapterPageFactory(parent=GuidePageFactory(parent=home, slug="guide"))
    section = GuideSectionPageFactory(
        parent=chapter, body=[{"type": "rich_text", "value": "<h2>Gifts</h2><p>Declare every gift.</p>"}]
    )
    assert "Declare every gift." in page_text(client, section)
    assert 'id="gifts"' in page_text(client, section)  # the cached body keeps its anchored headings

    live = GuideSectionPage.objects.get(pk=section.pk)
    live.body = [{"type": "rich_text", "value": "<h2>Hospitality</h2><p>Refuse hospitality from brokers.</p>"}]
    live.save_revision().publish()
    text = page_text(client, section)
    assert "Refuse hospitality from brokers." in text
    assert "Declare every gift." not in text

    draft = GuideSectionPage.objects.get(pk=section.pk)
    draft.body = [{"type": "rich_text", "value": "<p>An unpublished rule.</p>"}]
    draft.save_revision()
    preview = draft.get_latest_revision_as_object().make_preview_request()
    assert "An unpublished rule." in preview.content.decode()
    text = page_text(client, section)
    assert "Refuse hospitality from brokers." in text
    assert "An unpublished rule." not in text


def test_related_practice_links_are_shared_for_a_live_page_and_never_stored_for_one_with_unpublished_changes(
    rf, practice_index
):
    practice = PracticePageFactory(parent=practice_index)
    request = rf.get(practice.url)
    request.user = AnonymousUser()
    computed = []

    def find_practices():
        computed.append(1)
        return []

    shared_practice_links("related", request, practice, find_practices)
    shared_practice_links("related", request, practice, find_practices)
    assert len(computed) == 1

    practice.save_revision()  # a draft of the live page, as the sharing preview renders it
    practice.refresh_from_db()
    assert practice.has_unpublished_changes
    shared_practice_links("related draft", request, practice, find_practices)
    shared_practice_links("related draft", request, practice, find_practices)
    assert len(computed) == 3


def key_factor_chips(html):
    """The key factor numbers the facts link to, in order."""
    return [int(number) for number in re.findall(r'\?key_factor=(\d+)"', html)]


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def test_key_factors_come_from_the_published_rows_and_a_preview_shows_the_drafts(client, practice_index, coordinator):
    practice = PracticePageFactory(parent=practice_index, owner=coordinator)
    set_key_factors(practice, [7, 3])
    practice.save_revision().publish()
    assert key_factor_chips(page_text(client, practice)) == [7, 3]

    draft = PracticePage.objects.get(pk=practice.pk)
    set_key_factors(draft, [2])
    draft.save_revision()
    client.force_login(coordinator)
    preview = client.get(f"/en/knowledge-base/practices/{practice.pk}/preview/").content.decode()
    assert key_factor_chips(preview) == [2]
    client.logout()
    assert key_factor_chips(page_text(client, PracticePage.objects.get(pk=practice.pk))) == [7, 3]
